// Briefings end to end: the bundled briefing listed and pictured from the command line (its title
// read back from the picture by OCR), and presented in the window with the keys a clicker sends.
#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>

#include "core/geo/Projection.h"
#include "support/Image.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;
using test::kBinary;

namespace {

std::string bundledBriefing() {
  return (std::filesystem::path(test::bundledPath()).parent_path().parent_path() / "assets/briefings/october-2020.toml")
      .string();
}

constexpr GeoPoint kWhiteHouse{42.8770, 74.6030};  // gazetteer: the White House, Bishkek

// The words tesseract reads in a picture, lower-cased.
std::string ocr(const std::string& png) {
  const auto read = test::run({"tesseract", png, "stdout", "-l", "eng"});
  REQUIRE(read.status == 0);
  std::string text = read.out;
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

}  // namespace

TEST_CASE("the bundled briefing lists its slides, and a slide's picture shows its title, passages and view",
          "[briefing][screenshot]") {
  const auto list = test::run({kBinary, "--briefing", bundledBriefing(), "--list-slides"});
  REQUIRE(list.status == 0);
  CHECK(list.err.empty());  // every id it names is in the bundled data
  CHECK_THAT(list.out, Contains("  1  Kyrgyzstan: five events in the reports") &&
                           Contains("  2  Bishkek, 5–6 October 2020: the White House stormed") &&
                           Contains("  7  All five events"));

  const std::string dir = test::scratchDir("e2e-briefing-slide");
  const std::string png = dir + "/slide2.png", state = dir + "/state.json";
  const auto shot = test::run({kBinary, "--briefing", bundledBriefing(), "--slide", "2", "--screenshot", png, "--size",
                               "1280x720", "--dump-state", state});
  REQUIRE(shot.status == 0);
  CHECK(shot.err.empty());
  const std::string json = test::readText(state);
  CHECK(test::stateNumber(json, "slide") == 2);
  CHECK(test::stateNumber(json, "slides") == 7);
  CHECK(test::stateField(json, "presenting") == "true");
  CHECK(test::stateField(json, "selected_event") == "\"bishkek-white-house\"");
  CHECK(test::stateField(json, "time_filter") == "\"2020-10-01/2020-10-31\"");
  CHECK(test::widgetRect(json, "slide/passage/1"));

  // The title, read back from the pixels as the room would read it.
  const std::string words = ocr(png);
  INFO(words);
  CHECK_THAT(words, Contains("bishkek") && Contains("white house stormed"));
  CHECK(test::widgetRect(json, "slide/counter"));
  CHECK_THAT(words, Contains("burnt-out cars littered the city"));  // a passage, large

  // The White House lies between the title band and the passages, where the map is seen.
  const Camera camera = test::cameraFromState(json);
  const ScreenPoint at = camera.mapToScreen(camera.projection().forward(kWhiteHouse));
  const auto title = test::widgetRect(json, "slide/title");
  const auto passage = test::widgetRect(json, "slide/passage/0");
  REQUIRE(title);
  REQUIRE(passage);
  CHECK(at.x > 100);
  CHECK(at.x < 1180);
  CHECK(at.y > (*title)[1] + (*title)[3]);
  CHECK(at.y < (*passage)[1]);
}

TEST_CASE("a briefing's problems name the file and line, and a slide it does not have is refused",
          "[briefing][cli]") {
  const std::string dir = test::scratchDir("e2e-briefing-bad");
  test::writeFile(dir + "/talk.toml", "title = \"Talk\"\n\n[[slide]]\ntitle = \"One\"\nevent = \"atlantis\"\nzoom = 3\n");
  const auto listed = test::run({kBinary, "--briefing", dir + "/talk.toml", "--list-slides"});
  CHECK(listed.status == 0);
  CHECK_THAT(listed.err, Contains(dir + "/talk.toml:6: unknown key 'zoom'"));
  CHECK(listed.out == "  1  One\n");

  const auto shot = test::run({kBinary, "--briefing", dir + "/talk.toml", "--slide", "1", "--screenshot",
                               dir + "/one.png", "--size", "640x400"});
  CHECK(shot.status == 0);  // the slide still shows, without what the data lacks
  CHECK_THAT(shot.err, Contains(dir + "/talk.toml:5: slide 1: no event 'atlantis'"));
  CHECK(std::filesystem::exists(dir + "/one.png"));

  const auto beyond = test::run({kBinary, "--briefing", dir + "/talk.toml", "--slide", "2", "--screenshot",
                                 dir + "/two.png"});
  CHECK(beyond.status == 2);
  CHECK_THAT(beyond.err, Contains("--slide 2: " + dir + "/talk.toml has 1 slide"));
  CHECK_FALSE(std::filesystem::exists(dir + "/two.png"));

  const auto missing = test::run({kBinary, "--briefing", dir + "/nothing.toml", "--list-slides"});
  CHECK(missing.status == 1);
  CHECK_THAT(missing.err, Contains(dir + "/nothing.toml"));
  test::writeFile(dir + "/broken.toml", "title = \"x\"\n[[slide]\n");
  const auto broken = test::run({kBinary, "--briefing", dir + "/broken.toml", "--list-slides"});
  CHECK(broken.status == 1);
  CHECK_THAT(broken.err, Contains(dir + "/broken.toml:2:"));
}

TEST_CASE("a presenter plays a briefing with F5 and steps it with the keys a clicker sends", "[briefing][interaction]") {
  const std::string size = "1280x720";
  // Where slide 3 puts the camera, from the command line at the same size.
  const std::string dir = test::scratchDir("e2e-briefing-play-reference");
  const auto reference = test::run({kBinary, "--briefing", bundledBriefing(), "--slide", "3", "--screenshot",
                                    dir + "/slide3.png", "--size", size, "--dump-state", dir + "/state.json"});
  REQUIRE(reference.status == 0);
  const Camera slide3 = test::cameraFromState(test::readText(dir + "/state.json"));

  test::ViewerSession viewer("e2e-briefing-play", size, {"--briefing", bundledBriefing()});
  const std::string& state = viewer.statePath;
  CHECK(test::stateField(viewer.state(), "briefing") != "null");
  CHECK(test::stateField(viewer.state(), "presenting") == "false");
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "F5"});
  CHECK(test::waitForState(state, "presenting", "true"));
  CHECK(test::waitForNumber(state, "slide", 1));
  test::waitForWidget(state, "slide/title");
  CHECK_FALSE(test::widgetRect(viewer.state(), "menu/view"));  // the slide has the screen, the menu gone
  test::xdotool({"key", "Right"});
  CHECK(test::waitForNumber(state, "slide", 2));
  test::xdotool({"key", "Next"});  // Page Down, as a clicker sends
  CHECK(test::waitForNumber(state, "slide", 3));
  // The flight ends on the slide's view.
  CHECK(test::waitForCamera(state, [&](const Camera& c) {
    return std::abs(c.centre().x - slide3.centre().x) < slide3.metresPerPixel() &&
           std::abs(c.centre().y - slide3.centre().y) < slide3.metresPerPixel() &&
           std::abs(c.metresPerPixel() / slide3.metresPerPixel() - 1) < 1e-3;
  }));
  CHECK(test::stateField(viewer.state(), "selected_event") == "\"talas-mine\"");
  test::xdotool({"key", "Prior"});  // Page Up
  CHECK(test::waitForNumber(state, "slide", 2));
  test::xdotool({"key", "End"});
  CHECK(test::waitForNumber(state, "slide", 7));
  test::xdotool({"key", "space"});  // at the end it stays
  test::xdotool({"key", "Home"});
  CHECK(test::waitForNumber(state, "slide", 1));

  // B blanks the screen; the next key brings the slide back without moving on.
  test::xdotool({"key", "b"});
  CHECK(test::waitForState(state, "blank", "true"));
  test::xdotool({"key", "Right"});
  CHECK(test::waitForState(state, "blank", "false"));
  CHECK(test::stateNumber(viewer.state(), "slide") == 1);

  // Esc ends the presentation; Shift+F5 goes on from the slide it ended on.
  test::xdotool({"key", "Right"});
  CHECK(test::waitForNumber(state, "slide", 2));
  test::xdotool({"key", "Escape"});
  CHECK(test::waitForState(state, "presenting", "false"));
  CHECK(test::waitForWidget(state, "menu/view")[1] < 10);  // the menu is back
  test::xdotool({"key", "shift+F5"});
  CHECK(test::waitForState(state, "presenting", "true"));
  CHECK(test::stateNumber(viewer.state(), "slide") == 2);
}

TEST_CASE("--export-kml writes the events shown and a briefing's tour, and replaces no other file",
          "[briefing][cli][kml]") {
  const std::string dir = test::scratchDir("e2e-briefing-kml");
  const auto tour = test::run({kBinary, "--briefing", bundledBriefing(), "--export-kml", dir + "/tour.kml"});
  REQUIRE(tour.status == 0);
  CHECK(tour.err.empty());
  const std::string kml = test::readText(dir + "/tour.kml");
  std::size_t flights = 0;
  for (std::size_t at = kml.find("<gx:FlyTo>"); at != std::string::npos; at = kml.find("<gx:FlyTo>", at + 1)) ++flights;
  CHECK(flights == 7);
  const auto read = test::run({"ogrinfo", "-ro", "-al", "-q", dir + "/tour.kml"});
  CHECK(read.status == 0);
  CHECK_THAT(read.out, Contains("Protesters storm and seize the White House"));

  // --time narrows the placemarks as it narrows everything else.
  const auto october = test::run({kBinary, "--time", "2020-10", "--export-kml", dir + "/october.kml"});
  REQUIRE(october.status == 0);
  const std::string some = test::readText(dir + "/october.kml");
  CHECK_THAT(some, !Contains("<gx:Tour>") && Contains("Kara-Keche") && !Contains("Osh city centre"));

  test::writeFile(dir + "/notes.txt", "mine\n");
  const auto refused = test::run({kBinary, "--export-kml", dir + "/notes.txt"});
  CHECK(refused.status == 1);
  CHECK_THAT(refused.err, Contains(dir + "/notes.txt: exists and is not a KML file"));
  CHECK(test::readText(dir + "/notes.txt") == "mine\n");
}

TEST_CASE("the example briefing opens from the Briefing menu, and presents from there", "[briefing][interaction]") {
  test::ViewerSession viewer("e2e-briefing-menu", "1280x720");
  const std::string& state = viewer.statePath;
  CHECK(test::stateNumber(viewer.state(), "slides") == 0);
  viewer.clickWidget("menu/briefing");
  viewer.clickWidget("menu/briefing/example");
  CHECK(test::waitForNumber(state, "slides", 7));
  CHECK(test::stateField(viewer.state(), "presenting") == "false");
  CHECK_THAT(test::stateField(viewer.state(), "notice"), Contains("F5 presents it"));
  viewer.clickWidget("menu/briefing");
  viewer.clickWidget("menu/briefing/present");
  CHECK(test::waitForState(state, "presenting", "true"));
  CHECK(test::stateNumber(viewer.state(), "slide") == 1);
}

TEST_CASE("F11 makes the window fill the screen and gives it back, and a kiosk plays by itself and waits for a touch to end",
          "[briefing][interaction][kiosk]") {
  {
    test::ViewerSession viewer("e2e-fullscreen", "900x600");
    test::xdotool({"windowfocus", "--sync", viewer.window});
    test::xdotool({"key", "F11"});
    CHECK(test::waitForState(viewer.statePath, "full_screen", "true"));
    // Xvfb's screen in these tests is 1920x1080: the map's viewport becomes all of it.
    CHECK(test::waitForCamera(viewer.statePath, [](const Camera& c) { return c.viewportWidth() == 1920; }));
    test::xdotool({"key", "F11"});
    CHECK(test::waitForState(viewer.statePath, "full_screen", "false"));
    CHECK(test::waitForCamera(viewer.statePath, [](const Camera& c) { return c.viewportWidth() == 900; }));
  }

  test::ViewerSession viewer("e2e-kiosk", "900x600",
                             {"--briefing", bundledBriefing(), "--kiosk", "--slide-seconds", "1", "--idle-seconds", "2"});
  const std::string& state = viewer.statePath;
  CHECK(test::waitForState(state, "presenting", "true"));
  CHECK(test::waitForState(state, "full_screen", "true"));
  CHECK(test::waitForNumber(state, "slide", 2));  // a second a slide
  CHECK(test::waitForNumber(state, "slide", 3));
  // A touch: the slides stop and the map is there to explore, the menu with it.
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "a"});
  CHECK(test::waitForState(state, "presenting", "false"));
  const double stoppedAt = test::stateNumber(viewer.state(), "slide");
  test::waitForWidget(state, "menu/view");
  // Left alone for two seconds, it goes on from the slide it stopped at.
  CHECK(test::waitForState(state, "presenting", "true", 6));
  CHECK(test::stateNumber(viewer.state(), "slide") == stoppedAt);
}

TEST_CASE("--export-png draws the map to hand out: its title, dates and legend, no window panels, at any size",
          "[export][screenshot]") {
  const std::string dir = test::scratchDir("e2e-export-png");
  const std::string png = dir + "/october.png";
  const auto made = test::run({kBinary, "--export-png", png, "--title", "Unrest in October 2020", "--time", "2020-10",
                               "--size", "1600x900", "--dump-state", dir + "/state.json"});
  REQUIRE(made.status == 0);
  const test::Image image = test::readPng(png);
  CHECK(image.width == 1600);
  CHECK(image.height == 900);
  const std::string json = test::readText(dir + "/state.json");
  CHECK_FALSE(test::widgetRect(json, "menu/view"));  // no menu, no events list
  CHECK_FALSE(test::widgetRect(json, "events/osh"));
  CHECK(test::widgetRect(json, "picture/legend"));
  const std::string words = ocr(png);
  INFO(words);
  CHECK_THAT(words, Contains("unrest in october 2020"));
  CHECK_THAT(words, Contains("3 of 5 events shown"));
  CHECK_THAT(words, Contains("attack on a mine") && Contains("protest") && !Contains("armed clash"));
  CHECK_THAT(words, Contains("natural earth"));

  // Twice the size for print: the text grows with it, so the title spans about twice the pixels.
  const auto big = test::run({kBinary, "--export-png", dir + "/big.png", "--title", "Unrest in October 2020", "--size",
                              "3200x1800", "--dump-state", dir + "/big.json"});
  REQUIRE(big.status == 0);
  const auto title = test::widgetRect(json, "picture/title");
  const auto bigTitle = test::widgetRect(test::readText(dir + "/big.json"), "picture/title");
  REQUIRE(title);
  REQUIRE(bigTitle);
  CHECK((*bigTitle)[2] / (*title)[2] == Approx(1.67).margin(0.2));  // 1800/1080 against 1

  test::writeFile(dir + "/notes.png", "not a picture\n");
  const auto refused = test::run({kBinary, "--export-png", dir + "/notes.png"});
  CHECK(refused.status == 1);
  CHECK_THAT(refused.err, Contains("not a PNG image; not overwriting it"));
  CHECK(test::readText(dir + "/notes.png") == "not a picture\n");
  CHECK(test::run({kBinary, "--title", "x"}).status == 2);
}

TEST_CASE("--export-geotiff writes the map alone, georeferenced so Bishkek's marker lies at Bishkek's pixel",
          "[export][geotiff]") {
  const std::string dir = test::scratchDir("e2e-geotiff");
  const std::string tif = dir + "/view.tif";
  const auto made = test::run({kBinary, "--export-geotiff", tif, "--size", "1280x720", "--dump-state", dir + "/s.json"});
  REQUIRE(made.status == 0);
  CHECK_FALSE(test::widgetRect(test::readText(dir + "/s.json"), "menu/view"));
  GDALAllRegister();
  std::unique_ptr<GDALDataset> image(GDALDataset::Open(tif.c_str(), GDAL_OF_RASTER));
  REQUIRE(image);
  REQUIRE(image->GetRasterCount() == 4);
  double gt[6] = {};
  REQUIRE(image->GetGeoTransform(gt) == CE_None);
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> toImage(OGRCreateCoordinateTransformation(&wgs84, image->GetSpatialRef()));
  REQUIRE(toImage);
  double x = kWhiteHouse.lon, y = kWhiteHouse.lat;
  REQUIRE(toImage->Transform(1, &x, &y));
  const int column = static_cast<int>((x - gt[0]) / gt[1]), row = static_cast<int>((y - gt[3]) / gt[5]);
  INFO("Bishkek at pixel " << column << ", " << row);
  REQUIRE(column > 8);
  REQUIRE(row > 8);
  // The protest marker's orange (#D55E00) within a few pixels of that spot, and nowhere near the
  // image's corner.
  std::vector<std::uint8_t> rgb(3 * 17 * 17);
  for (int band = 1; band <= 3; ++band)
    REQUIRE(image->GetRasterBand(band)->RasterIO(GF_Read, column - 8, row - 8, 17, 17, rgb.data() + (band - 1), 17, 17,
                                                 GDT_Byte, 3, 17 * 3, nullptr) == CE_None);
  int orange = 0;
  for (std::size_t i = 0; i + 2 < rgb.size(); i += 3)
    if (std::abs(rgb[i] - 0xD5) < 24 && std::abs(rgb[i + 1] - 0x5E) < 24 && rgb[i + 2] < 40) ++orange;
  CHECK(orange > 10);
}

TEST_CASE("slides are made in the window: added from the view, copied, retitled, moved, deleted, undone and saved",
          "[briefing][interaction][authoring]") {
  const std::string dir = test::scratchDir("e2e-briefing-authoring");
  const std::string path = dir + "/mine.toml";
  test::writeFile(path, test::readText(bundledBriefing()));
  test::ViewerSession viewer("e2e-briefing-authoring-viewer", "1280x720", {"--briefing", path});
  const std::string& state = viewer.statePath;
  REQUIRE(test::waitForNumber(state, "slides", 7));
  CHECK(test::stateField(viewer.state(), "unsaved") == "false");
  viewer.clickWidget("menu/briefing");
  viewer.clickWidget("menu/briefing/edit");
  test::waitForWidget(state, "slides");
  CHECK(test::stateField(viewer.state(), "editing_slides") == "true");

  // Choosing a slide shows it in the window, without presenting it.
  viewer.clickWidget("slides/row/3");
  CHECK(test::waitForNumber(state, "slide", 3));
  CHECK(test::stateField(viewer.state(), "presenting") == "false");
  CHECK(test::waitForState(state, "selected_event", "\"talas-mine\""));
  const std::string third = test::stateField(viewer.state(), "slide_title");

  viewer.clickWidget("slides/duplicate");
  CHECK(test::waitForNumber(state, "slides", 8));
  CHECK(test::stateNumber(viewer.state(), "slide") == 4);
  CHECK(test::stateField(viewer.state(), "slide_title") == third);
  CHECK(test::stateField(viewer.state(), "unsaved") == "true");

  // Typing a new title: one step to undo, however many letters.
  viewer.clickWidget("slides/title");
  REQUIRE(test::waitForState(state, "typing", "true"));
  test::pressChord("ctrl+a");
  test::xdotool({"type", "--delay", "20", "Jerooy again"});
  CHECK(test::waitForState(state, "slide_title", "\"Jerooy again\""));
  viewer.clickWidget("slides");  // out of the field
  viewer.clickWidget("slides/up");
  CHECK(test::waitForNumber(state, "slide", 3));
  CHECK(test::stateField(viewer.state(), "slide_title") == "\"Jerooy again\"");

  viewer.clickWidget("menu/edit");
  viewer.clickWidget("menu/edit/undo");  // the move
  CHECK(test::waitForNumber(state, "slide", 4));
  viewer.clickWidget("menu/edit");
  viewer.clickWidget("menu/edit/undo");  // the title, all of it
  CHECK(test::waitForState(state, "slide_title", third));
  viewer.clickWidget("menu/edit");
  viewer.clickWidget("menu/edit/undo");  // the copy
  CHECK(test::waitForNumber(state, "slides", 7));
  CHECK(test::stateField(viewer.state(), "unsaved") == "false");  // back as it was saved
  viewer.clickWidget("menu/edit");
  viewer.clickWidget("menu/edit/redo");
  CHECK(test::waitForNumber(state, "slides", 8));

  viewer.clickWidget("slides/delete");
  CHECK(test::waitForNumber(state, "slides", 7));
  // The view as it is now, after the slide shown.
  viewer.clickWidget("slides/row/1");
  CHECK(test::waitForNumber(state, "slide", 1));
  viewer.clickWidget("slides/add");
  CHECK(test::waitForNumber(state, "slides", 8));
  CHECK(test::stateNumber(viewer.state(), "slide") == 2);
  CHECK(test::stateField(viewer.state(), "unsaved") == "true");

  // Ctrl+S writes the file: read back, it has the new slide.
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "ctrl+s"});
  CHECK(test::waitForState(state, "unsaved", "false"));
  const auto listed = test::run({kBinary, "--briefing", path, "--list-slides"});
  REQUIRE(listed.status == 0);
  CHECK_THAT(listed.out, Contains("  2  Slide 8") && Contains("  8  All five events"));
  CHECK(listed.err.empty());

  // Closing with unsaved changes asks; Cancel keeps the window, Don't save closes and leaves the file.
  const std::string saved = test::readText(path);
  viewer.clickWidget("slides/down");
  CHECK(test::waitForState(state, "unsaved", "true"));
  test::xdotool({"key", "ctrl+q"});
  CHECK(test::waitForState(state, "asking", "\"unsaved\""));
  viewer.clickWidget("unsaved/cancel");
  CHECK(test::waitForState(state, "asking", "null"));
  CHECK(viewer.app.running());
  test::xdotool({"key", "ctrl+q"});
  CHECK(test::waitForState(state, "asking", "\"unsaved\""));
  viewer.clickWidget("unsaved/discard");
  const auto finished = viewer.app.finish(10);
  REQUIRE(finished);
  CHECK(finished->status == 0);
  CHECK(test::readText(path) == saved);
}

TEST_CASE("Save As asks for a file, asks before replacing one, and never writes over a file that is not a briefing",
          "[briefing][interaction][authoring]") {
  const std::string dir = test::scratchDir("e2e-briefing-save-as");
  test::writeFile(dir + "/notes.toml", "my own notes, not a briefing\n");
  test::ViewerSession viewer("e2e-briefing-save-as-viewer", "1280x720", {"--event", "osh"});
  const std::string& state = viewer.statePath;
  viewer.clickWidget("menu/briefing");
  viewer.clickWidget("menu/briefing/new");
  test::waitForWidget(state, "slides");
  viewer.clickWidget("slides/add");
  CHECK(test::waitForNumber(state, "slides", 1));
  CHECK(test::stateField(viewer.state(), "unsaved") == "true");
  CHECK(test::stateField(viewer.state(), "slide_title") != "\"Slide 1\"");  // the event's title

  // A briefing never saved: Ctrl+S asks where.
  test::xdotool({"windowfocus", "--sync", viewer.window});
  viewer.clickWidget("slides");
  test::xdotool({"key", "ctrl+s"});
  CHECK(test::waitForState(state, "asking", "\"save-as\""));
  test::waitForWidget(state, "save-as/path");
  REQUIRE(test::waitForState(state, "typing", "true"));  // the field has the keyboard from the start
  test::pressChord("ctrl+a");
  test::xdotool({"type", "--delay", "10", dir + "/notes.toml"});
  test::pressChord("Return");
  CHECK(test::waitForState(state, "asking", "\"replace\""));
  viewer.clickWidget("replace/yes");
  // Refused all the same: it is not a briefing.
  CHECK(test::waitForState(state, "asking", "null"));
  CHECK(test::readText(dir + "/notes.toml") == "my own notes, not a briefing\n");
  CHECK(test::stateField(viewer.state(), "unsaved") == "true");
  CHECK_THAT(viewer.app.errorOutput(), Contains(dir + "/notes.toml: is there and is not a briefing"));

  viewer.clickWidget("slides/save-as");
  test::waitForWidget(state, "save-as/path");
  REQUIRE(test::waitForState(state, "typing", "true"));
  test::pressChord("ctrl+a");
  test::xdotool({"type", "--delay", "10", dir + "/osh"});  // .toml is added
  viewer.clickWidget("save-as/save");
  CHECK(test::waitForState(state, "unsaved", "false"));
  CHECK(test::stateField(viewer.state(), "briefing") == "\"" + dir + "/osh.toml\"");
  const auto listed = test::run({kBinary, "--briefing", dir + "/osh.toml", "--list-slides"});
  REQUIRE(listed.status == 0);
  CHECK(listed.err.empty());
  CHECK_THAT(listed.out, Contains("  1  "));
}

TEST_CASE("the presenter's window shows the notes, the next slide and the time, and its keys step the slides",
          "[briefing][interaction][presenter]") {
  // The screen has room for both side by side: the presenter's window opens beside the map's.
  test::ViewerSession viewer("e2e-presenter", "800x600", {"--briefing", bundledBriefing(), "--presenter"});
  const std::string& state = viewer.statePath;
  REQUIRE(test::waitForState(state, "presenter_view", "true"));
  test::waitForWidget(state, "presenter/notes");
  const std::string found = test::xdotool({"search", "--sync", "--name", "^kgatlas presenter$"});
  const std::string presenter = found.substr(0, found.find('\n'));
  REQUIRE_FALSE(presenter.empty());
  CHECK(presenter != viewer.window);

  // Keys pressed in the presenter's window, as a clicker plugged into the laptop sends them.
  test::xdotool({"windowfocus", "--sync", presenter});
  test::xdotool({"key", "F5"});
  CHECK(test::waitForState(state, "presenting", "true"));
  CHECK(test::waitForNumber(state, "slide", 1));
  test::xdotool({"key", "Right"});
  CHECK(test::waitForNumber(state, "slide", 2));
  test::xdotool({"key", "Next"});
  CHECK(test::waitForNumber(state, "slide", 3));
  test::xdotool({"key", "Left"});
  CHECK(test::waitForNumber(state, "slide", 2));
  test::waitForWidget(state, "presenter/next");  // the next slide's picture
  test::waitForWidget(state, "presenter/current");
  // The map window shows the slide for the room; the notes are only in the presenter's window.
  CHECK(test::widgetRect(viewer.state(), "slide/title"));
  CHECK_FALSE(test::widgetRect(viewer.state(), "slide/notes"));

  test::xdotool({"key", "b"});
  CHECK(test::waitForState(state, "blank", "true"));
  test::xdotool({"key", "space"});
  CHECK(test::waitForState(state, "blank", "false"));
  CHECK(test::stateNumber(viewer.state(), "slide") == 2);
  test::xdotool({"key", "Escape"});
  CHECK(test::waitForState(state, "presenting", "false"));

  // Closed from the map window's menu: the window goes, the map stays.
  viewer.clickWidget("menu/briefing");
  viewer.clickWidget("menu/briefing/presenter");
  CHECK(test::waitForState(state, "presenter_view", "false"));
  for (int i = 0; i < 50 && !test::run({"xdotool", "search", "--name", "^kgatlas presenter$"}).out.empty(); ++i)
    test::sleepMs(100);
  CHECK(test::run({"xdotool", "search", "--name", "^kgatlas presenter$"}).out.empty());
  CHECK(viewer.app.running());
}

TEST_CASE("File > Export writes a picture and the events shown from the window, asking before replacing a file",
          "[export][interaction]") {
  const std::string dir = test::scratchDir("e2e-export-window");
  test::writeFile(dir + "/mine.png", "not a picture\n");
  test::ViewerSession viewer("e2e-export-window-viewer", "1280x720", {"--time", "2020-10"});
  const std::string& state = viewer.statePath;
  viewer.clickWidget("menu/file");
  viewer.clickWidget("menu/file/export");
  test::waitForWidget(state, "export");
  viewer.clickWidget("export/picture");
  viewer.clickWidget("export/size/1280");
  const auto typePath = [&](const std::string& path) {
    viewer.clickWidget("export/path");
    REQUIRE(test::waitForState(state, "typing", "true"));
    test::pressChord("ctrl+a");
    test::xdotool({"type", "--delay", "10", path});
    viewer.clickWidget("export");  // out of the field
  };
  typePath(dir + "/october.png");
  viewer.clickWidget("export/go");
  CHECK(test::waitForState(state, "export_outcome", "\"Wrote " + dir + "/october.png\"", 30));
  const test::Image image = test::readPng(dir + "/october.png");
  CHECK(image.width == 1280);
  CHECK(image.height == 720);
  const std::string words = ocr(dir + "/october.png");
  INFO(words);
  CHECK_THAT(words, Contains("events on the map") && Contains("3 of 5 events shown") && Contains("natural earth"));
  // The window is as it was: its menu and its size.
  CHECK(test::widgetRect(viewer.state(), "menu/view"));
  CHECK(viewer.camera().viewportWidth() == 1280);

  // For print: twice the size, its text drawn at twice the size from fonts made at that scale;
  // afterwards the window's own text is as it was.
  const auto menuBefore = test::widgetRect(viewer.state(), "menu/view");
  REQUIRE(menuBefore);
  viewer.clickWidget("export/size/3840");
  typePath(dir + "/print.png");
  viewer.clickWidget("export/go");
  CHECK(test::waitForState(state, "export_outcome", "\"Wrote " + dir + "/print.png\"", 60));
  const test::Image print = test::readPng(dir + "/print.png");
  CHECK(print.width == 3840);
  CHECK(print.height == 2160);
  const std::string printWords = ocr(dir + "/print.png");
  INFO(printWords);
  CHECK_THAT(printWords, Contains("events on the map") && Contains("natural earth"));
  const auto menuAfter = test::widgetRect(viewer.state(), "menu/view");
  REQUIRE(menuAfter);
  CHECK((*menuAfter)[2] == Approx((*menuBefore)[2]).margin(1));
  CHECK((*menuAfter)[3] == Approx((*menuBefore)[3]).margin(1));

  // The events shown, as a GeoPackage: the name follows the kind.
  viewer.clickWidget("export/gpkg");
  viewer.clickWidget("export/go");
  CHECK(test::waitForState(state, "export_outcome", "\"Wrote " + dir + "/print.gpkg\"", 30));
  GDALAllRegister();
  {
    std::unique_ptr<GDALDataset> gpkg(GDALDataset::Open((dir + "/print.gpkg").c_str(), GDAL_OF_VECTOR));
    REQUIRE(gpkg);
    CHECK(gpkg->GetLayer(0)->GetFeatureCount() == 3);
  }
  // Again: it asks first.
  viewer.clickWidget("export/go");
  test::waitForWidget(state, "export-replace");
  viewer.clickWidget("export-replace/yes");
  CHECK(test::waitForState(state, "exporting", "false"));

  // A file that is not a PNG is refused, with the reason in the dialog; the file is as it was.
  viewer.clickWidget("export/picture");
  typePath(dir + "/mine.png");
  viewer.clickWidget("export/go");
  viewer.clickWidget("export-replace/yes");
  CHECK(test::waitForState(state, "export_outcome",
                           "\"" + dir + "/mine.png: exists and is not a PNG image; not overwriting it\"", 30));
  CHECK(test::readText(dir + "/mine.png") == "not a picture\n");
}
