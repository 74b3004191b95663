// Events through the real binary: the listing and printing commands, and a person clicking
// markers, regions and stepping through events in the Xvfb window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <regex>
#include <sstream>

#include "core/story/TextMatch.h"

#include "support/Image.h"
#include "support/PostgisServer.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;
using test::kBinary;

namespace {
std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}
}  // namespace

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
  // The window opens anyway and shows the problems in its banner, not only on the terminal.
  const auto shot = test::run({kBinary, "--events", dir + "/events.geojson", "--screenshot", dir + "/shot.png",
                               "--dump-state", dir + "/state.json"});
  CHECK(shot.status == 0);
  CHECK(test::stateNumber(test::readText(dir + "/state.json"), "problems_shown") >= 1);
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

namespace {
// Synthetic rows in ACLED's export format (ACLED's own data may not be passed on).
std::string syntheticAcled(int rows) {
  std::string csv =
      "\xEF\xBB\xBF"
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
      "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
      "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n";
  for (int n = 1; n <= rows; ++n) {
    const int day = 1 + n % 28, month = 1 + n % 12, year = 2010 + n % 14;
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
    const double lat = 42.80 + (n % 17) * 0.004, lon = 74.50 + (n % 23) * 0.01;  // around Bishkek, in Chüy
    char point[64];
    std::snprintf(point, sizeof point, "%.4f,%.4f", lat, lon);
    csv += "KGZ" + std::to_string(n) + "," + date + "," + std::to_string(year) +
           ",1,Demonstrations,Protests,Peaceful protest,Synthetic Actors,,6,,,0,60,,417,Central Asia,Kyrgyzstan,Chui,,,"
           "Synthetic Place," + point + ",1,Synthetic Source,National,\"Synthetic, for tests\nonly.\"," +
           std::to_string(n % 3) + ",," + std::to_string(1600000000 + n) + "\r\n";
  }
  return csv;
}
}  // namespace

TEST_CASE("3000 ACLED events: the list lays out only rows in view and the map credits ACLED", "[screenshot][acled]") {
  const std::string dir = test::scratchDir("e2e-acled");
  test::writeFile(dir + "/acled.csv", syntheticAcled(3000));
  const auto r = test::run({kBinary, "--events", dir + "/acled.csv", "--event", "KGZ7", "--screenshot",
                            dir + "/acled.png", "--dump-state", dir + "/state.json", "--size", "1400x900"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string state = test::readText(dir + "/state.json");
  CHECK(test::stateNumber(state, "events_shown") == 3005);  // beside the five bundled ones
  CHECK(test::stateNumber(state, "event_layers") == 2);
  CHECK(test::stateField(state, "selected_event") == "\"KGZ7\"");
  CHECK(test::widgetRect(state, "map/credit/ACLED"));
  for (const char* field : {"event/field/Actors", "event/field/Fatalities", "event/field/Notes", "event/field/Source"})
    CHECK(test::widgetRect(state, field));
  // Rows are laid out only where they can be seen: a window's worth, not 3000.
  std::size_t rows = 0;
  for (std::size_t at = state.find("\"events/"); at != std::string::npos; at = state.find("\"events/", at + 1)) ++rows;
  CHECK(rows >= 5);
  CHECK(rows < 100);
  const auto listed = test::run({kBinary, "--events", dir + "/acled.csv", "--time", "2012", "--list-events"});
  REQUIRE(listed.status == 0);
  CHECK(std::count(listed.out.begin(), listed.out.end(), '\n') == 215);  // n = 2, 16, ..., 2998: year 2010 + n % 14
}

TEST_CASE("a person hides and shows an events layer with its switch", "[interaction][layers]") {
  const std::string dir = test::scratchDir("e2e-layers-data");
  test::writeFile(dir + "/acled.csv", syntheticAcled(40));
  test::ViewerSession viewer("e2e-layers", "1200x800", {"--events", dir + "/acled.csv"});
  const std::string& state = viewer.statePath;
  CHECK(test::stateNumber(viewer.state(), "events_shown") == 45);
  CHECK(test::widgetRect(viewer.state(), "map/credit/ACLED"));
  viewer.clickWidget("layers/1");
  CHECK(test::waitForNumber(state, "events_shown", 5));
  CHECK(test::waitForNumber(state, "events_marked", 5));  // the map's markers follow, not only the list
  CHECK(test::stateNumber(viewer.state(), "hidden_layers") == 1);
  CHECK_FALSE(test::widgetRect(viewer.state(), "map/credit/ACLED"));  // its data is not shown: no credit
  viewer.clickWidget("layers/0");
  CHECK(test::waitForNumber(state, "events_shown", 0));
  viewer.clickWidget("layers/1");
  CHECK(test::waitForNumber(state, "events_shown", 40));
  CHECK(viewer.app.running());
}

TEST_CASE("a person plays the timeline, steps it with the arrows and brushes a time", "[interaction][timeline]") {
  const std::string dir = test::scratchDir("e2e-timeline-data");
  test::writeFile(dir + "/acled.csv", syntheticAcled(400));
  test::ViewerSession viewer("e2e-timeline", "1400x900", {"--events", dir + "/acled.csv", "--timeline"});
  const std::string& state = viewer.statePath;
  const std::string& id = viewer.window;
  REQUIRE(test::stateField(viewer.state(), "timeline_shown") == "true");
  CHECK(test::stateNumber(viewer.state(), "events_shown") == 405);

  // Space plays: the date moves on and fewer events are shown than in all time.
  test::xdotool({"windowfocus", "--sync", id});
  test::xdotool({"key", "space"});
  CHECK(test::waitForState(state, "playing", "true"));
  const std::string first = test::stateField(viewer.state(), "timeline_date");
  CHECK(first != "null");
  CHECK(test::stateNumber(viewer.state(), "events_shown") < 405);
  auto changesFrom = [&](const std::string& key, const std::string& before) {
    for (int i = 0; i < 100; ++i) {
      if (test::stateField(viewer.state(), key) != before) return true;
      test::xdotool({"sleep", "0.1"});
    }
    return false;
  };
  CHECK(changesFrom("timeline_date", first));
  CHECK(test::widgetRect(viewer.state(), "map/timeline-date"));  // the date is drawn over the map
  // Space pauses; Right steps one month on by hand.
  test::xdotool({"key", "space"});
  CHECK(test::waitForState(state, "playing", "false"));
  const std::string paused = test::stateField(viewer.state(), "timeline_date");
  CHECK(test::waitForNumber(state, "events_marked", test::stateNumber(viewer.state(), "events_shown")));
  test::xdotool({"key", "Right"});
  CHECK(changesFrom("timeline_date", paused));
  const std::string stepped = test::stateField(viewer.state(), "timeline_date");
  CHECK(stepped > paused);  // ISO dates compare in time order
  test::xdotool({"key", "Left"});
  CHECK(test::waitForState(state, "timeline_date", paused));

  // A drag across the first quarter of the bars chooses that time, and playback lets go.
  const auto bars = test::waitForWidget(state, "timeline/histogram");
  const double y = bars[1] + bars[3] / 3;
  viewer.moveTo({bars[0] + 5, y});
  test::xdotool({"mousedown", "1"});
  for (int step = 1; step <= 5; ++step) viewer.moveTo({bars[0] + 5 + step * bars[2] / 20, y});
  test::xdotool({"mouseup", "1"});
  CHECK(test::waitForState(state, "timeline_date", "null"));
  const std::string brushed = test::stateField(viewer.state(), "time_filter");
  CHECK(brushed.rfind("\"2010-", 0) == 0);
  const double inBrush = test::stateNumber(viewer.state(), "events_shown");
  CHECK(inBrush > 0);
  CHECK(inBrush < 405);
  // A click on the bars without a drag gives all time back.
  viewer.clickAt({bars[0] + bars[2] / 2, y});
  CHECK(test::waitForState(state, "time_filter", "\"/\""));
  CHECK(test::waitForNumber(state, "events_shown", 405));
  CHECK(viewer.app.running());
}

TEST_CASE("a person filters the events by words and by kind", "[interaction][filter]") {
  test::ViewerSession viewer("e2e-filter", "1200x800");
  const std::string& state = viewer.statePath;
  REQUIRE(test::stateNumber(viewer.state(), "events_shown") == 5);
  viewer.clickWidget("filter/words");
  test::xdotool({"type", "--delay", "60", "osh"});
  CHECK(test::waitForNumber(state, "events_shown", 1));  // "... in Osh", in any case
  CHECK(test::widgetRect(viewer.state(), "events/osh"));
  viewer.clickWidget("filter/clear");
  CHECK(test::waitForNumber(state, "events_shown", 5));
  viewer.clickWidget("kinds/mine-attack");
  CHECK(test::waitForNumber(state, "events_shown", 3));
  CHECK(test::waitForNumber(state, "events_marked", 3));
  CHECK_FALSE(test::widgetRect(viewer.state(), "events/talas-mine"));
  viewer.clickWidget("kinds/mine-attack");
  CHECK(test::waitForNumber(state, "events_shown", 5));
  CHECK_FALSE(test::widgetRect(viewer.state(), "filter/clear"));  // nothing left to clear
  CHECK(viewer.app.running());
}

TEST_CASE("postgis: the command line reads boundaries and events from a server, and names a bad one", "[cli][events][postgis]") {
  test::PostgisServer server;
  // Only the Osh region and the Fergana valley's neighbours: whatever is drawn comes from here.
  server.load(test::bundledPath(), {"regions", "-nln", "osh_only", "-where", "iso IN ('KG-O', 'KG-GO')"});
  server.load(std::string(KGATLAS_SOURCE_DATA_DIR) + "/geodata/events.geojson", {"-nln", "incidents"});
  server.sql("UPDATE incidents SET id = 'db-' || id");

  const auto r = test::run({kBinary, "--boundaries", server.connection(), "--layer", "osh_only", "--events",
                            server.connection("tables=incidents"), "--list-events"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  std::stringstream in(r.out);
  std::string line;
  std::vector<std::string> ids;
  while (std::getline(in, line)) ids.push_back(splitTabs(line).at(0));
  // The bundled and the database's Osh events lie in the database's one region; the others
  // lie outside it and are refused by name.
  CHECK(ids == std::vector<std::string>{"osh", "db-osh"});
  CHECK_THAT(r.err, Contains("PG:host=" + server.socketFolder() + " dbname=kgatlas user=postgres tables=incidents: "
                             "feature 1 (id 'db-bishkek-white-house'): its point lies outside every region"));

  const std::string wrong = "PG:host=" + server.socketFolder() + " dbname=kgatlas user=reader password=wrong-pw-5c1d";
  const auto bad = test::run({kBinary, "--events", wrong, "--layer", "incidents", "--list-events"});
  CHECK(bad.status == 0);  // the bundled events still list
  CHECK_THAT(bad.err, Contains("user=reader password=********|layername=incidents: cannot connect") &&
                          Contains("password authentication failed for user \"reader\""));
  CHECK(bad.err.find("wrong-pw-5c1d") == std::string::npos);
  CHECK(bad.out.find("osh\t") != std::string::npos);

  const auto badBoundaries = test::run({kBinary, "--boundaries", wrong, "--list-events"});
  CHECK(badBoundaries.status != 0);
  CHECK_THAT(badBoundaries.err, Contains("password authentication failed"));
  CHECK(badBoundaries.err.find("wrong-pw-5c1d") == std::string::npos);
}

TEST_CASE("a person opens a cluster of events: a click zooms in, Shift+click lists them", "[interaction][clustering]") {
  const std::string dir = test::scratchDir("e2e-clusters-data");
  test::writeFile(dir + "/acled.csv", syntheticAcled(3000));
  test::ViewerSession viewer("e2e-clusters", "1400x900", {"--events", dir + "/acled.csv"});
  const std::string& state = viewer.statePath;
  const std::string& id = viewer.window;
  // 3000 events within 20 km of Bishkek, seen from the whole country: a few counts, not 3000 markers.
  const std::string start = viewer.state();
  const double clusters = test::stateNumber(start, "clusters");
  const double loose = test::stateNumber(start, "loose_events");
  CHECK(clusters >= 1);
  CHECK(clusters + loose < 20);
  REQUIRE(test::widgetRect(start, "cluster/0"));

  // Hovering one says so; a click flies in to its members, and they come apart into more markers.
  test::hoverWidget(id, state, "cluster/0");
  CHECK(test::waitForNumber(state, "hovered_cluster", 0));
  const double before = test::stateNumber(viewer.state(), "metres_per_pixel");
  viewer.clickWidget("cluster/0");
  CHECK(test::waitForCamera(state, [&](const Camera& c) { return c.metresPerPixel() < before / 4; }));
  CHECK(test::waitForState(state, "flying", "false"));
  const std::string closer = viewer.state();
  CHECK(test::stateNumber(closer, "clusters") + test::stateNumber(closer, "loose_events") > clusters + loose);

  // Shift+click lists a cluster's members; choosing one opens it, and it stands on its own.
  const std::string name = closer.find("\"cluster/0\"") != std::string::npos ? "cluster/0" : "";
  REQUIRE_FALSE(name.empty());
  test::hoverWidget(id, state, name);
  test::xdotool({"keydown", "shift"});
  test::xdotool({"click", "1"});
  test::xdotool({"keyup", "shift"});
  for (int i = 0; i < 100 && test::stateNumber(viewer.state(), "marker_choice") < 2; ++i) test::sleepMs(50);
  CHECK(test::stateNumber(viewer.state(), "marker_choice") >= 2);
  const std::string listed = viewer.state();
  const std::size_t choice = listed.find("\"choice/");
  REQUIRE(choice != std::string::npos);
  const std::string chosen = listed.substr(choice + 8, listed.find('"', choice + 8) - choice - 8);
  viewer.clickWidget("choice/" + chosen);
  CHECK(test::waitForState(state, "selected_event", "\"" + chosen + "\""));

  // View > Group overlapping markers off: every marker on its own.
  viewer.clickWidget("menu/view");
  viewer.clickWidget("menu/view/group");
  CHECK(test::waitForNumber(state, "clusters", 0));
  CHECK(test::waitForNumber(state, "loose_events", 3005));
  CHECK(viewer.app.running());
}

TEST_CASE("a file with other field names is read through --field, and a field it lacks is named", "[cli][events][mapping]") {
  const std::string dir = test::scratchDir("e2e-mapping");
  test::writeFile(dir + "/theirs.geojson",
                  "{\"type\": \"FeatureCollection\", \"features\": ["
                  "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [74.6, 42.87]},"
                  " \"properties\": {\"no\": \"r1\", \"headline\": \"A rally\", \"on\": \"2020-10-06\"}},"
                  "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [72.8, 40.53]},"
                  " \"properties\": {\"no\": \"r2\", \"headline\": \"Undated report\", \"on\": null}}]}");
  test::writeFile(dir + "/theirs.toml", "id = \"no\"\ntitle = \"headline\"\ndate = \"on\"\n");
  for (const std::vector<std::string>& mapping :
       {std::vector<std::string>{"--field", "id=no", "--field", "title=headline", "--field", "date=on"},
        std::vector<std::string>{"--fields", dir + "/theirs.toml"}}) {
    std::vector<std::string> args{kBinary, "--events", dir + "/theirs.geojson"};
    args.insert(args.end(), mapping.begin(), mapping.end());
    args.push_back("--list-events");
    const auto r = test::run(args);
    INFO(r.err);
    REQUIRE(r.status == 0);
    CHECK_THAT(r.out, Contains("r1\t2020-10-06\t42.8700\t74.6000\tKG-GB\tA rally\n"));
    // Undated: listed after every dated event, with no date.
    CHECK(r.out.size() > 40);
    CHECK(r.out.substr(r.out.rfind('\n', r.out.size() - 2) + 1) == "r2\t\t40.5300\t72.8000\tKG-O\tUndated report\n");
  }
  const auto missing = test::run({kBinary, "--events", dir + "/theirs.geojson", "--field", "id=no", "--field",
                                  "title=headline", "--field", "date=on", "--field", "actors=who", "--list-events"});
  CHECK(missing.status == 0);
  CHECK_THAT(missing.err, Contains(dir + "/theirs.geojson: the layer has no field 'who' (the mapping's actors)"));
  CHECK(std::count(missing.out.begin(), missing.out.end(), '\n') == 5);  // the bundled events only
}

TEST_CASE("a person opens a file of events from the window, moves its layer up and removes it", "[interaction][layers]") {
  const std::string dir = test::scratchDir("e2e-open-data");
  test::writeFile(dir + "/acled.csv", syntheticAcled(40));
  test::ViewerSession viewer("e2e-open", "1200x800");
  const std::string& state = viewer.statePath;
  CHECK(test::stateNumber(viewer.state(), "event_layers") == 1);
  viewer.clickWidget("menu/file");
  viewer.clickWidget("menu/file/open");
  viewer.clickWidget("open/path");
  test::xdotool({"type", "--delay", "15", dir + "/acled.csv"});
  viewer.clickWidget("open/open");
  CHECK(test::waitForNumber(state, "event_layers", 2));
  CHECK(test::waitForNumber(state, "events_total", 45));
  CHECK(test::stateField(viewer.state(), "event_layer_names") == "\"Events in the reports | acled.csv\"");
  CHECK_FALSE(test::widgetRect(viewer.state(), "open"));  // the dialog closed
  CHECK(test::widgetRect(viewer.state(), "map/credit/ACLED"));
  test::sleepMs(300);  // the events list grows by the Layers rows: its layout settles in a frame or two

  // Up the list: its markers are drawn on top now.
  viewer.clickWidget("layers/1/up");
  CHECK(test::waitForState(state, "event_layer_names", "\"acled.csv | Events in the reports\""));
  // Hidden, then removed: the bundled events are all that is left, still shown.
  viewer.clickWidget("layers/1");
  CHECK(test::waitForNumber(state, "events_shown", 40));
  viewer.clickWidget("layers/0/remove");
  CHECK(test::waitForNumber(state, "event_layers", 1));
  CHECK(test::waitForNumber(state, "events_total", 5));
  CHECK(test::stateNumber(viewer.state(), "events_shown") == 0);  // its switch stayed off
  CHECK(test::stateNumber(viewer.state(), "hidden_layers") == 1);

  // Ctrl+O opens the dialog again; a file of polygons is refused by name.
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "ctrl+o"});
  test::waitForWidget(state, "open");
  viewer.clickWidget("open/path");
  test::xdotool({"type", "--delay", "15", test::bundledPath()});
  viewer.clickWidget("open/open");
  CHECK(test::waitForNumber(state, "problems_shown", 1));
  CHECK(test::stateNumber(viewer.state(), "event_layers") == 1);  // nothing read, no empty layer
  CHECK(test::stateNumber(viewer.state(), "events_total") == 5);
  CHECK(viewer.app.running());
}

TEST_CASE("--kind, --search, --actor and --region narrow what is listed, and unknown ones are named", "[cli][events][filters]") {
  auto ids = [](const std::string& out) {
    std::vector<std::string> found;
    std::stringstream in(out);
    std::string line;
    while (std::getline(in, line)) found.push_back(splitTabs(line).at(0));
    return found;
  };
  const auto mines = test::run({kBinary, "--list-events", "--kind", "mine-attack"});
  REQUIRE(mines.status == 0);
  CHECK(ids(mines.out) == std::vector<std::string>{"talas-mine", "naryn-coal-mine"});
  const auto two = test::run({kBinary, "--list-events", "--kind", "mine-attack", "--kind", "armed-clash"});
  CHECK(ids(two.out) == std::vector<std::string>{"osh", "koy-tash", "talas-mine", "naryn-coal-mine"});
  CHECK(ids(test::run({kBinary, "--list-events", "--region", "KG-N"}).out) == std::vector<std::string>{"naryn-coal-mine"});
  CHECK(ids(test::run({kBinary, "--list-events", "--search", "WHITE house"}).out) ==
        std::vector<std::string>{"bishkek-white-house"});
  const auto unknown = test::run({kBinary, "--list-events", "--kind", "riot"});
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Contains("no events of kind 'riot'; the kinds are: protest, armed-clash, mine-attack"));
  const auto hidden = test::run({kBinary, "--list-events", "--event", "osh", "--kind", "protest"});
  CHECK(hidden.status == 2);
  CHECK_THAT(hidden.err, Contains("event 'osh' is not among the events"));
}
