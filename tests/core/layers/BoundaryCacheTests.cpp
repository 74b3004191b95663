#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

#include "core/layers/BoundaryCache.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;
using Catch::Matchers::StartsWith;

namespace {

const char* kTwoSquares = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"iso":"KG-N","name_en":"Naryn","name_ru":"Нарын"},"geometry":{"type":"Polygon","coordinates":[[[74,41],[75,41],[75,42],[74,42],[74,41]]]}},
{"type":"Feature","properties":{"iso":"KG-N","name_en":"Naryn again"},"geometry":{"type":"Polygon","coordinates":[[[76,41],[77,41],[77,42],[76,42],[76,41]],[[76.2,41.2],[76.4,41.2],[76.4,41.4],[76.2,41.2]]]}}]})";

void requireSame(const BoundaryData& a, const BoundaryData& b) {
  REQUIRE(a.regions.size() == b.regions.size());
  REQUIRE(a.context.size() == b.context.size());
  CHECK(a.vertexCount == b.vertexCount);
  CHECK(a.warnings == b.warnings);
  for (std::size_t i = 0; i < a.regions.size(); ++i) {
    const Feature& x = a.regions[i];
    const Feature& y = b.regions[i];
    CHECK(x.iso == y.iso);
    CHECK(x.nameEn == y.nameEn);
    CHECK(x.nameRu == y.nameRu);
    CHECK(x.nameKy == y.nameKy);
    CHECK(x.type == y.type);
    CHECK(x.vertexCount == y.vertexCount);
    CHECK(x.bounds.minX == y.bounds.minX);
    CHECK(x.bounds.maxY == y.bounds.maxY);
    REQUIRE(x.polygons.size() == y.polygons.size());
    for (std::size_t p = 0; p < x.polygons.size(); ++p) {
      REQUIRE(x.polygons[p].rings.size() == y.polygons[p].rings.size());
      for (std::size_t r = 0; r < x.polygons[p].rings.size(); ++r) {
        const Ring& u = x.polygons[p].rings[r];
        const Ring& v = y.polygons[p].rings[r];
        REQUIRE(u.size() == v.size());
        for (std::size_t k = 0; k < u.size(); ++k) {
          CHECK(u[k].x == v[k].x);
          CHECK(u[k].y == v[k].y);
        }
      }
    }
  }
}

std::size_t entries(const std::string& folder) {
  std::size_t n = 0;
  std::error_code error;
  for (const auto& item : std::filesystem::directory_iterator(folder, error))
    n += item.path().extension() == ".boundaries";
  return n;
}

}  // namespace

TEST_CASE("boundaries read through the cache are the boundaries read from the file", "[cache]") {
  const std::string folder = test::scratchDir("cache-same");
  const std::string cache = folder + "/cache";
  const auto direct = loadBoundaries(test::bundledPath(), Projection());
  REQUIRE(direct);
  const auto first = loadBoundariesCached(test::bundledPath(), cache);  // read with GDAL, then kept
  REQUIRE(first);
  CHECK(entries(cache) == 1);
  const auto second = loadBoundariesCached(test::bundledPath(), cache);  // from the cache
  REQUIRE(second);
  CHECK(entries(cache) == 1);
  requireSame(*direct, *first);
  requireSame(*direct, *second);
  CHECK(second->path == test::bundledPath());
}

TEST_CASE("a cached file's warnings name the path it is opened from, wherever it was first read", "[cache]") {
  const std::string folder = test::scratchDir("cache-warnings");
  const std::string cache = folder + "/cache";
  test::writeFile(folder + "/first.geojson", kTwoSquares);
  test::writeFile(folder + "/second.geojson", kTwoSquares);
  const auto first = loadBoundariesCached(folder + "/first.geojson", cache);
  REQUIRE(first);
  REQUIRE(first->warnings.size() == 1);
  CHECK_THAT(first->warnings[0], StartsWith(folder + "/first.geojson: 2 features have the region code 'KG-N'"));
  // The same bytes under another name: one entry serves both, and the warning names the second.
  const auto second = loadBoundariesCached(folder + "/second.geojson", cache);
  REQUIRE(second);
  CHECK(entries(cache) == 1);
  REQUIRE(second->warnings.size() == 1);
  CHECK_THAT(second->warnings[0], StartsWith(folder + "/second.geojson: 2 features have the region code 'KG-N'"));
  CHECK(second->regions[0].nameRu == "Нарын");
  CHECK(second->regions[1].polygons[0].rings.size() == 2);  // the hole too
}

TEST_CASE("the cache key follows the file's contents, its companions and the layer asked for", "[cache]") {
  const std::string folder = test::scratchDir("cache-key");
  test::writeFile(folder + "/a.geojson", kTwoSquares);
  test::writeFile(folder + "/b.geojson", kTwoSquares);
  const auto a = contentKey(folder + "/a.geojson");
  REQUIRE(a);
  CHECK(contentKey(folder + "/b.geojson") == a);  // the same bytes
  CHECK(contentKey(folder + "/a.geojson|layername=other") != a);
  // A companion file (as a Shapefile's .prj or .dbf) changes the key.
  test::writeFile(folder + "/a.prj", "GEOGCS[\"WGS 84\"]");
  const auto withCompanion = contentKey(folder + "/a.geojson");
  REQUIRE(withCompanion);
  CHECK(withCompanion != a);
  // So does one byte of the file itself.
  test::writeFile(folder + "/b.geojson", std::string(kTwoSquares) + " ");
  CHECK(contentKey(folder + "/b.geojson") != a);
  // Nothing to hash: no key, and the loader reads the source as it is.
  CHECK_FALSE(contentKey(folder + "/missing.geojson"));
  CHECK_FALSE(contentKey("PG:dbname=gis tables=regions"));
  CHECK_FALSE(contentKey("/vsimem/regions.geojson"));
  CHECK_FALSE(contentKey(folder));
}

TEST_CASE("a damaged, truncated or foreign cache entry is refused, never trusted", "[cache]") {
  const auto loaded = loadBoundaries(test::bundledPath(), Projection());
  REQUIRE(loaded);
  const ContentKey key{1, 2};
  const std::string entry = encodeBoundaryCache(*loaded, key);
  REQUIRE(decodeBoundaryCache(entry, key, "x.gpkg"));
  CHECK_THAT(decodeBoundaryCache(entry, ContentKey{1, 3}, "x.gpkg").error(), Contains("other contents"));
  for (std::size_t cut : {std::size_t{0}, std::size_t{5}, std::size_t{40}, entry.size() / 2, entry.size() - 1})
    CHECK_FALSE(decodeBoundaryCache(std::string_view(entry).substr(0, cut), key, "x.gpkg"));
  std::string flipped = entry;
  flipped[flipped.size() / 2] ^= 0x10;
  CHECK_THAT(decodeBoundaryCache(flipped, key, "x.gpkg").error(), Contains("damaged"));
  std::string other = entry;
  other[0] = 'X';
  CHECK_FALSE(decodeBoundaryCache(other, key, "x.gpkg"));
}

TEST_CASE("a damaged entry on disk is replaced by a fresh reading of the file", "[cache]") {
  const std::string folder = test::scratchDir("cache-damaged");
  const std::string cache = folder + "/cache";
  test::writeFile(folder + "/regions.geojson", kTwoSquares);
  REQUIRE(loadBoundariesCached(folder + "/regions.geojson", cache));
  REQUIRE(entries(cache) == 1);
  const std::string entry = std::filesystem::directory_iterator(cache)->path().string();
  const std::string good = test::readText(entry);
  test::writeFile(entry, good.substr(0, good.size() / 3));
  const auto again = loadBoundariesCached(folder + "/regions.geojson", cache);
  REQUIRE(again);
  CHECK(again->regions.size() == 2);
  CHECK(test::readText(entry) == good);  // written whole again
}

TEST_CASE("the cache folder comes from KGATLAS_CACHE_DIR, and 'off' turns the cache off", "[cache]") {
  const char* before = std::getenv("KGATLAS_CACHE_DIR");
  const std::string saved = before ? before : "";
  const char* xdgBefore = std::getenv("XDG_CACHE_HOME");
  const std::string xdgSaved = xdgBefore ? xdgBefore : "";
  setenv("KGATLAS_CACHE_DIR", "/tmp/somewhere", 1);
  CHECK(boundaryCacheFolder() == "/tmp/somewhere");
  setenv("KGATLAS_CACHE_DIR", "off", 1);
  CHECK(boundaryCacheFolder().empty());
  unsetenv("KGATLAS_CACHE_DIR");
  setenv("XDG_CACHE_HOME", "/tmp/xdg", 1);
  CHECK(boundaryCacheFolder() == "/tmp/xdg/kgatlas");
  if (before) setenv("KGATLAS_CACHE_DIR", saved.c_str(), 1);
  if (xdgBefore) setenv("XDG_CACHE_HOME", xdgSaved.c_str(), 1);
  else unsetenv("XDG_CACHE_HOME");
  // No folder: read straight from the file, nothing written anywhere.
  const auto loaded = loadBoundariesCached(test::bundledPath(), "");
  REQUIRE(loaded);
  CHECK(!loaded->regions.empty());
}
