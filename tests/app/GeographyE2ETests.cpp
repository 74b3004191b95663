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
