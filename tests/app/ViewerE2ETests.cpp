// The real kgatlas binary under Xvfb: command line, screenshots, and a person's mouse and
// keyboard through xdotool, checked against the state the app dumps and the pixels it writes.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <regex>

#include "core/view/Camera.h"
#include "core/view/Palette.h"
#include "support/Image.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;
using test::kBinary;
using test::xdotool;

namespace {

int oneLine(const std::string& text) { return static_cast<int>(std::count(text.begin(), text.end(), '\n')); }

}  // namespace

TEST_CASE("--help and --version answer and exit 0", "[cli]") {
  const auto help = test::run({kBinary, "--help"});
  CHECK(help.status == 0);
  CHECK_THAT(help.out, Contains("--screenshot") && Contains("--boundaries") && Contains("--lang"));
  const auto version = test::run({kBinary, "--version"});
  CHECK(version.status == 0);
  CHECK_THAT(version.out, Contains("kgatlas"));
}

TEST_CASE("a bad argument prints one line naming it and exits non-zero", "[cli]") {
  const auto r = test::run({kBinary, "--size", "huge"});
  CHECK(r.status != 0);
  CHECK(oneLine(r.err) == 1);
  CHECK_THAT(r.err, Contains("--size") && Contains("huge"));
}

TEST_CASE("bad boundary files print one line naming the file and exit non-zero", "[cli][bad-input]") {
  const std::string dir = test::scratchDir("e2e-bad");
  const std::string empty = dir + "/empty.gpkg", points = dir + "/points.geojson";
  test::writeFile(empty, "");
  test::writeFile(points, R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
    "geometry":{"type":"Point","coordinates":[74.6,42.87]}}]})");
  for (const std::string& path : {dir + "/missing.gpkg", empty, points}) {
    const auto r = test::run({kBinary, "--boundaries", path, "--screenshot", dir + "/never.png"});
    INFO(r.err);
    CHECK(r.status != 0);
    CHECK(oneLine(r.err) == 1);
    CHECK_THAT(r.err, Contains(path));
    CHECK_FALSE(std::filesystem::exists(dir + "/never.png"));
  }
}

TEST_CASE("without a display the viewer says so and exits non-zero", "[cli]") {
  const auto r = test::run({kBinary}, {"DISPLAY", "WAYLAND_DISPLAY"});
  CHECK(r.status != 0);
  CHECK_THAT(r.err, Contains("DISPLAY"));
}

TEST_CASE("an unreadable font is named in the error", "[cli][bad-input]") {
  const std::string dir = test::scratchDir("e2e-font");
  test::writeFile(dir + "/broken.ttf", "not a font at all");
  const auto r = test::run({kBinary, "--font", dir + "/broken.ttf", "--screenshot", dir + "/x.png"});
  CHECK(r.status != 0);
  CHECK_THAT(r.err, Contains(dir + "/broken.ttf"));
}

TEST_CASE("--screenshot writes the requested size with each region in its colour", "[screenshot]") {
  const std::string dir = test::scratchDir("e2e-shot");
  const std::string png = dir + "/out.png", state = dir + "/state.json";
  const auto r = test::run({kBinary, "--screenshot", png, "--size", "1600x1000", "--dump-state", state});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const test::Image image = test::readPng(png);
  REQUIRE(image.width == 1600);
  REQUIRE(image.height == 1000);
  const Camera camera = test::cameraFromState(test::readText(state));
  // Naryn town and a spot in Osh Region away from every marker: the pixel is a region colour
  // from the palette (labels may sit nearby, so look at a small neighbourhood for the fill).
  for (GeoPoint g : {test::kNarynTown, GeoPoint{39.9, 73.6}}) {
    const ScreenPoint p = camera.geoToScreen(g);
    bool found = false;
    for (int dy = -6; dy <= 6 && !found; ++dy) {
      const auto px = image.rgb(static_cast<int>(p.x), static_cast<int>(p.y) + dy);
      for (const Rgba& c : kRegionPalette) found = found || (px[0] == c.r && px[1] == c.g && px[2] == c.b);
    }
    CHECK(found);
  }
  // The Osh event's marker (an armed clash: a blue diamond 21 px across, 2 px of white outline) is
  // drawn at Osh city: its middle is blue, and the blue is the size of the diamond's inside.
  const ScreenPoint osh = camera.geoToScreen(test::kOshCity);
  auto blue = [&](int x, int y) {
    const auto c = image.rgb(x, y);
    return std::abs(c[0] - 0x00) + std::abs(c[1] - 0x72) + std::abs(c[2] - 0xB2) < 24;
  };
  int middle = 0, all = 0;
  for (int dy = -15; dy <= 15; ++dy)
    for (int dx = -15; dx <= 15; ++dx) {
      const bool b = blue(static_cast<int>(osh.x) + dx, static_cast<int>(osh.y) + dy);
      all += b;
      middle += b && std::abs(dx) + std::abs(dy) <= 4;
    }
  INFO(all << " blue pixels around Osh");
  CHECK(middle == 41);  // every pixel within 4 steps of the middle
  CHECK(all > 70);
  CHECK(all < 200);
}

TEST_CASE("--dump-state never overwrites a file it did not write", "[cli][bad-input]") {
  const std::string dir = test::scratchDir("e2e-keep-state");
  test::writeFile(dir + "/plan.json", "{\"lesson\": 3}");
  const auto r = test::run({kBinary, "--dump-state", dir + "/plan.json", "--screenshot", dir + "/x.png"});
  CHECK(r.status != 0);
  CHECK_THAT(r.err, Contains(dir + "/plan.json"));
  CHECK(test::readText(dir + "/plan.json") == "{\"lesson\": 3}");
}

TEST_CASE("--dump-state into a folder that does not exist is refused with its path", "[cli][bad-input]") {
  const std::string dir = test::scratchDir("e2e-state-nowhere");
  const std::string path = dir + "/missing/state.json";
  const auto r = test::run({kBinary, "--dump-state", path, "--screenshot", dir + "/x.png"});
  CHECK(r.status != 0);
  CHECK(oneLine(r.err) == 1);
  CHECK_THAT(r.err, Contains(path) && Contains("cannot write"));
  CHECK_FALSE(std::filesystem::exists(dir + "/x.png"));
}

TEST_CASE("--screenshot never overwrites a file that is not a PNG", "[screenshot][bad-input]") {
  const std::string dir = test::scratchDir("e2e-keep");
  const std::string notes = dir + "/notes.txt";
  test::writeFile(notes, "my lesson notes");
  const auto r = test::run({kBinary, "--screenshot", notes});
  CHECK(r.status != 0);
  CHECK_THAT(r.err, Contains(notes));
  CHECK(test::readText(notes) == "my lesson notes");
}

TEST_CASE("a person hovers, clicks, zooms and pans the real window", "[interaction]") {
  test::ViewerSession viewer("e2e-click", "1000x700");
  const std::string& state = viewer.statePath;
  const std::string& id = viewer.window;
  const Camera camera = viewer.firstCamera;

  // Click on Naryn town: the region is selected.
  const ScreenPoint naryn = camera.geoToScreen(test::kNarynTown);
  viewer.moveTo(naryn);
  REQUIRE(test::waitForFile(state, [](const std::string& s) { return s.find("\"hovered\": \"KG-N\"") != std::string::npos; }, 10));
  // The status bar's coordinates are those under the pointer.
  const GeoPoint under = viewer.camera().screenToGeo({std::round(naryn.x), std::round(naryn.y)});
  std::smatch cursor;
  const std::string hovering = viewer.state();
  REQUIRE(std::regex_search(hovering, cursor, std::regex("\"cursor\": \\[([-0-9.]+), ([-0-9.]+)\\]")));
  CHECK(std::stod(cursor[1]) == Approx(under.lat).margin(1e-4));
  CHECK(std::stod(cursor[2]) == Approx(under.lon).margin(1e-4));
  xdotool({"click", "1"});
  CHECK(test::waitForFile(state, [](const std::string& s) { return s.find("\"selected\": \"KG-N\"") != std::string::npos; }, 10));
  // Esc clears it; a second click selects it again.
  xdotool({"windowfocus", "--sync", id});
  xdotool({"key", "Escape"});
  CHECK(test::waitForState(state, "selected", "null"));
  viewer.clickAt(naryn);
  CHECK(test::waitForState(state, "selected", "\"KG-N\""));

  // Click in China: nothing is selected.
  const ScreenPoint china = camera.geoToScreen({40.0, 77.5});
  viewer.clickAt(china);
  CHECK(test::waitForFile(state, [](const std::string& s) { return s.find("\"selected\": null") != std::string::npos; }, 10));

  // The minus key zooms out, Home brings back the first view.
  const double firstScale = camera.metresPerPixel();
  xdotool({"windowfocus", "--sync", id});
  xdotool({"key", "minus"});
  CHECK(test::waitForNumber(state, "metres_per_pixel", firstScale * 1.5));
  xdotool({"key", "Home"});
  CHECK(test::waitForNumber(state, "metres_per_pixel", firstScale));

  // A drag right and down moves the map with the pointer, both ways, and selects nothing: the
  // place that was under the pointer when the button went down (Naryn town) is under it where the
  // button comes up.
  REQUIRE(test::waitForState(state, "flying", "false"));
  const ScreenPoint from{std::round(naryn.x), std::round(naryn.y)}, to{from.x + 100, from.y + 60};
  const MapPoint grabbed = viewer.camera().screenToMap(from);
  viewer.moveTo(from);
  xdotool({"mousedown", "1"});
  REQUIRE(test::waitForState(state, "pointer_down", "true"));  // pressed where it started
  for (int step = 1; step <= 5; ++step) viewer.moveTo({from.x + step * 20, from.y + step * 12});
  xdotool({"mouseup", "1"});
  REQUIRE(test::waitForState(state, "pointer_down", "false"));
  const bool followed = test::waitForCamera(state, [&](const Camera& c) {
    const ScreenPoint p = c.mapToScreen(grabbed);
    return std::abs(p.x - to.x) < 1 && std::abs(p.y - to.y) < 1;
  });
  INFO("the grabbed point is now at " << viewer.camera().mapToScreen(grabbed).x << ", "
                                      << viewer.camera().mapToScreen(grabbed).y << " (the pointer is at " << to.x
                                      << ", " << to.y << ")");
  CHECK(followed);
  // The button came up over Naryn, which a click there would have selected: a drag is no click.
  CHECK(test::stateField(viewer.state(), "hovered") == "\"KG-N\"");
  CHECK(test::stateField(viewer.state(), "selected") == "null");

  // The arrow keys pan by 120 px: Up brings more of the north into view (the map moves down),
  // Left more of the west (it moves right).
  const Camera beforeKeys = viewer.camera();
  const double step = 120 * beforeKeys.metresPerPixel();
  xdotool({"key", "Up"});
  CHECK(test::waitForCamera(state, [&](const Camera& c) {
    return std::abs(c.centre().y - (beforeKeys.centre().y + step)) < 0.01 * step && c.centre().x == beforeKeys.centre().x;
  }));
  xdotool({"key", "Left"});
  CHECK(test::waitForCamera(state, [&](const Camera& c) {
    return std::abs(c.centre().x - (beforeKeys.centre().x - step)) < 0.01 * step;
  }));
  xdotool({"key", "Down", "key", "Right"});
  CHECK(test::waitForCamera(state, [&](const Camera& c) {
    return std::abs(c.centre().x - beforeKeys.centre().x) < 0.01 * step &&
           std::abs(c.centre().y - beforeKeys.centre().y) < 0.01 * step;
  }));
  CHECK(test::stateField(viewer.state(), "selected") == "null");
}

TEST_CASE("the wheel zooms toward the pointer and the window can be resized", "[interaction]") {
  test::ViewerSession viewer("e2e-wheel", "1000x700");
  const Camera before = viewer.firstCamera;
  const ScreenPoint pointer{640, 450};
  const GeoPoint under = before.screenToGeo(pointer);
  viewer.moveTo(pointer);
  xdotool({"click", "4"});  // wheel up
  REQUIRE(test::waitForNumber(viewer.statePath, "metres_per_pixel", before.metresPerPixel() / 1.25));
  const Camera after = viewer.camera();
  CHECK(after.metresPerPixel() == Approx(before.metresPerPixel() / 1.25));
  const ScreenPoint same = after.geoToScreen(under);
  CHECK(same.x == Approx(pointer.x).margin(0.5));
  CHECK(same.y == Approx(pointer.y).margin(0.5));

  // A smaller window keeps the same ground in view: the same centre, and everything that was
  // visible still is (the side that shrank most decides the new scale).
  xdotool({"windowsize", viewer.window, "800", "600"});
  REQUIRE(test::waitForFile(viewer.statePath, [](const std::string& s) { return s.find("\"viewport\": [800, 600]") != std::string::npos; }, 10));
  const Camera resized = viewer.camera();
  CHECK(resized.centre().x == Approx(after.centre().x).margin(0.01));
  CHECK(resized.centre().y == Approx(after.centre().y).margin(0.01));
  CHECK(resized.metresPerPixel() == Approx(after.metresPerPixel() * std::max(1000 / 800.0, 700 / 600.0)));
  const Bounds was = after.visibleBounds(), now = resized.visibleBounds();
  CHECK(now.minX <= was.minX + 1e-3);
  CHECK(now.maxX >= was.maxX - 1e-3);
  CHECK(now.minY <= was.minY + 1e-3);
  CHECK(now.maxY >= was.maxY - 1e-3);
}

TEST_CASE("the label language is switched from the View menu", "[interaction]") {
  test::ViewerSession viewer("e2e-language", "1000x700");
  CHECK(test::stateField(viewer.state(), "language") == "\"en\"");
  // View, then Labels (its submenu opens on hover), then Кыргызча: found by name, as a person
  // finds them by reading.
  test::clickWidget(viewer.window, viewer.statePath, "menu/view");
  test::hoverWidget(viewer.window, viewer.statePath, "menu/view/labels");
  test::clickWidget(viewer.window, viewer.statePath, "menu/view/labels/ky");
  CHECK(test::waitForState(viewer.statePath, "language", "\"ky\""));
}

namespace {
// Width in pixels of the run of the armed-clash blue through (x, y), left and right.
int blueRunWidth(const test::Image& image, int x, int y) {
  auto blue = [&](int px) {
    const auto c = image.rgb(px, y);
    return std::abs(c[0] - 0x00) + std::abs(c[1] - 0x72) + std::abs(c[2] - 0xB2) < 40;
  };
  int left = x, right = x;
  while (left > 0 && blue(left - 1)) --left;
  while (right + 1 < image.width && blue(right + 1)) ++right;
  return right - left + 1;
}
}  // namespace

TEST_CASE("on a 192-dpi screen text, lines and markers are drawn twice as large", "[hidpi]") {
  const std::string dir = test::scratchDir("e2e-hidpi");
  auto shoot = [&](const std::string& name) {
    const auto r = test::run({kBinary, "--screenshot", dir + "/" + name + ".png", "--size", "1200x800", "--dump-state",
                              dir + "/" + name + ".json"});
    INFO(r.err);
    REQUIRE(r.status == 0);
    const std::string state = test::readText(dir + "/" + name + ".json");
    const ScreenPoint osh = test::cameraFromState(state).geoToScreen(test::kOshCity);
    return std::pair{test::stateNumber(state, "ui_scale"),
                     blueRunWidth(test::readPng(dir + "/" + name + ".png"), static_cast<int>(osh.x), static_cast<int>(osh.y))};
  };
  const auto [normalScale, normalWidth] = shoot("96dpi");
  CHECK(normalScale == Approx(1));
  test::writeFile(dir + "/resources", "Xft.dpi: 192\n");
  REQUIRE(test::run({"xrdb", "-nocpp", "-merge", dir + "/resources"}).status == 0);
  const auto [highScale, highWidth] = shoot("192dpi");
  test::run({"xrdb", "-nocpp", "-remove"});
  CHECK(highScale == Approx(2));
  INFO("marker width at 96 dpi " << normalWidth << " px, at 192 dpi " << highWidth << " px");
  CHECK(normalWidth >= 8);
  CHECK(highWidth == Approx(2.0 * normalWidth).epsilon(0.2));
}

TEST_CASE("Ctrl+Z and the Edit menu undo and redo a selection and a view", "[interaction][undo]") {
  test::ViewerSession viewer("e2e-undo", "1000x700");
  const std::string& state = viewer.statePath;
  viewer.clickAt(viewer.firstCamera.geoToScreen(test::kNarynTown));
  REQUIRE(test::waitForState(state, "selected", "\"KG-N\""));
  xdotool({"windowfocus", "--sync", viewer.window});
  xdotool({"key", "minus"});
  const double firstScale = viewer.firstCamera.metresPerPixel();
  REQUIRE(test::waitForNumber(state, "metres_per_pixel", firstScale * 1.5));

  xdotool({"key", "ctrl+z"});  // the zoom
  CHECK(test::waitForNumber(state, "metres_per_pixel", firstScale));
  CHECK(test::stateField(viewer.state(), "selected") == "\"KG-N\"");
  xdotool({"key", "ctrl+z"});  // the selection
  CHECK(test::waitForState(state, "selected", "null"));
  xdotool({"key", "ctrl+shift+z"});
  CHECK(test::waitForState(state, "selected", "\"KG-N\""));

  viewer.clickWidget("menu/edit");
  viewer.clickWidget("menu/edit/undo");
  CHECK(test::waitForState(state, "selected", "null"));
  CHECK(viewer.app.running());
}

namespace {

// A region's bounding box on screen, clipped to the image.
struct PixelBox {
  int x0, y0, x1, y1;
};
PixelBox screenBox(const test::Image& image, const Camera& camera, const Feature& region) {
  const ScreenPoint a = camera.mapToScreen({region.bounds.minX, region.bounds.maxY});
  const ScreenPoint b = camera.mapToScreen({region.bounds.maxX, region.bounds.minY});
  return {std::max(0, static_cast<int>(a.x)), std::max(0, static_cast<int>(a.y)),
          std::min(image.width - 1, static_cast<int>(b.x)), std::min(image.height - 1, static_cast<int>(b.y))};
}

// How many pixels in the box are within `tolerance` of the colour on every channel.
int countColour(const test::Image& image, const PixelBox& box, Rgba colour, int tolerance) {
  int n = 0;
  for (int y = box.y0; y <= box.y1; ++y)
    for (int x = box.x0; x <= box.x1; ++x) {
      const auto p = image.rgb(x, y);
      n += std::abs(p[0] - colour.r) <= tolerance && std::abs(p[1] - colour.g) <= tolerance &&
           std::abs(p[2] - colour.b) <= tolerance;
    }
  return n;
}

struct Shot {
  test::Image image;
  Camera camera;
};
Shot screenshot(const std::string& dir, const std::string& name, const std::vector<std::string>& options) {
  std::vector<std::string> args{kBinary, "--screenshot", dir + "/" + name + ".png", "--size", "1400x900",
                                "--dump-state", dir + "/" + name + ".json"};
  args.insert(args.end(), options.begin(), options.end());
  const auto r = test::run(args);
  INFO(r.err);
  REQUIRE(r.status == 0);
  return {test::readPng(dir + "/" + name + ".png"), test::cameraFromState(test::readText(dir + "/" + name + ".json"))};
}

}  // namespace

TEST_CASE("region labels are drawn in the language asked for", "[screenshot][labels]") {
  // The labels' ink (near-black, darker than any border line) over Ysyk-Köl and Naryn: the Russian
  // names ("Иссык-Кульская область", "Нарынская область") are far longer than the English ones.
  const std::string dir = test::scratchDir("e2e-label-language");
  const BoundaryData& data = test::bundled();
  auto ink = [&](const Shot& shot) {
    int n = 0;
    for (const char* iso : {"KG-Y", "KG-N"})
      n += countColour(shot.image, screenBox(shot.image, shot.camera, data.regions[data.findRegion(iso)]),
                       Rgba{0x22, 0x22, 0x22, 0xFF}, 0x16);
    return n;
  };
  // The towns' and peaks' names are near-black too: off, so the regions' names are what is counted.
  const int english = ink(screenshot(dir, "en", {"--lang", "en", "--hide", "towns,peaks"}));
  const int russian = ink(screenshot(dir, "ru", {"--lang", "ru", "--hide", "towns,peaks"}));
  INFO("ink pixels: English " << english << ", Russian " << russian);
  CHECK(english > 150);
  CHECK(russian > english * 1.25);
}

TEST_CASE("the selected region is outlined in the selection blue, and only while selected", "[screenshot]") {
  const std::string dir = test::scratchDir("e2e-selection-outline");
  const BoundaryData& data = test::bundled();
  const Feature& naryn = data.regions[data.findRegion("KG-N")];
  const Rgba blue{0x1B, 0x3A, 0x6B, 0xFF};
  // Without the water's names and lines, whose dark blue is near the selection's.
  const Shot plain = screenshot(dir, "plain", {"--hide", "water,rivers"});
  const Shot selected = screenshot(dir, "selected", {"--select", "KG-N", "--hide", "water,rivers"});
  const int before = countColour(plain.image, screenBox(plain.image, plain.camera, naryn), blue, 24);
  const int after = countColour(selected.image, screenBox(selected.image, selected.camera, naryn), blue, 24);
  INFO("selection-blue pixels over Naryn: " << before << " unselected, " << after << " selected");
  CHECK(before < 20);
  CHECK(after > 400);
}
