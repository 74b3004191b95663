// Tools > Annotate end to end, with real clicks and keys: pins, texts and arrows put on the map,
// labelled, taken off, undone, saved into the lesson file and back when it is opened again; and
// nothing a teacher wrote is lost when the window is closed or a name is taken.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/lesson/Lesson.h"
#include "support/Image.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;

namespace {

constexpr GeoPoint kKarakol{42.49, 78.39};
constexpr GeoPoint kTianShan{41.9, 76.4};
constexpr GeoPoint kTail{40.0, 74.0};
constexpr GeoPoint kHead{40.53, 72.80};  // Osh

// Within a screen pixel or two at the country's view: some 0.05 degrees.
bool near(GeoPoint a, GeoPoint b) { return std::abs(a.lat - b.lat) < 0.05 && std::abs(a.lon - b.lon) < 0.05; }

}  // namespace

TEST_CASE("pins, texts and arrows put on the map are labelled, undone, saved in the lesson and back when it is opened",
          "[annotate][interaction]") {
  const std::string dir = test::scratchDir("e2e-annotate");
  const std::string lesson = dir + "/lesson.toml";
  test::writeFile(lesson, "title = \"Water\"\n[[question]]\nfind = \"lake:issyk-kul\"\n");
  {
    test::ViewerSession viewer("e2e-annotate-viewer", "1280x720", {"--lesson", lesson});
    const std::string& state = viewer.statePath;
    CHECK(test::stateField(viewer.state(), "lesson") == "\"" + lesson + "\"");
    viewer.clickWidget("menu/tools");
    viewer.clickWidget("menu/tools/annotate");
    REQUIRE(test::waitForState(state, "tool", "\"annotate\""));
    const Camera camera = viewer.camera();
    const auto click = [&](GeoPoint g) { viewer.clickAt(camera.geoToScreen(g)); };

    // A pin, named at once: its label field has the keys.
    viewer.clickWidget("annotate/pin");
    click(kKarakol);
    REQUIRE(test::waitForNumber(state, "annotations", 1));
    CHECK(test::waitForState(state, "typing", "true"));
    test::xdotool({"type", "--delay", "60", "Karakol"});
    CHECK(test::waitForState(state, "annotation_label", "\"Karakol\""));
    test::pressChord("Escape");  // leaves the field
    CHECK(test::waitForState(state, "typing", "false"));

    // A text: its placeholder typed over.
    viewer.clickWidget("annotate/text");
    click(kTianShan);
    REQUIRE(test::waitForNumber(state, "annotations", 2));
    CHECK(test::waitForState(state, "annotation_label", "\"Text\""));
    test::pressChord("ctrl+a");
    test::xdotool({"type", "--delay", "60", "Tian Shan"});
    CHECK(test::waitForState(state, "annotation_label", "\"Tian Shan\""));
    test::pressChord("Escape");
    CHECK(test::waitForState(state, "typing", "false"));

    // An arrow: two clicks, tail then head.
    viewer.clickWidget("annotate/arrow");
    click(kTail);
    test::sleepMs(300);
    CHECK(test::stateNumber(viewer.state(), "annotations") == 2);  // half drawn
    click(kHead);
    REQUIRE(test::waitForNumber(state, "annotations", 3));
    test::pressChord("Escape");
    CHECK(test::waitForState(state, "typing", "false"));
    // Each is drawn where it was put: the pin above its spot, the arrow's box from tail to head.
    const auto boxes = test::widgetsNamed(viewer.state(), "annotation/");
    REQUIRE(boxes.size() == 3);
    const ScreenPoint pin = camera.geoToScreen(kKarakol);
    const auto& p = boxes.at("annotation/0");
    CHECK((pin.x >= p[0] && pin.x <= p[0] + p[2] && pin.y >= p[1] - 4 && pin.y <= p[1] + p[3] + 4));
    const auto& a = boxes.at("annotation/2");
    const ScreenPoint head = camera.geoToScreen(kHead), tail = camera.geoToScreen(kTail);
    CHECK(a[0] <= head.x + 1);
    CHECK(a[0] + a[2] >= tail.x - 1);

    // A click on the text chooses it; Delete takes it off; Ctrl+Z puts it back.
    const auto text = boxes.at("annotation/1");
    viewer.clickAt({text[0] + text[2] / 2, text[1] + text[3] / 2});
    CHECK(test::waitForNumber(state, "annotation_chosen", 1));
    CHECK(test::stateNumber(viewer.state(), "annotations") == 3);  // chosen, not a fourth
    test::xdotool({"windowfocus", "--sync", viewer.window});
    test::xdotool({"key", "Delete"});
    CHECK(test::waitForNumber(state, "annotations", 2));
    test::xdotool({"key", "ctrl+z"});
    CHECK(test::waitForNumber(state, "annotations", 3));
    CHECK(test::stateField(viewer.state(), "lesson_unsaved") == "true");

    // Ctrl+S writes them into the lesson, beside its question; closing then asks nothing.
    test::xdotool({"key", "ctrl+s"});
    CHECK(test::waitForState(state, "lesson_unsaved", "false"));
    test::xdotool({"key", "ctrl+q"});
    const auto finished = viewer.app.finish(10);
    REQUIRE(finished);
    CHECK(finished->status == 0);
  }
  auto read = readLesson(lesson);
  REQUIRE(read);
  CHECK(read->problems.empty());
  CHECK(read->lesson.title == "Water");
  CHECK(read->lesson.questions.size() == 1);
  REQUIRE(read->lesson.annotations.size() == 3);
  const auto& saved = read->lesson.annotations;
  CHECK(saved[0].kind == Annotation::Kind::Pin);
  CHECK(saved[0].label == "Karakol");
  CHECK(near(saved[0].at, kKarakol));
  CHECK(saved[1].kind == Annotation::Kind::Text);
  CHECK(saved[1].label == "Tian Shan");
  CHECK(near(saved[1].at, kTianShan));
  CHECK(saved[2].kind == Annotation::Kind::Arrow);
  CHECK(near(saved[2].at, kTail));
  CHECK(near(saved[2].to, kHead));

  // Opened again: drawn where they were, in the teacher's crimson.
  const std::string png = dir + "/reopened.png", dump = dir + "/reopened.json";
  const auto shot = test::run({test::kBinary, "--lesson", lesson, "--size", "1280x720", "--screenshot", png, "--dump-state", dump});
  REQUIRE(shot.status == 0);
  const std::string json = test::readText(dump);
  CHECK(test::stateNumber(json, "annotations") == 3);
  const auto drawn = test::widgetsNamed(json, "annotation/");
  REQUIRE(drawn.size() == 3);
  const test::Image image = test::readPng(png);
  const auto crimson = [&](const std::array<double, 4>& box) {
    int count = 0;
    for (int y = static_cast<int>(box[1]); y < static_cast<int>(box[1] + box[3]) && y < image.height; ++y)
      for (int x = static_cast<int>(box[0]); x < static_cast<int>(box[0] + box[2]) && x < image.width; ++x) {
        const std::uint8_t* px = &image.rgba[(static_cast<std::size_t>(y) * image.width + x) * 4];
        if (std::abs(px[0] - 0xB0) < 24 && px[1] < 60 && std::abs(px[2] - 0x4A) < 30) ++count;
      }
    return count;
  };
  const Camera reopened = test::cameraFromState(json);
  const ScreenPoint karakol = reopened.geoToScreen(kKarakol);
  const auto& pinBox = drawn.at("annotation/0");
  CHECK((karakol.x >= pinBox[0] && karakol.x <= pinBox[0] + pinBox[2]));
  for (const auto& [name, box] : drawn) {
    INFO(name);
    CHECK(crimson(box) > 20);
  }
}

TEST_CASE("closing with unsaved annotations asks; Save As asks before replacing and never writes over what is not a lesson",
          "[annotate][interaction][authoring]") {
  const std::string dir = test::scratchDir("e2e-annotate-save-as");
  const std::string notes = dir + "/notes.toml";
  test::writeFile(notes, "my own notes, not a lesson\n");
  test::ViewerSession viewer("e2e-annotate-save-as-viewer", "1280x720");
  const std::string& state = viewer.statePath;
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "a"});
  REQUIRE(test::waitForState(state, "tool", "\"annotate\""));
  viewer.clickAt(viewer.camera().geoToScreen(kKarakol));
  REQUIRE(test::waitForNumber(state, "annotations", 1));
  test::xdotool({"type", "--delay", "60", "Karakol"});
  CHECK(test::waitForState(state, "annotation_label", "\"Karakol\""));
  test::pressChord("Escape");
  CHECK(test::waitForState(state, "typing", "false"));

  // Closing asks; Cancel keeps the window open.
  test::xdotool({"key", "ctrl+q"});
  CHECK(test::waitForState(state, "lesson_asking", "\"unsaved\""));
  viewer.clickWidget("annotate/unsaved-save");
  // Never saved: a name is asked for. The notes file is there and is not a lesson: "Replace it?",
  // and yes is refused, the notes kept.
  CHECK(test::waitForState(state, "lesson_asking", "\"save-as\""));
  viewer.clickWidget("annotate/path");
  test::pressChord("ctrl+a");
  test::xdotool({"type", "--delay", "30", notes});
  test::pressChord("Return");
  CHECK(test::waitForState(state, "lesson_asking", "\"replace\""));
  viewer.clickWidget("annotate/replace");
  CHECK(test::waitForState(state, "lesson_asking", "\"save-as\""));
  CHECK(test::widgetRect(viewer.state(), "annotate/outcome"));
  CHECK(test::readText(notes) == "my own notes, not a lesson\n");
  CHECK(viewer.app.running());
  // Another name: saved there, and the window closes as it was asked to.
  viewer.clickWidget("annotate/path");
  test::pressChord("ctrl+a");
  test::xdotool({"type", "--delay", "30", dir + "/karakol"});
  test::pressChord("Return");
  const auto finished = viewer.app.finish(10);
  REQUIRE(finished);
  CHECK(finished->status == 0);
  auto read = readLesson(dir + "/karakol.toml");
  REQUIRE(read);
  REQUIRE(read->lesson.annotations.size() == 1);
  CHECK(read->lesson.annotations[0].label == "Karakol");
  CHECK(test::readText(notes) == "my own notes, not a lesson\n");
}
