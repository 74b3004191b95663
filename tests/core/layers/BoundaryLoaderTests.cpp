#include <catch2/catch.hpp>
#include <cpl_vsi.h>

#include <filesystem>
#include <set>

#include "core/layers/BoundaryLoader.h"
#include "core/geo/Geodesy.h"
#include "core/geometry/HitTester.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

TEST_CASE("the bundled data has exactly the eight Kyrgyz regions with their ISO codes", "[loader]") {
  const BoundaryData& data = test::bundled();
  std::set<std::string> codes;
  for (const Feature& f : data.regions) codes.insert(f.iso);
  CHECK(data.regions.size() == 8);
  CHECK(codes == std::set<std::string>{"KG-B", "KG-C", "KG-GB", "KG-J", "KG-N", "KG-O", "KG-T", "KG-Y"});
  CHECK(data.warnings.empty());
}

TEST_CASE("the bundled regions carry names in English, Russian and Kyrgyz", "[loader]") {
  const BoundaryData& data = test::bundled();
  const Feature& ysykKol = data.regions[data.findRegion("KG-Y")];
  CHECK(ysykKol.name(Language::English) == "Ysyk-Köl Region");
  CHECK(ysykKol.name(Language::Russian) == "Иссык-Кульская область");
  CHECK(ysykKol.name(Language::Kyrgyz) == "Ысык-Көл облусу");
  for (const Feature& f : data.regions) {
    CHECK_FALSE(f.nameEn.empty());
    CHECK_FALSE(f.nameRu.empty());
    CHECK_FALSE(f.nameKy.empty());
  }
}

TEST_CASE("the bundled data has the four neighbouring countries as context", "[loader]") {
  std::set<std::string> codes;
  for (const Feature& f : test::bundled().context) codes.insert(f.iso);
  CHECK(codes == std::set<std::string>{"CN", "KZ", "TJ", "UZ"});
}

TEST_CASE("the regions' geodesic areas add up to Kyrgyzstan's 199,900 km2 within 2%", "[loader][geodesy]") {
  double total = 0;
  for (const Feature& f : test::bundled().regions) total += geodesicAreaKm2(f, Projection());
  CHECK(total == Approx(199900).epsilon(0.02));
}

TEST_CASE("a missing file is named in the error", "[loader][bad-input]") {
  auto r = loadBoundaries("/nonexistent/regions.gpkg", Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains("/nonexistent/regions.gpkg") && Contains("no such file"));
}

TEST_CASE("an empty file is named in the error", "[loader][bad-input]") {
  const std::string path = test::scratchDir("empty") + "/empty.geojson";
  test::writeFile(path, "");
  auto r = loadBoundaries(path, Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(path) && Contains("empty"));
}

TEST_CASE("a truncated GeoPackage gives an error naming the file", "[loader][bad-input]") {
  const std::string path = test::scratchDir("truncated") + "/truncated.gpkg";
  const std::string bytes = test::readText(test::bundledPath());
  test::writeFile(path, bytes.substr(0, bytes.size() / 3));
  auto r = loadBoundaries(path, Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(path));
}

TEST_CASE("a truncated GeoJSON gives an error naming the file", "[loader][bad-input]") {
  const std::string dir = test::scratchDir("truncated-json");
  const std::string full = test::translateBundled(dir + "/full.geojson", "GeoJSON", "");
  const std::string bytes = test::readText(full);
  const std::string path = dir + "/truncated.geojson";
  test::writeFile(path, bytes.substr(0, bytes.size() / 2));
  auto r = loadBoundaries(path, Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(path));
}

TEST_CASE("a file that is not a vector file gives an error naming the file", "[loader][bad-input]") {
  const std::string path = test::scratchDir("garbage") + "/notes.gpkg";
  test::writeFile(path, "these are my notes, not a map\n");
  auto r = loadBoundaries(path, Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(path));
}

TEST_CASE("a points-only file is refused: it has no polygons", "[loader][bad-input]") {
  const std::string path = test::scratchDir("points") + "/points.geojson";
  test::writeFile(path, R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"name":"Bishkek"},"geometry":{"type":"Point","coordinates":[74.6,42.87]}},
    {"type":"Feature","properties":{"name":"Osh"},"geometry":{"type":"Point","coordinates":[72.8,40.53]}}]})");
  auto r = loadBoundaries(path, Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(path) && Contains("no polygons") && Contains("2 point"));
}

TEST_CASE("a projected (UTM) file is reprojected and lands in the right place", "[loader][crs]") {
  const std::string path =
      test::translateBundled(test::scratchDir("utm") + "/utm43n.shp", "ESRI Shapefile", "-lco ENCODING=UTF-8 -t_srs EPSG:32643");
  auto r = loadBoundaries(path, Projection());
  REQUIRE(r.ok());
  REQUIRE(r->regions.size() == 8);
  CHECK(r->warnings.empty());
  const int naryn = HitTester(&r->regions).featureAt(Projection().forward(test::kNarynTown));
  REQUIRE(naryn >= 0);
  CHECK(r->regions[naryn].iso == "KG-N");
}

TEST_CASE("a file without a CRS in degrees is taken as WGS84, with a warning", "[loader][crs]") {
  const std::string dir = test::scratchDir("nocrs");
  const std::string path = test::translateBundled(dir + "/nocrs.shp", "ESRI Shapefile", "-lco ENCODING=UTF-8");
  std::filesystem::remove(dir + "/nocrs.prj");
  auto r = loadBoundaries(path, Projection());
  REQUIRE(r.ok());
  CHECK(r->regions.size() == 8);
  REQUIRE(r->warnings.size() == 1);
  CHECK_THAT(r->warnings[0], Contains(path) && Contains("no coordinate reference system") && Contains("WGS84"));
}

TEST_CASE("a file without a CRS whose coordinates are not degrees is refused", "[loader][crs][bad-input]") {
  const std::string dir = test::scratchDir("nocrs-utm");
  const std::string path = test::translateBundled(dir + "/utm.shp", "ESRI Shapefile", "-lco ENCODING=UTF-8 -t_srs EPSG:32643");
  std::filesystem::remove(dir + "/utm.prj");
  auto r = loadBoundaries(path, Projection());
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(path) && Contains("not longitude/latitude"));
}

TEST_CASE("GeoJSON and FlatGeobuf copies load the same regions", "[loader]") {
  const std::string dir = test::scratchDir("formats");
  for (auto [name, format] : {std::pair{"r.geojson", "GeoJSON"}, std::pair{"r.fgb", "FlatGeobuf"},
                              std::pair{"r.kml", "KML"}}) {
    auto r = loadBoundaries(test::translateBundled(dir + "/" + name, format, ""), Projection());
    INFO(name);
    REQUIRE(r.ok());
    CHECK(r->regions.size() == 8);
  }
}

TEST_CASE("a file in GDAL's memory file system loads like one on disk", "[loader]") {
  // GDAL's virtual files (/vsimem/, /vsizip/, ...) are not on disk: the loader must not ask the
  // operating system whether they exist. The fuzz harnesses read their input this way.
  std::string bytes = test::readText(test::bundledPath());
  VSIFCloseL(VSIFileFromMemBuffer("/vsimem/loader-test/regions.gpkg", reinterpret_cast<GByte*>(bytes.data()),
                                  bytes.size(), FALSE));
  VSIFCloseL(VSIFileFromMemBuffer("/vsimem/loader-test/empty.geojson", nullptr, 0, FALSE));
  auto r = loadBoundaries("/vsimem/loader-test/regions.gpkg", Projection());
  auto empty = loadBoundaries("/vsimem/loader-test/empty.geojson", Projection());
  auto missing = loadBoundaries("/vsimem/loader-test/none.gpkg", Projection());
  VSIUnlink("/vsimem/loader-test/regions.gpkg");
  VSIUnlink("/vsimem/loader-test/empty.geojson");
  REQUIRE(r.ok());
  CHECK(r->regions.size() == 8);
  CHECK(r->context.size() == 4);
  REQUIRE_FALSE(empty.ok());
  CHECK_THAT(empty.error(), Contains("/vsimem/loader-test/empty.geojson") && Contains("empty"));
  REQUIRE_FALSE(missing.ok());
  CHECK_THAT(missing.error(), Contains("/vsimem/loader-test/none.gpkg") && Contains("no such file"));
}

TEST_CASE("invalid rings are skipped with a warning that names the feature", "[loader][bad-input]") {
  const std::string path = test::scratchDir("invalid") + "/invalid.geojson";
  test::writeFile(path, R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"iso":"XX-1"},"geometry":{"type":"Polygon","coordinates":[[[74,42],[75,42],[75,43],[74,42]]]}},
    {"type":"Feature","properties":{"iso":"XX-2"},"geometry":{"type":"Polygon","coordinates":[[[76,42],[76,42]]]}}]})");
  auto r = loadBoundaries(path, Projection());
  REQUIRE(r.ok());
  CHECK(r->regions.size() == 1);
  REQUIRE(r->warnings.size() == 1);
  CHECK_THAT(r->warnings[0], Contains(path) && Contains("XX-2") && Contains("invalid geometry"));
}

namespace {

// One GeoJSON polygon feature with one ring, such as "[74,40],[75,40],[75,41],[74,40]".
std::string polygonFeature(const std::string& properties, const std::string& ring) {
  return R"({"type":"Feature","properties":{)" + properties + R"(},"geometry":{"type":"Polygon","coordinates":[[)" +
         ring + "]]}}";
}

std::string writeCollection(const std::string& path, const std::string& crs, const std::string& features) {
  test::writeFile(path, R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:)" +
                            crs + R"("}},"features":[)" + "\n" + features + "]}\n");
  return path;
}

// "Far" of the hostile-coordinates acceptance check: one vertex at `lon` degrees of longitude.
std::string farFeature(const std::string& lon) {
  return polygonFeature(R"("name":"Far")", "[" + lon + ",40],[75,41],[74,42],[" + lon + ",40]");
}

// The acceptance check's file: in NAD83 (EPSG:4269), so that it goes through PROJ on its way to WGS84.
std::string hostileFile(const std::string& name, const std::string& lon, const std::string& crs = "EPSG::4269") {
  const std::string near = polygonFeature(R"("name":"Near")", "[74,40],[75,40],[75,41],[74,41],[74,40]");
  return writeCollection(test::scratchDir("hostile-" + name) + "/b.geojson", crs, farFeature(lon) + ",\n" + near);
}

}  // namespace

// Before the fix 1e17 and 1e300 hung in Projection::forward, -3e18 went to GEOS and came back as a
// made-up polygon, NaN was reported without naming "Far", and infinities failed the whole file as
// "damaged" because PROJ's complaint reached the error capture.
TEST_CASE("a feature with an absurd, NaN or infinite vertex is skipped with a warning naming it",
          "[loader][bad-input]") {
  // GDAL's GeoJSON reader accepts NaN and Infinity, and reads 1e400 as infinity.
  const std::string values[] = {"1e17", "1e300", "-3e18", "NaN", "Infinity", "-Infinity", "1e400"};
  for (std::size_t i = 0; i < std::size(values); ++i) {
    const std::string path = hostileFile(std::to_string(i), values[i]);
    INFO(values[i]);
    auto r = loadBoundaries(path, Projection());
    REQUIRE(r.ok());
    REQUIRE(r->regions.size() == 1);
    CHECK(r->regions[0].nameEn == "Near");
    CHECK(isFinite(r->regions[0].bounds.centre()));
    REQUIRE(r->warnings.size() == 1);
    CHECK_THAT(r->warnings[0], Contains(path) && Contains("feature 0 (Far)") && Contains("skipped"));
  }
}

TEST_CASE("the same holds in WGS84 and in a projected CRS, before PROJ sees the vertex", "[loader][bad-input]") {
  // PROJ 9.1 takes seconds per vertex for EPSG:3857 with x = 1e17 (its time grows with x), and
  // never returns for 1e300. In WGS84 there is no reprojection at all.
  for (auto [crs, lon] : {std::pair{"EPSG::4326", "1e17"}, std::pair{"EPSG::4326", "NaN"},
                          std::pair{"EPSG::3857", "1e17"}, std::pair{"EPSG::3857", "1e300"}}) {
    INFO(crs << " " << lon);
    const std::string path = hostileFile(std::string(crs).substr(6) + lon, lon, crs);
    auto r = loadBoundaries(path, Projection());
    REQUIRE(r.ok());
    CHECK(r->regions.size() == 1);  // in EPSG:3857 "Near" is a few metres wide, but it is there
    REQUIRE(r->warnings.size() == 1);
    CHECK_THAT(r->warnings[0], Contains(path) && Contains("Far") && Contains("skipped"));
  }
}

TEST_CASE("a file whose only feature is absurd fails with one line naming the file", "[loader][bad-input]") {
  for (const std::string lon : {"1e17", "1e300", "-3e18", "NaN"}) {
    INFO(lon);
    const std::string path = writeCollection(test::scratchDir("hostile-only") + "/only.geojson", "EPSG::4269",
                                             farFeature(lon));
    auto r = loadBoundaries(path, Projection());
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Contains(path) && Contains("Far") &&
                              Contains(lon == "NaN" ? "non-finite" : "not a longitude/latitude"));
    CHECK(r.error().find('\n') == std::string::npos);
  }
}

TEST_CASE("many bad features are counted in one warning that shows the first", "[loader][bad-input]") {
  std::string features;
  for (int i = 0; i < 5; ++i) {
    const std::string iso = R"("iso":"XX-)" + std::to_string(i) + "\"";
    features += polygonFeature(iso, "[1e300,40],[75,41],[74,42],[1e300,40]") + ",";
  }
  features += polygonFeature(R"("iso":"XX-OK")", "[74,40],[75,40],[75,41],[74,40]");
  const std::string path = writeCollection(test::scratchDir("hostile-many") + "/many.geojson", "EPSG::4326", features);
  auto r = loadBoundaries(path, Projection());
  REQUIRE(r.ok());
  CHECK(r->regions.size() == 1);
  REQUIRE(r->warnings.size() == 1);
  CHECK_THAT(r->warnings[0],
             Contains(path) && Contains("5 features skipped; first: feature 0 (XX-0)") && Contains("x=1e+300"));
}

TEST_CASE("vertices on the antimeridian and the poles survive reprojection rounding", "[loader][crs]") {
  const std::string path = writeCollection(test::scratchDir("hostile-edges") + "/edges.geojson", "EPSG::4269",
                                           polygonFeature(R"("name":"Edge")",
                                                          "[170,-90],[180,-90],[180,90],[170,90],[170,-90]"));
  auto r = loadBoundaries(path, Projection());
  REQUIRE(r.ok());
  CHECK(r->regions.size() == 1);
  CHECK(r->warnings.empty());
}

TEST_CASE("a polygon across the projection's cut meridian is split there, and one beside it is not",
          "[loader][projection]") {
  const Projection projection;
  const double cut = projection.cutLongitude();  // -105.5: through North America
  auto square = [](double west, double east) {
    const std::string w = std::to_string(west), e = std::to_string(east);
    return "[" + w + ",30],[" + e + ",30],[" + e + ",40],[" + w + ",40],[" + w + ",30]";
  };
  const std::string path = writeCollection(test::scratchDir("cut-meridian") + "/cut.geojson", "OGC:1.3:CRS84",
                                           polygonFeature(R"("iso":"ACROSS")", square(cut - 5, cut + 5)) + ",\n" +
                                               polygonFeature(R"("iso":"BESIDE")", square(cut + 1, cut + 5)));
  auto r = loadBoundaries(path, projection);
  REQUIRE(r.ok());
  REQUIRE(r->regions.size() == 2);
  const Feature& across = r->regions[r->findRegion("ACROSS")];
  const Feature& beside = r->regions[r->findRegion("BESIDE")];
  CHECK(across.polygons.size() == 2);
  CHECK(beside.polygons.size() == 1);
  // Each half lies on one side of the map: none of them spans the width of the projected globe.
  for (const Polygon& half : across.polygons) {
    Bounds b;
    for (const MapPoint& m : half.rings.front()) b.add(m);
    CHECK(b.width() < 2e6);
  }
}
