// Boundary files made elsewhere, in other CRSs and with awkward geometry, each built here with
// ogr2ogr (GDALVectorTranslate): every one is drawn where it belongs, none refused.
#include <catch2/catch.hpp>

#include <gdal.h>

#include <cmath>
#include <cstdio>
#include <sstream>
#include <string>

#include "core/geometry/HitTester.h"
#include "core/layers/BoundaryLoader.h"
#include "support/TestData.h"

using namespace kg;

namespace {

std::string ringJson(const std::vector<std::pair<double, double>>& lonLat) {
  std::ostringstream out;
  out << "[";
  for (std::size_t i = 0; i < lonLat.size(); ++i) out << (i ? "," : "") << "[" << lonLat[i].first << "," << lonLat[i].second << "]";
  out << "]";
  return out.str();
}

std::string boxJson(double west, double south, double east, double north) {
  return ringJson({{west, south}, {east, south}, {east, north}, {west, north}, {west, south}});
}

std::string feature(const std::string& name, const std::string& rings) {
  return R"({"type":"Feature","properties":{"name":")" + name + R"("},"geometry":{"type":"Polygon","coordinates":[)" +
         rings + "]}}";
}

// Antarctica as Natural Earth draws it: a coast all round the globe, closed along the pole.
std::string antarcticaJson() {
  std::vector<std::pair<double, double>> ring;
  for (double lon = -180; lon <= 180; lon += 2) ring.push_back({lon, -70 + 4 * std::sin(lon * M_PI / 60)});
  ring.push_back({180, -90});
  ring.push_back({-180, -90});
  ring.push_back(ring.front());
  return ringJson(ring);
}

// A world of a few countries in longitude/latitude, written once per test binary.
std::string worldFile() {
  static const std::string path = [] {
    const std::string dir = test::scratchDir("foreign-world");
    const std::string file = dir + "/world.geojson";
    test::writeFile(file, R"({"type":"FeatureCollection","features":[)" +
                              feature("Kyrgyzstan", boxJson(69, 39, 80, 43)) + "," +
                              feature("Africa", boxJson(-17, -34, 51, 37)) + "," +
                              feature("Greenland", boxJson(-73, 60, -12, 83)) + "," +
                              feature("Australia", boxJson(114, -39, 153, -11)) + "," +
                              feature("Antarctica", antarcticaJson()) + "]}");
    return file;
  }();
  return path;
}

const Feature* named(const BoundaryData& data, const std::string& name) {
  for (const Feature& f : data.regions)
    if (f.nameEn == name) return &f;
  return nullptr;
}

bool inside(const BoundaryData& data, const std::string& name, GeoPoint g) {
  const Feature* f = named(data, name);
  return f && featureContains(*f, data.projection.forward(g));
}

// What every world map must show, whatever its projection.
void checkWorld(const BoundaryData& data) {
  CHECK(inside(data, "Kyrgyzstan", test::kBishkekWhiteHouse));
  CHECK(inside(data, "Africa", {5, 20}));
  CHECK(inside(data, "Australia", {-25, 135}));
  CHECK(inside(data, "Greenland", {72, -40}));
  CHECK(inside(data, "Greenland", {72, -20}));
  // Antarctica along the bottom of the map, and not over Africa or Kyrgyzstan.
  if (const Feature* antarctica = named(data, "Antarctica")) {
    CHECK_FALSE(featureContains(*antarctica, data.projection.forward({5, 20})));
    CHECK_FALSE(featureContains(*antarctica, data.projection.forward(test::kBishkekWhiteHouse)));
    CHECK(antarctica->bounds.maxY < data.projection.forward({-55, 0}).y);
  }
}

}  // namespace

TEST_CASE("a world file in longitude and latitude is shown in Equal Earth, Antarctica at the bottom", "[foreign]") {
  const auto world = loadBoundaries(worldFile());
  REQUIRE(world);
  CHECK(world->projection.definition().rfind("+proj=eqearth ", 0) == 0);
  REQUIRE(world->regions.size() == 5);
  checkWorld(*world);
  CHECK(inside(*world, "Antarctica", {-85, 0}));
  CHECK(inside(*world, "Antarctica", {-85, 179}));
  CHECK(inside(*world, "Antarctica", {-85, -179}));

  // The same as FlatGeobuf.
  const std::string dir = test::scratchDir("foreign-fgb");
  const auto fgb = loadBoundaries(test::ogr2ogr(worldFile(), dir + "/world.fgb", "-f FlatGeobuf"));
  REQUIRE(fgb);
  checkWorld(*fgb);
}

TEST_CASE("a world reprojected by ogr2ogr is shown in its own CRS, cut on its own meridian", "[foreign]") {
  const std::string dir = test::scratchDir("foreign-reprojected");
  struct Case {
    const char* crs;
    const char* options;  // Mercator cannot show the pole: Antarctica stays behind
  };
  for (const Case& c : {Case{"ESRI:54030", ""}, Case{"EPSG:3857", "-where \"name <> 'Antarctica'\""},
                        Case{"EPSG:3832", "-where \"name <> 'Antarctica'\""}}) {
    INFO(c.crs);
    std::string file = dir + "/world-" + std::string(c.crs).substr(5) + ".gpkg";
    test::ogr2ogr(worldFile(), file, std::string("-f GPKG -t_srs ") + c.crs + " " + c.options);
    const auto loaded = loadBoundaries(file);
    REQUIRE(loaded);
    CHECK(loaded->projection.spec().crs);
    checkWorld(*loaded);
  }
  // EPSG:3832 is centred on 150 E and cut at 30 W, through Greenland: its halves are drawn at
  // either edge of the map.
  const auto pacific = loadBoundaries(dir + "/world-3832.gpkg");
  REQUIRE(pacific);
  const Feature* greenland = named(*pacific, "Greenland");
  REQUIRE(greenland);
  CHECK(greenland->polygons.size() == 2);
  CHECK(greenland->bounds.width() > 3e7);
}

TEST_CASE("Antarctica in EPSG:3031 is a polar map centred on the pole", "[foreign]") {
  const std::string dir = test::scratchDir("foreign-3031");
  const std::string file =
      test::ogr2ogr(worldFile(), dir + "/antarctica.gpkg", "-f GPKG -t_srs EPSG:3031 -where \"name = 'Antarctica'\"");
  const auto loaded = loadBoundaries(file);
  REQUIRE(loaded);
  CHECK(loaded->projection.edge().pole == -1);
  REQUIRE(loaded->regions.size() == 1);
  const Feature& antarctica = loaded->regions[0];
  CHECK(featureContains(antarctica, {0, 0}));  // the pole, in the middle
  const Bounds b = antarctica.bounds;
  CHECK(std::abs(b.centre().x) < 0.1 * b.width());
  CHECK(std::abs(b.centre().y) < 0.1 * b.height());
  // No spike to the pole along the seam of the file's ring.
  for (const Polygon& p : antarctica.polygons)
    for (const MapPoint& m : p.rings[0]) CHECK(std::hypot(m.x, m.y) > 1e6);
}

TEST_CASE("a state straddling 105.5 W is whole on its own map, and cut on Kyrgyzstan's", "[foreign]") {
  const std::string dir = test::scratchDir("foreign-colorado");
  const std::string file = dir + "/colorado.geojson";
  test::writeFile(file, R"({"type":"FeatureCollection","features":[)" + feature("Colorado", boxJson(-109, 37, -102, 41)) + "]}");
  const auto own = loadBoundaries(file);
  REQUIRE(own);
  REQUIRE(own->regions.size() == 1);
  CHECK(own->regions[0].polygons.size() == 1);
  CHECK(inside(*own, "Colorado", {39, -107}));
  CHECK(inside(*own, "Colorado", {39, -103}));
  // Both halves side by side: the state is about as wide on the map as it is on the ground.
  CHECK(own->regions[0].bounds.width() == Approx(600e3).epsilon(0.1));

  const auto onKyrgyzMap = loadBoundaries(file, Projection());
  REQUIRE(onKyrgyzMap);
  REQUIRE(onKyrgyzMap->regions[0].polygons.size() == 2);
  CHECK(inside(*onKyrgyzMap, "Colorado", {39, -107}));
  CHECK(inside(*onKyrgyzMap, "Colorado", {39, -103}));
}

TEST_CASE("a self-intersecting polygon is repaired, not refused", "[foreign]") {
  const std::string dir = test::scratchDir("foreign-bowtie");
  const std::string file = dir + "/bowtie.geojson";
  test::writeFile(file, R"({"type":"FeatureCollection","features":[)" +
                            feature("Bowtie", ringJson({{74, 41}, {76, 43}, {76, 41}, {74, 43}, {74, 41}})) + "]}");
  const std::string gpkg = test::ogr2ogr(file, dir + "/bowtie.gpkg", "-f GPKG");
  const auto loaded = loadBoundaries(gpkg);
  REQUIRE(loaded);
  CHECK(inside(*loaded, "Bowtie", {42, 74.3}));  // the west lobe
  CHECK(inside(*loaded, "Bowtie", {42, 75.7}));  // the east lobe
  CHECK_FALSE(inside(*loaded, "Bowtie", {42.8, 75}));
}

TEST_CASE("curves, TINs and polyhedral surfaces in a GeoPackage are drawn as their polygons", "[foreign]") {
  const std::string dir = test::scratchDir("foreign-curves");
  struct Case {
    const char* type;
    const char* wkt;
    GeoPoint inside;
  };
  for (const Case& c : {Case{"CURVEPOLYGON", "CURVEPOLYGON(CIRCULARSTRING(74 41,75 42,76 41,75 40,74 41))", {41, 75}},
                        Case{"MULTISURFACE", "MULTISURFACE(CURVEPOLYGON(CIRCULARSTRING(74 41,75 42,76 41,75 40,74 41)))", {41, 75.9}},
                        Case{"TIN", "TIN(((74 41,75 41,74 42,74 41)),((75 41,75 42,74 42,75 41)))", {41.8, 74.8}},
                        Case{"POLYHEDRALSURFACE", "POLYHEDRALSURFACE(((74 41,75 41,75 42,74 42,74 41)))", {41.5, 74.5}}}) {
    INFO(c.type);
    const std::string csv = dir + "/" + c.type + ".csv";
    test::writeFile(csv, std::string("name,WKT\nShape,\"") + c.wkt + "\"\n");
    const std::string gpkg = test::ogr2ogr(csv, dir + "/" + c.type + ".gpkg", std::string("-f GPKG -a_srs EPSG:4326 -nlt ") + c.type);
    const auto loaded = loadBoundaries(gpkg);
    REQUIRE(loaded);
    CHECK(inside(*loaded, "Shape", c.inside));
    CHECK_FALSE(inside(*loaded, "Shape", {45, 80}));
  }
}

TEST_CASE("of a file with two layers, the first with polygons is read, and any other by its name", "[foreign]") {
  const std::string dir = test::scratchDir("foreign-two-layers");
  const std::string a = dir + "/a.geojson", b = dir + "/b.geojson";
  test::writeFile(a, R"({"type":"FeatureCollection","features":[)" + feature("West", boxJson(70, 40, 72, 42)) + "]}");
  test::writeFile(b, R"({"type":"FeatureCollection","features":[)" + feature("East", boxJson(76, 40, 78, 42)) + "]}");
  const std::string gpkg = test::ogr2ogr(a, dir + "/two.gpkg", "-f GPKG -nln districts");
  test::ogr2ogr(b, gpkg, "-f GPKG -update -nln provinces");
  const auto first = loadBoundaries(gpkg);
  REQUIRE(first);
  CHECK(named(*first, "West"));
  const auto second = loadBoundaries(gpkg + "|layername=provinces");
  REQUIRE(second);
  CHECK(named(*second, "East"));
  CHECK_FALSE(named(*second, "West"));
}

namespace {
// A GeoPackage whose layer says "Undefined geographic SRS" (srs_id 0) or "Undefined Cartesian
// SRS" (-1), as other programs write when they know no CRS.
std::string undefinedSrs(const std::string& dir, const std::string& from, int srsId) {
  const std::string gpkg = test::ogr2ogr(from, dir + "/undefined" + std::to_string(srsId) + ".gpkg", "-f GPKG");
  GDALDatasetH ds = GDALOpenEx(gpkg.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr);
  REQUIRE(ds);
  for (const char* table : {"gpkg_geometry_columns", "gpkg_contents"}) {
    const std::string sql = std::string("UPDATE ") + table + " SET srs_id = " + std::to_string(srsId);
    GDALDatasetReleaseResultSet(ds, GDALDatasetExecuteSQL(ds, sql.c_str(), nullptr, nullptr));
  }
  GDALClose(ds);
  return gpkg;
}
}  // namespace

TEST_CASE("no CRS is one policy: degrees are read as WGS84 with a warning, anything else refused", "[foreign][bad-input]") {
  const std::string dir = test::scratchDir("foreign-no-crs");
  const std::string degrees = dir + "/degrees.geojson";
  test::writeFile(degrees, R"({"type":"FeatureCollection","features":[)" + feature("Middle", boxJson(73, 40, 76, 42)) + "]}");
  const std::string shp = test::ogr2ogr(degrees, dir + "/plain.shp", "-f \"ESRI Shapefile\"");
  std::remove((dir + "/plain.prj").c_str());
  for (const std::string& file : {shp, undefinedSrs(dir, degrees, 0), undefinedSrs(dir, degrees, -1)}) {
    INFO(file);
    const auto loaded = loadBoundaries(file);
    REQUIRE(loaded);
    CHECK(inside(*loaded, "Middle", {41, 74.5}));
    REQUIRE_FALSE(loaded->warnings.empty());
    CHECK_THAT(loaded->warnings[0], Catch::Contains("no coordinate reference system") && Catch::Contains("WGS84"));
  }
  // Metres with no CRS to say so: refused, saying what to do.
  const std::string metres = dir + "/metres.geojson";
  test::writeFile(metres, R"({"type":"FeatureCollection","features":[)" +
                              feature("Far", boxJson(500000, 4400000, 600000, 4500000)) + "]}");
  const auto refused = loadBoundaries(undefinedSrs(dir, metres, -1));
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error(), Catch::Contains("not longitude/latitude") && Catch::Contains("give it one"));
}

TEST_CASE("a message about a layer whose name holds line breaks is one line", "[foreign][bad-input]") {
  const std::string dir = test::scratchDir("foreign-one-line");
  const std::string file = dir + "/points.geojson";
  test::writeFile(file, R"({"type":"FeatureCollection","name":"first\nsecond\r\n","features":[
{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[74,41]}}]})");
  const auto refused = loadBoundaries(file);
  REQUIRE_FALSE(refused);
  CHECK(refused.error().find('\n') == std::string::npos);
  CHECK(refused.error().find('\r') == std::string::npos);
  CHECK_THAT(refused.error(), Catch::Contains("'first second'"));
}

TEST_CASE("the credit comes from the file: its metadata, else a side file in the user's words, else its name", "[foreign][credit]") {
  const std::string dir = test::scratchDir("foreign-credit");
  const std::string plain = dir + "/districts.geojson";
  test::writeFile(plain, R"({"type":"FeatureCollection","features":[)" + feature("Middle", boxJson(73, 40, 76, 42)) + "]}");
  const auto named = loadBoundaries(plain);
  REQUIRE(named);
  CHECK(named->credit == "Boundaries: districts.geojson");

  test::writeFile(dir + "/districts.credit", "Drawn by the class of 2026\nsecond line ignored\n");
  const auto own = loadBoundaries(plain);
  REQUIRE(own);
  CHECK(own->credit == "Boundaries: Drawn by the class of 2026");

  const std::string tagged = test::ogr2ogr(plain, dir + "/tagged.gpkg", "-f GPKG -mo \"ATTRIBUTION=Districts: Example Survey (CC BY 4.0)\"");
  const auto fromMetadata = loadBoundaries(tagged);
  REQUIRE(fromMetadata);
  CHECK(fromMetadata->credit == "Districts: Example Survey (CC BY 4.0)");

  // Natural Earth is credited where its data is: the bundled file says so.
  const auto bundled = loadBoundaries(test::bundledPath());
  REQUIRE(bundled);
  CHECK_THAT(bundled->credit, Catch::StartsWith("Boundaries: Natural Earth (public domain)"));
  CHECK_THAT(named->credit, !Catch::Contains("Natural Earth"));
}
