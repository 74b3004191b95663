// Tools > Quiz end to end, with real clicks on the map: right, wrong, the answer shown after
// three misses, the score, the end.
#include <catch2/catch.hpp>

#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;

TEST_CASE("a quiz is answered by clicking the map: right, wrong three times and shown, and scored",
          "[quiz][interaction]") {
  const std::string dir = test::scratchDir("e2e-quiz");
  const std::string lesson = dir + "/lesson.toml";
  test::writeFile(lesson,
                  "title = \"Test\"\n"
                  "[[question]]\nfind = \"region:KG-N\"\n"
                  "[[question]]\nfind = \"capital:bishkek\"\nask = \"Where is the capital?\"\n"
                  "[[question]]\nfind = \"lake:issyk-kul\"\n");
  test::ViewerSession viewer("e2e-quiz-viewer", "1280x720", {"--lesson", lesson});
  const std::string& state = viewer.statePath;
  viewer.clickWidget("menu/tools");
  viewer.clickWidget("menu/tools/quiz");
  REQUIRE(test::waitForNumber(state, "quiz_questions", 3));
  CHECK(test::stateField(viewer.state(), "tool") == "\"quiz\"");
  test::waitForWidget(state, "quiz/question");
  // Names are hidden while the class answers.
  CHECK(test::widgetsNamed(viewer.state(), "label/").empty());
  auto click = [&](GeoPoint g) {
    test::sleepMs(300);  // the view settles (a reveal flies there)
    viewer.clickAt(viewer.camera().geoToScreen(g));
  };

  // 1. Naryn region: a click on Naryn town is right, first try.
  click({41.43, 75.99});
  CHECK(test::waitForState(state, "quiz_verdict", "\"right\""));
  CHECK(test::waitForNumber(state, "quiz_score", 100));
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::pressChord("Return");
  CHECK(test::waitForNumber(state, "quiz_question", 1));
  CHECK(test::stateField(viewer.state(), "quiz_verdict") == "null");  // not answered yet
  // The next question's view shows the whole country below the quiz's panel, not under it.
  const auto panel = test::widgetsNamed(viewer.state(), "panel/").at("panel/quiz");
  const Bounds country = test::bundled().regionBounds();
  CHECK(test::waitForCamera(state, [&](const Camera& c) {
    return c.mapToScreen(MapPoint{country.minX, country.maxY}).y >= panel[1] + panel[3] - 2;
  }));

  // 2. The capital: three clicks on Osh are wrong, and then the answer is shown.
  const GeoPoint osh{40.53, 72.80};
  click(osh);
  CHECK(test::waitForState(state, "quiz_verdict", "\"wrong\""));
  CHECK(test::waitForNumber(state, "quiz_misses", 1));
  click(osh);
  CHECK(test::waitForNumber(state, "quiz_misses", 2));
  click(osh);
  CHECK(test::waitForState(state, "quiz_verdict", "\"revealed\""));
  // A near-ish miss on a place is worth a little (25 km allowed, some 300 km off).
  const double afterTwo = test::stateNumber(viewer.state(), "quiz_score");
  CHECK(afterTwo > 100);
  CHECK(afterTwo < 120);
  viewer.clickWidget("quiz/next");
  CHECK(test::waitForNumber(state, "quiz_question", 2));

  // 3. Issyk-Kul: right; then the summary.
  click({42.42, 77.30});
  CHECK(test::waitForState(state, "quiz_verdict", "\"right\""));
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::pressChord("Return");
  CHECK(test::waitForState(state, "quiz_finished", "true"));
  CHECK(test::stateNumber(viewer.state(), "quiz_score") == afterTwo + 100);
  test::waitForWidget(state, "quiz/score");

  // Esc ends it, and the names come back.
  test::pressChord("Escape");
  CHECK(test::waitForState(state, "tool", "\"browse\""));
  CHECK(test::waitForNumber(state, "quiz_questions", 0));
  test::waitForWidget(state, "label/region/KG-N");
}
