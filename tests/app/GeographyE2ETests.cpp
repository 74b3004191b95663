// View > Map layers end to end: each lesson layer switched off and on from the menu.
#include <catch2/catch.hpp>

#include "support/Process.h"
#include "support/Viewer.h"

using namespace kg;

TEST_CASE("View > Map layers switches the lakes and the towns off and on again", "[geography][interaction]") {
  test::ViewerSession viewer("e2e-geography", "1280x720");
  const std::string& state = viewer.statePath;
  CHECK(test::stateField(viewer.state(), "map_layers") == "\"water,rivers,towns,peaks,countries\"");
  auto toggle = [&](const std::string& layer) {
    viewer.clickWidget("menu/view");
    viewer.clickWidget("menu/view/layers");
    viewer.clickWidget("menu/view/layers/" + layer);
  };
  toggle("water");
  CHECK(test::waitForState(state, "map_layers", "\"rivers,towns,peaks,countries\""));
  toggle("towns");
  CHECK(test::waitForState(state, "map_layers", "\"rivers,peaks,countries\""));
  toggle("water");
  CHECK(test::waitForState(state, "map_layers", "\"water,rivers,peaks,countries\""));
}

TEST_CASE("no name on the map is drawn under a panel, at the usual text size or larger for a projector",
          "[geography][projector]") {
  test::ViewerSession viewer("e2e-geography-panels", "1280x720");
  const std::string& state = viewer.statePath;
  auto overlaps = [](const std::array<double, 4>& a, const std::array<double, 4>& b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  };
  auto checkClear = [&] {
    // The events list is made a frame after the map first shows: on a slow (sanitizer) build the
    // first state can come before it.
    test::waitForWidget(state, "panel/events");
    test::sleepMs(200);
    const std::string json = viewer.state();
    const auto labels = test::widgetsNamed(json, "label/");
    const auto panels = test::widgetsNamed(json, "panel/");
    CHECK(labels.size() >= 20);  // regions, lakes, rivers, towns, peaks and countries
    REQUIRE(panels.count("panel/events") == 1);
    for (const auto& [label, box] : labels)
      for (const auto& [panel, area] : panels) {
        INFO(label << " under " << panel);
        CHECK_FALSE(overlaps(box, area));
      }
  };
  checkClear();
  test::xdotool({"windowfocus", "--sync", viewer.window});
  for (const double scale : {1.25, 1.5625}) {
    test::pressChord("ctrl+equal");
    REQUIRE(test::waitForNumber(state, "text_scale", scale, 1e-3));
    test::sleepMs(300);  // the fonts are made again between frames
    checkClear();
  }
}
