// Events through the real binary: the listing and printing commands, and a person clicking
// markers, regions and stepping through events in the Xvfb window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <sstream>

#include "core/story/TextMatch.h"

#include "support/EventRows.h"
#include "support/Image.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;
using test::kBinary;
using test::splitTabs;


TEST_CASE("--list-events prints one tab-separated line per event in time order", "[cli][events]") {
  const auto r = test::run({kBinary, "--list-events"});
  REQUIRE(r.status == 0);
  std::stringstream in(r.out);
  std::string line;
  std::vector<std::vector<std::string>> rows;
  while (std::getline(in, line)) rows.push_back(splitTabs(line));
  REQUIRE(rows.size() == 5);
  for (const auto& row : rows) CHECK(row.size() == 6);
  CHECK(rows[0] == std::vector<std::string>{"osh", "2010-06", "40.5300", "72.8000", "KG-O",
                                            "Ethnic violence between Kyrgyz and Uzbek communities in Osh"});
  CHECK(rows[1][0] == "koy-tash");
  CHECK(rows[1][1] == "2019-08-07/2019-08-08");
  CHECK(rows[2][0] == "bishkek-white-house");
  CHECK(rows[2][4] == "KG-GB");
  CHECK(rows[4][0] == "naryn-coal-mine");
  CHECK(rows[4][2] == "41.7100");
  CHECK(rows[4][3] == "74.7600");
}

TEST_CASE("--print-passages prints each passage followed by its source", "[cli][events]") {
  const auto r = test::run({kBinary, "--print-passages", "naryn-coal-mine"});
  REQUIRE(r.status == 0);
  CHECK_THAT(r.out, Contains("On the same day, an enterprise that controls a vast coal mine in Naryn region said that "
                             "their mine had been seized and their offices robbed by a criminal gang.\n"
                             "— “Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos” — The Moscow Times"));
  const auto koyTash = test::run({kBinary, "--print-passages", "koy-tash"});
  REQUIRE(koyTash.status == 0);
  CHECK_THAT(koyTash.out, Contains("in the village of Koy-Tash") && Contains("— “The storming of the residence"));
}

TEST_CASE("an unknown event id lists the known ids and exits non-zero", "[cli][events][bad-input]") {
  for (const char* option : {"--print-passages", "--event"}) {
    const auto r = test::run({kBinary, option, "bishkek"});
    CHECK(r.status != 0);
    CHECK_THAT(r.err, Contains("unknown event 'bishkek'") && Contains("bishkek-white-house") && Contains("osh"));
  }
}

TEST_CASE("a bad --events file is reported with its name and the viewer still runs", "[cli][events][bad-input]") {
  const std::string dir = test::scratchDir("e2e-events");
  test::writeFile(dir + "/events.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"id":"x","title":"T","date":"someday","kind":"protest","radius_km":1},
     "geometry":{"type":"Point","coordinates":[74.6,42.87]}}]})");
  const auto r = test::run({kBinary, "--events", dir + "/events.geojson", "--list-events"});
  CHECK(r.status == 0);
  CHECK(std::count(r.out.begin(), r.out.end(), '\n') == 5);  // the bundled layer, without the bad event
  CHECK_THAT(r.out, !Contains("\nx\t"));
  CHECK_THAT(r.err, Contains(dir + "/events.geojson") && Contains("bad date 'someday'"));
  // The window opens anyway and counts the problems in its status bar, not only on the terminal.
  const auto shot = test::run({kBinary, "--events", dir + "/events.geojson", "--screenshot", dir + "/shot.png",
                               "--dump-state", dir + "/state.json"});
  CHECK(shot.status == 0);
  const std::string json = test::readText(dir + "/state.json");
  CHECK(test::stateNumber(json, "problems") >= 1);
  const auto count = test::widgetRect(json, "problems");
  REQUIRE(count);
  CHECK((*count)[1] > 300);  // at the foot of the window, not over the map
}

TEST_CASE("problems are counted in the status bar, off the map; a click lists them and Close folds them away",
          "[interaction][events][bad-input]") {
  const std::string dir = test::scratchDir("e2e-problems-data");
  std::string rows = R"({"type":"FeatureCollection","features":[)";
  for (int i = 0; i < 6; ++i)  // six events with dates nobody can read: six problems
    rows += std::string(i ? "," : "") + R"({"type":"Feature","properties":{"id":"bad)" + std::to_string(i) +
            R"(","title":"T","date":"someday"},"geometry":{"type":"Point","coordinates":[74.6,42.87]}})";
  test::writeFile(dir + "/events.geojson", rows + "]}");
  test::ViewerSession viewer("e2e-problems", "1200x800", {"--events", dir + "/events.geojson"});
  const std::string& state = viewer.statePath;
  test::waitForWidget(state, "problems");
  CHECK(test::stateNumber(viewer.state(), "problems") == 6);
  CHECK(test::stateNumber(viewer.state(), "problems_shown") == 0);
  const auto count = test::widgetRect(viewer.state(), "problems");
  REQUIRE(count);
  const auto status = test::widgetRect(viewer.state(), "status/text");
  REQUIRE(status);
  CHECK(std::abs((*count)[1] - (*status)[1]) < 10);  // in the status bar, on the text's line
  CHECK_FALSE(test::widgetRect(viewer.state(), "problems/list"));  // folded: the map stays in view
  viewer.clickWidget("problems");
  test::waitForWidget(state, "problems/list");
  CHECK(test::waitForNumber(state, "problems_shown", 6));
  const auto list = test::widgetRect(viewer.state(), "problems/list");
  REQUIRE(list);
  CHECK((*list)[1] > 800 * 0.3);  // low down, off the top of the map where Bishkek is
  viewer.clickWidget("problems/close");
  CHECK(test::waitForNumber(state, "problems_shown", 0));
  CHECK(viewer.app.running());
}

TEST_CASE("--event with --screenshot writes the view with that event's panel open", "[screenshot][events]") {
  const std::string dir = test::scratchDir("e2e-event-shot");
  const auto r = test::run({kBinary, "--event", "osh", "--screenshot", dir + "/osh.png", "--dump-state",
                            dir + "/state.json", "--size", "1400x900"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string state = test::readText(dir + "/state.json");
  CHECK(test::stateField(state, "selected_event") == "\"osh\"");
  CHECK(test::stateNumber(state, "passages_shown") >= 2);
  // The map is centred on Osh.
  const Camera camera = test::cameraFromState(state);
  const ScreenPoint osh = camera.geoToScreen(test::kOshCity);
  CHECK(osh.x == Approx(700).margin(1));
  CHECK(osh.y == Approx(450).margin(1));
}

TEST_CASE("a person clicks markers and regions and steps through events", "[interaction][events]") {
  test::ViewerSession viewer("e2e-markers", "1200x800");
  const std::string& state = viewer.statePath;
  const std::string& id = viewer.window;
  const Camera camera = viewer.firstCamera;

  // The Osh marker opens the event panel with its passages, and the map stays where it was.
  viewer.clickAt(camera.geoToScreen(test::kOshCity));
  CHECK(test::waitForState(state, "selected_event", "\"osh\""));
  CHECK(test::stateNumber(viewer.state(), "centre_x") == Approx(camera.centre().x));
  CHECK(test::stateNumber(viewer.state(), "passages_shown") >= 2);
  CHECK(test::stateField(viewer.state(), "selected") == "null");

  // Esc closes it.
  test::xdotool({"windowfocus", "--sync", id});
  test::xdotool({"key", "Escape"});
  CHECK(test::waitForState(state, "selected_event", "null"));

  // A region away from every marker selects the region, not an event.
  viewer.clickAt(viewer.camera().geoToScreen({41.2, 76.5}));
  CHECK(test::waitForState(state, "selected", "\"KG-N\""));
  CHECK(test::stateField(viewer.state(), "selected_event") == "null");

  // Tab steps through the events in time order; Shift+Tab goes back.
  test::xdotool({"key", "Tab"});
  CHECK(test::waitForState(state, "selected_event", "\"osh\""));
  test::xdotool({"key", "Tab"});
  CHECK(test::waitForState(state, "selected_event", "\"koy-tash\""));
  test::xdotool({"key", "shift+Tab"});
  CHECK(test::waitForState(state, "selected_event", "\"osh\""));
  test::xdotool({"key", "Escape"});
  CHECK(test::waitForState(state, "selected_event", "null"));
  CHECK(viewer.app.running());
}

TEST_CASE("markers that overlap in Bishkek offer a choice instead of hiding each other", "[interaction][events]") {
  test::ViewerSession viewer("e2e-cluster", "1200x800");
  const std::string& state = viewer.statePath;
  const Camera camera = viewer.firstCamera;
  // At the country view the White House, the GKNB building and the MPs' hotel are a pixel apart.
  const ScreenPoint whiteHouse = camera.geoToScreen(test::kBishkekWhiteHouse);
  viewer.clickAt(whiteHouse);
  CHECK(test::waitForFile(state, [](const std::string& s) { return test::stateNumber(s, "marker_choice") >= 2; }, 10));
  CHECK(test::stateField(viewer.state(), "selected_event") == "null");
  // The list opens at the pointer; the event is one of its entries.
  viewer.clickWidget("choice/bishkek-white-house");
  CHECK(test::waitForState(state, "selected_event", "\"bishkek-white-house\""));
}

TEST_CASE("a place the reports name opens the passages that mention it", "[interaction][places]") {
  test::ViewerSession viewer("e2e-place", "1200x800");
  viewer.clickAt(viewer.firstCamera.geoToScreen({41.8667, 78.2000}));  // Kumtor
  CHECK(test::waitForState(viewer.statePath, "selected_place", "\"kumtor\""));
  CHECK(test::stateNumber(viewer.state(), "passages_shown") == 1);
  CHECK(test::stateField(viewer.state(), "selected_event") == "null");
}

TEST_CASE("a passage can be selected with the mouse and copied", "[interaction][passages]") {
  const std::string dir = test::scratchDir("e2e-copy");
  const std::string state = dir + "/state.json";
  test::Background app({kBinary, "--size", "1280x800", "--event", "osh", "--dump-state", state});
  REQUIRE(test::waitForFile(state, [](const std::string& s) { return s.find("\"first_passage\": [0,") == std::string::npos &&
                                                                      s.find("\"first_passage\"") != std::string::npos; }, 30));
  const std::string found = test::xdotool({"search", "--sync", "--name", "^kgatlas$"});
  const std::string id = found.substr(0, found.find('\n'));
  std::smatch m;
  const std::string json = test::readText(state);
  REQUIRE(std::regex_search(json, m, std::regex("\"first_passage\": \\[([0-9]+), ([0-9]+), ([0-9]+), ([0-9]+)\\]")));
  const int x = std::stoi(m[1]), y = std::stoi(m[2]), w = std::stoi(m[3]), h = std::stoi(m[4]);
  REQUIRE(w > 100);
  // Drag across the first lines of the quote, as a person would, then Ctrl+C.
  // Each step waits until the app has seen it, so a slow machine only makes it slower.
  test::moveTo(id, state, {x + 1.0, y + 10.0});
  test::xdotool({"mousedown", "1"});
  REQUIRE(test::waitForState(state, "pointer_down", "true"));
  test::moveTo(id, state, {x + w - 4.0, y + h - 10.0});
  test::xdotool({"mouseup", "1"});
  REQUIRE(test::waitForState(state, "pointer_down", "false"));
  test::xdotool({"keydown", "ctrl", "keydown", "c"});
  test::Finished clip;
  for (int attempt = 0; attempt < 100 && clip.out.empty(); ++attempt) {  // until the app owns the clipboard
    test::sleepMs(50);
    clip = test::run({"xclip", "-o", "-selection", "clipboard", "-t", "UTF8_STRING"}, {}, 10);
  }
  test::xdotool({"keyup", "c", "keyup", "ctrl"});
  REQUIRE(clip.status == 0);
  INFO(clip.out);
  CHECK_THAT(clip.out, Contains("At least 60 people have been killed"));
  // What was copied is the article's words: only line breaks differ.
  const std::string passage = "“At least 60 people have been killed and hundreds wounded in ethnic violence in the city "
                              "of Osh, the country's second largest.”";
  CHECK(collapseWhitespace(passage).find(collapseWhitespace(clip.out)) == 0);
}

TEST_CASE("a click in the events list selects the event and flies the map to it", "[interaction][events]") {
  test::ViewerSession viewer("e2e-list", "1200x800");
  // Osh's entry in the list, found by name.
  viewer.clickWidget("events/osh");
  CHECK(test::waitForState(viewer.statePath, "selected_event", "\"osh\""));
  // The flight ends with Osh in the middle of the view, zoomed in from the country to 450 m a pixel.
  REQUIRE(viewer.firstCamera.metresPerPixel() > 450);
  const MapPoint osh = viewer.firstCamera.projection().forward(test::kOshCity);
  CHECK(test::waitForNumber(viewer.statePath, "centre_x", osh.x, 1e-6, 5));
  CHECK(test::waitForNumber(viewer.statePath, "centre_y", osh.y, 1e-6, 5));
  CHECK(test::waitForNumber(viewer.statePath, "metres_per_pixel", 450, 1e-6, 5));
}

TEST_CASE("a click just beside a marker opens it, a click farther off selects the region", "[interaction][events]") {
  test::ViewerSession viewer("e2e-marker-slack", "1200x800");
  const std::string& state = viewer.statePath;
  const ScreenPoint osh = viewer.firstCamera.geoToScreen(test::kOshCity);
  // Osh's marker (an armed clash) is 21 px across; a click counts 3 px beyond its edge.
  viewer.clickAt({osh.x + 12.5, osh.y});
  CHECK(test::waitForState(state, "selected_event", "\"osh\""));
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "Escape"});
  REQUIRE(test::waitForState(state, "selected_event", "null"));
  viewer.clickAt({osh.x + 18.5, osh.y});
  CHECK(test::waitForState(state, "selected", "\"KG-O\""));
  CHECK(test::stateField(viewer.state(), "selected_event") == "null");
}

TEST_CASE("the article window shows the story, and copying it says so", "[interaction][passages]") {
  test::ViewerSession viewer("e2e-article", "1280x800", {"--event", "naryn-coal-mine"});
  viewer.clickWidget("passage/0/article");
  REQUIRE(test::waitForState(viewer.statePath, "article_open", "true"));
  test::waitForWidget(viewer.statePath, "article/highlight");  // the passage's paragraph is marked
  viewer.clickWidget("article/copy");
  CHECK(test::waitForState(viewer.statePath, "notice", "\"Copied to the clipboard\""));
  test::Finished clip;
  for (int attempt = 0; attempt < 100 && clip.out.empty(); ++attempt) {
    test::sleepMs(50);
    clip = test::run({"xclip", "-o", "-selection", "clipboard", "-t", "UTF8_STRING"}, {}, 10);
  }
  CHECK_THAT(clip.out, Contains("their mine had been seized and their offices robbed by a criminal gang") &&
                           Contains("— “Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos” — The Moscow Times"));
  // The web page's donation appeal is not part of the story.
  CHECK_THAT(clip.out, !Contains("Support The Moscow Times"));
  // Another event opened from the list closes this article: it belonged to the coal mine.
  viewer.clickWidget("events/osh");
  CHECK(test::waitForState(viewer.statePath, "selected_event", "\"osh\""));
  CHECK(test::waitForState(viewer.statePath, "article_open", "false"));
}

TEST_CASE("a misspelt name gets an editor's note outside the quotation", "[interaction][passages]") {
  test::ViewerSession viewer("e2e-note", "1280x900", {"--event", "osh"});
  test::waitForWidget(viewer.statePath, "passage/1/note");
  const auto quote = test::waitForWidget(viewer.statePath, "passage/1");
  const auto note = test::waitForWidget(viewer.statePath, "passage/1/note");
  CHECK(note[1] >= quote[1] + quote[3]);  // below the quotation, not inside it
}

TEST_CASE("--list-events and --print-passages need no display", "[cli][events]") {
  for (const std::vector<std::string>& args : {std::vector<std::string>{kBinary, "--list-events"},
                                               std::vector<std::string>{kBinary, "--print-passages", "koy-tash"}}) {
    const auto r = test::run(args, {"DISPLAY", "WAYLAND_DISPLAY"});
    INFO(r.err);
    CHECK(r.status == 0);
    CHECK_THAT(r.out, Contains("oy-Tash") || Contains("koy-tash"));
  }
}

TEST_CASE("--list-events writes CSV and GeoJSON and the GeoJSON opens again as events", "[cli][events]") {
  const std::string dir = test::scratchDir("e2e-list-formats");
  const auto csv = test::run({kBinary, "--list-events", "--format", "csv"});
  REQUIRE(csv.status == 0);
  std::stringstream in(csv.out);
  std::string line;
  std::vector<std::string> lines;
  while (std::getline(in, line)) lines.push_back(line);
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] == "id,date,latitude,longitude,region,kind,title\r");
  CHECK_THAT(lines[1], Contains("osh,2010-06,40.530000,72.800000,KG-O,"));

  const auto geojson = test::run({kBinary, "--list-events", "--format", "geojson"});
  REQUIRE(geojson.status == 0);
  // Opened again as a layer beside the bundled events, under ids of its own.
  test::writeFile(dir + "/listed.geojson", std::regex_replace(geojson.out, std::regex("\"id\": \""), "\"id\": \"copy-"));
  const auto again = test::run({kBinary, "--events", dir + "/listed.geojson", "--list-events"});
  INFO(again.err);
  CHECK(again.status == 0);
  CHECK(again.err.empty());
  std::string copies, originals = test::run({kBinary, "--list-events"}).out;
  std::stringstream listing(again.out);
  for (std::string line; std::getline(listing, line);)
    if (line.rfind("copy-", 0) == 0) copies += line.substr(5) + "\n";
  CHECK(copies == originals);
}

TEST_CASE("--time narrows the listing and the screenshot's markers and the events list", "[cli][screenshot][time]") {
  const std::string dir = test::scratchDir("e2e-time");
  const auto listed = test::run({kBinary, "--time", "2020-10-01/2020-10-31", "--list-events", "--format", "csv"});
  REQUIRE(listed.status == 0);
  CHECK_THAT(listed.out, Contains("bishkek-white-house") && Contains("talas-mine") && Contains("naryn-coal-mine"));
  CHECK_THAT(listed.out, !Contains("osh,") && !Contains("koy-tash"));

  for (const char* time : {"/", "2020-10"}) {
    const std::string name = std::string(time) == "/" ? "all" : "october";
    const auto r = test::run({kBinary, "--time", time, "--screenshot", dir + "/" + name + ".png", "--dump-state",
                              dir + "/" + name + ".json", "--size", "1400x900"});
    INFO(r.err);
    REQUIRE(r.status == 0);
  }
  const std::string all = test::readText(dir + "/all.json"), october = test::readText(dir + "/october.json");
  CHECK(test::stateNumber(all, "events_shown") == 5);
  CHECK(test::stateNumber(october, "events_shown") == 3);
  CHECK(test::stateNumber(october, "events_total") == 5);
  CHECK(test::stateField(october, "time_filter") == "\"2020-10-01/2020-10-31\"");
  CHECK(test::widgetRect(all, "events/osh"));
  CHECK_FALSE(test::widgetRect(october, "events/osh"));
  CHECK(test::widgetRect(october, "events/talas-mine"));
  // Where the Osh marker is drawn in the full picture, the October picture shows the map under it.
  const test::Image full = test::readPng(dir + "/all.png"), narrowed = test::readPng(dir + "/october.png");
  const ScreenPoint osh = test::cameraFromState(all).geoToScreen({40.53, 72.80});
  const ScreenPoint talas = test::cameraFromState(all).geoToScreen({42.32, 72.81});
  const auto at = [](const test::Image& image, ScreenPoint p) {
    return image.rgb(static_cast<int>(p.x), static_cast<int>(p.y));
  };
  CHECK(at(full, osh) != at(narrowed, osh));
  CHECK(at(full, talas) == at(narrowed, talas));
}

TEST_CASE("--event outside --time is refused with the event's date", "[cli][time][bad-input]") {
  const auto r = test::run({kBinary, "--time", "2020-10-01/", "--event", "osh", "--list-events"});
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Contains("event 'osh' (June 2010) is outside --time 2020-10-01/"));
}
