// Edit > Find (Ctrl+F) end to end: a name typed in Cyrillic, the match chosen with Enter or a
// click, and the map going there.
#include <catch2/catch.hpp>

#include "core/geo/Projection.h"
#include "support/Process.h"
#include "support/Viewer.h"

using namespace kg;

TEST_CASE("Ctrl+F finds a lake by its Kyrgyz name and an event by its words, and goes there",
          "[search][interaction]") {
  test::ViewerSession viewer("e2e-search", "1280x720");
  const std::string& state = viewer.statePath;
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "ctrl+f"});
  CHECK(test::waitForState(state, "search_shown", "true"));
  test::waitForWidget(state, "search/text");
  REQUIRE(test::waitForState(state, "typing", "true"));  // the field has the keyboard at once
  // xdotool types a letter the keyboard map lacks by mapping a spare key to it for a moment; on a
  // slow machine (a sanitizer build) the app can read that key before the map changes. So the
  // field is typed again, whole, until the letters arrive.
  bool found = false;
  for (int attempt = 0; attempt < 3 && !found; ++attempt) {
    test::pressChord("ctrl+a");
    test::xdotool({"type", "--delay", "80", "Ысык-Көл"});
    for (int i = 0; i < 100 && !found; ++i) {
      found = test::widgetRect(viewer.state(), "search/hit/1").has_value();
      if (!found) test::sleepMs(100);
    }
  }
  REQUIRE(found);
  test::pressChord("Return");
  CHECK(test::waitForState(state, "search_shown", "false"));
  // The first match is the lake (its region comes second): the view flies to it, far closer
  // than the whole country, with the lake in the middle.
  const MapPoint lake = Projection().forward({42.42, 77.3});
  CHECK(test::waitForCamera(state, [&](const Camera& c) {
    const Bounds seen = c.visibleBounds();
    return c.metresPerPixel() < viewer.firstCamera.metresPerPixel() * 0.6 && lake.x > seen.minX &&
           lake.x < seen.maxX && lake.y > seen.minY && lake.y < seen.maxY;
  }));

  viewer.clickWidget("menu/edit");
  viewer.clickWidget("menu/edit/find");
  REQUIRE(test::waitForState(state, "typing", "true"));
  test::xdotool({"type", "--delay", "20", "white house"});
  test::waitForWidget(state, "search/hit/1");
  viewer.clickWidget("search/hit/1");
  CHECK(test::waitForState(state, "selected_event", "\"bishkek-white-house\""));

  // Esc closes it, and the selection stays.
  test::xdotool({"key", "ctrl+f"});
  CHECK(test::waitForState(state, "search_shown", "true"));
  test::pressChord("Escape");
  CHECK(test::waitForState(state, "search_shown", "false"));
  CHECK(test::stateField(viewer.state(), "selected_event") == "\"bishkek-white-house\"");
}
