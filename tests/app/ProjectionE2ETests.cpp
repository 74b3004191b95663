// Maps of anywhere, by their pixels: files from elsewhere each drawn where it belongs in the
// projection chosen for it, and View > Projection.
#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>

#include "support/Image.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;

namespace {

std::string box(double west, double south, double east, double north) {
  std::ostringstream out;
  out << "[[" << west << "," << south << "],[" << east << "," << south << "],[" << east << "," << north << "],[" << west
      << "," << north << "],[" << west << "," << south << "]]";
  return out.str();
}

std::string feature(const std::string& name, const std::string& ring) {
  return R"({"type":"Feature","properties":{"name":")" + name + R"("},"geometry":{"type":"Polygon","coordinates":[)" +
         ring + "]}}";
}

// Natural Earth's way with Antarctica: all round the globe, closed along the pole.
std::string antarctica() {
  std::ostringstream out;
  out << "[";
  for (int lon = -180; lon <= 180; lon += 2) out << "[" << lon << "," << -70 + 4 * std::sin(lon * M_PI / 60) << "],";
  out << "[180,-90],[-180,-90],[-180," << -70 + 4 * std::sin(-180 * M_PI / 60) << "]]";
  return out.str();
}

struct Shot {
  test::Image image;
  Camera camera;
  std::string state;
};

Shot screenshot(const std::string& dir, const std::vector<std::string>& args) {
  const std::string png = dir + "/shot.png", dump = dir + "/shot.json";
  std::vector<std::string> all{test::kBinary, "--size", "1280x720", "--screenshot", png, "--dump-state", dump};
  all.insert(all.end(), args.begin(), args.end());
  const auto r = test::run(all);
  INFO(r.err);
  REQUIRE(r.status == 0);
  Shot shot;
  shot.state = test::readText(dump);
  shot.image = test::readPng(png);
  shot.camera = test::cameraFromState(shot.state);
  REQUIRE_FALSE(shot.image.empty());
  return shot;
}

ScreenPoint at(const Shot& shot, GeoPoint g) {
  const ScreenPoint s = shot.camera.geoToScreen(g);
  INFO("lat " << g.lat << " lon " << g.lon << " at " << s.x << ", " << s.y);
  REQUIRE(isFinite(s));
  REQUIRE(s.x >= 0);
  REQUIRE(s.y >= 0);
  REQUIRE(s.x < shot.image.width);
  REQUIRE(s.y < shot.image.height);
  return s;
}

std::array<int, 3> colour(const Shot& shot, GeoPoint g) {
  const ScreenPoint s = at(shot, g);
  return shot.image.rgb(static_cast<int>(s.x), static_cast<int>(s.y));
}

bool same(std::array<int, 3> a, std::array<int, 3> b) {
  return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) < 12;
}

}  // namespace

TEST_CASE("a world map in Equal Earth: Antarctica along the bottom, not over Africa", "[projection][pixels]") {
  const std::string dir = test::scratchDir("e2e-world-pixels");
  test::writeFile(dir + "/world.geojson", R"({"type":"FeatureCollection","features":[)" +
                                              feature("Africa", box(-17, -34, 51, 37)) + "," +
                                              feature("Asia", box(60, 10, 140, 60)) + "," +
                                              feature("Antarctica", antarctica()) + "]}");
  const Shot shot = screenshot(dir, {"--boundaries", dir + "/world.geojson"});
  CHECK(test::stateField(shot.state, "projection") == "\"Equal Earth\"");
  const auto sea = colour(shot, {-50, 20});  // between Africa and Antarctica
  for (GeoPoint land : {GeoPoint{5, 20}, GeoPoint{-80, 0}, GeoPoint{-80, 170}, GeoPoint{-80, -170}, GeoPoint{40, 100}}) {
    INFO("lat " << land.lat << " lon " << land.lon);
    CHECK_FALSE(same(colour(shot, land), sea));
  }
  CHECK(same(colour(shot, {-20, -100}), sea));  // nothing drawn where the file has nothing
  CHECK(test::stateField(shot.state, "first_problem") == "null");  // every shape drawn, none refused
  // Antarctica spans the map's width at the bottom.
  const ScreenPoint west = at(shot, {-80, -170}), east = at(shot, {-80, 170}), africa = at(shot, {5, 20});
  CHECK(west.y > africa.y + 100);
  CHECK(east.x - west.x > 500);
}

TEST_CASE("a state straddling 105.5 W is drawn whole, both halves side by side", "[projection][pixels]") {
  const std::string dir = test::scratchDir("e2e-colorado-pixels");
  test::writeFile(dir + "/colorado.geojson",
                  R"({"type":"FeatureCollection","features":[)" + feature("Colorado", box(-109, 37, -102, 41)) + "]}");
  const Shot shot = screenshot(dir, {"--boundaries", dir + "/colorado.geojson"});
  const ScreenPoint west = at(shot, {39, -107.5}), east = at(shot, {39, -103.5});
  const auto outside = colour(shot, {39, -111});
  CHECK_FALSE(same(colour(shot, {39, -107.5}), outside));
  CHECK_FALSE(same(colour(shot, {39, -103.5}), outside));
  CHECK(same(colour(shot, {39, -107.5}), colour(shot, {39, -103.5})));  // one region, one colour
  CHECK(std::abs(west.y - east.y) < 20);                                   // level, not turned
  CHECK(east.x - west.x > 200);                                           // side by side, across the view
  CHECK(east.x - west.x < 1000);
}

TEST_CASE("Antarctica in EPSG:3031 is centred on the pole, the whole of it in view", "[projection][pixels]") {
  const std::string dir = test::scratchDir("e2e-3031-pixels");
  test::writeFile(dir + "/antarctica.geojson",
                  R"({"type":"FeatureCollection","features":[)" + feature("Antarctica", antarctica()) + "]}");
  test::ogr2ogr(dir + "/antarctica.geojson", dir + "/antarctica.gpkg", "-f GPKG -t_srs EPSG:3031");
  const Shot shot = screenshot(dir, {"--boundaries", dir + "/antarctica.gpkg"});
  CHECK(test::stateField(shot.state, "projection_crs") == "true");
  const ScreenPoint pole = at(shot, {-90, 0});
  const auto ocean = shot.image.rgb(1200, 60);  // the map's corner, beyond the round continent
  CHECK_FALSE(same(colour(shot, {-90, 0}), ocean));
  for (double lon : {0.0, 90.0, 180.0, -90.0}) {
    INFO("lon " << lon);
    CHECK_FALSE(same(colour(shot, {-76, lon}), ocean));  // inland all round (the coast is at 66 to 74 S)
  }
  // The pole near the middle of the map's part of the window (right of the events panel).
  CHECK(std::abs(pole.y - 360) < 80);
  CHECK(pole.x > 500);
  CHECK(pole.x < 1000);
}

TEST_CASE("View > Projection draws the map again in the projection chosen, and back", "[projection][interaction]") {
  test::ViewerSession viewer("e2e-projection-menu", "1280x720");
  const std::string& state = viewer.statePath;
  CHECK(test::stateField(viewer.state(), "projection") == "\"Albers equal-area conic\"");
  const auto choose = [&](const std::string& code) {
    viewer.clickWidget("menu/view");
    viewer.clickWidget("menu/view/projection");
    viewer.clickWidget("menu/view/projection/" + code);
  };
  choose("equal-earth");
  REQUIRE(test::waitForState(state, "projection", "\"Equal Earth\""));
  REQUIRE(test::waitForState(state, "map_ready", "true"));
  CHECK(test::stateNumber(viewer.state(), "events_total") == 5);
  const Camera camera = viewer.camera();
  CHECK(camera.projection().definition().rfind("+proj=eqearth ", 0) == 0);
  choose("suited");
  REQUIRE(test::waitForState(state, "projection", "\"Albers equal-area conic\""));
  CHECK(test::stateField(viewer.state(), "projection_definition") ==
        "\"" + Projection().definition() + "\"");
}
