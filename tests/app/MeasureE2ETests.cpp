// Tools > Measure end to end: real clicks on Bishkek and Osh, the length compared with PROJ's
// geodesic distance between the gazetteer's points.
#include <catch2/catch.hpp>

#include <geodesic.h>

#include "support/Process.h"
#include "support/Viewer.h"

using namespace kg;

namespace {

constexpr GeoPoint kBishkek{42.8770, 74.6030};  // gazetteer: the White House
constexpr GeoPoint kOsh{40.5300, 72.8000};      // gazetteer: Osh city centre

}  // namespace

TEST_CASE("the measure tool: clicks on Bishkek and Osh measure the geodesic between them, Backspace and Esc undo",
          "[measure][interaction]") {
  test::ViewerSession viewer("e2e-measure", "1280x720");
  const std::string& state = viewer.statePath;
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "m"});
  REQUIRE(test::waitForState(state, "tool", "\"measure\""));

  const Camera camera = viewer.camera();
  const auto click = [&](GeoPoint g) { viewer.clickAt(camera.geoToScreen(g)); };
  click(kBishkek);
  CHECK(test::waitForNumber(state, "measure_points", 1));
  click(kOsh);
  CHECK(test::waitForNumber(state, "measure_points", 2));
  geod_geodesic wgs84;
  geod_init(&wgs84, 6378137, 1 / 298.257223563);
  double expected = 0;
  geod_inverse(&wgs84, kBishkek.lat, kBishkek.lon, kOsh.lat, kOsh.lon, &expected, nullptr, nullptr);
  const double measured = test::stateNumber(viewer.state(), "measure_km") * 1000;
  INFO("measured " << measured << " m, PROJ " << expected << " m");
  CHECK(std::abs(measured / expected - 1) < 0.005);
  CHECK(test::stateNumber(viewer.state(), "measure_km2") == 0);

  // A third point closes a triangle with an area; Backspace takes it off again.
  click(GeoPoint{41.4, 75.9});  // Naryn Region
  CHECK(test::waitForNumber(state, "measure_points", 3));
  CHECK(test::stateNumber(viewer.state(), "measure_km2") > 10000);
  test::xdotool({"key", "BackSpace"});
  CHECK(test::waitForNumber(state, "measure_points", 2));
  // Esc clears the path; Esc again goes back to browsing, where a click selects again.
  test::xdotool({"key", "Escape"});
  CHECK(test::waitForNumber(state, "measure_points", 0));
  test::xdotool({"key", "Escape"});
  CHECK(test::waitForState(state, "tool", "\"browse\""));
  CHECK(test::stateField(viewer.state(), "selected") == "null");  // the clicks selected nothing
}

TEST_CASE("Ctrl+= and Ctrl+- make all text and panels larger and smaller for a projector, Ctrl+0 as designed",
          "[projector][interaction]") {
  test::ViewerSession viewer("e2e-text-scale", "1280x720");
  const std::string& state = viewer.statePath;
  const auto menu = test::waitForWidget(state, "menu/view");
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::pressChord("ctrl+equal");
  CHECK(test::waitForNumber(state, "text_scale", 1.25, 1e-3));
  test::pressChord("ctrl+equal");
  CHECK(test::waitForNumber(state, "text_scale", 1.5625, 1e-3));
  // The menu's text is drawn that much larger: its item that much taller and wider.
  const auto larger = [&] {
    for (int i = 0; i < 100; ++i) {
      const auto r = test::widgetRect(viewer.state(), "menu/view");
      if (r && (*r)[3] > menu[3] * 1.4) return *r;
      test::sleepMs(50);
    }
    return menu;
  }();
  CHECK(larger[3] / menu[3] == Approx(1.5625).epsilon(0.15));
  CHECK(larger[2] / menu[2] == Approx(1.5625).epsilon(0.15));
  test::pressChord("ctrl+minus");
  CHECK(test::waitForNumber(state, "text_scale", 1.25, 1e-3));
  test::pressChord("ctrl+0");
  CHECK(test::waitForNumber(state, "text_scale", 1, 1e-3));
  bool back = false;
  for (int i = 0; i < 100 && !back; ++i) {
    const auto r = test::widgetRect(viewer.state(), "menu/view");
    back = r && std::abs((*r)[3] - menu[3]) < 1 && std::abs((*r)[2] - menu[2]) < 1;
    if (!back) test::sleepMs(50);
  }
  CHECK(back);  // exactly as it was: nothing crept in on the way
}
