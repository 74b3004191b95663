// Events from other sources through the real binary: ACLED exports, layers opened from the
// window, PostGIS, field mappings, the timeline, clusters and the filters, driven by a person's
// input in the Xvfb window or from the command line.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "support/EventRows.h"
#include "support/Image.h"
#include "support/PostgisServer.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;
using test::kBinary;
using test::splitTabs;
using test::syntheticAcled;

namespace {
// Pixels in the overlays' teal (kOverlayBorder), allowing for anti-aliasing.
int tealPixels(const test::Image& image) {
  int n = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const auto [r, g, b] = image.rgb(x, y);
      n += r < 40 && g > 90 && g < 130 && b > 100 && b < 140;
    }
  return n;
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

TEST_CASE("a layer's long file name is shortened beside its buttons, its count still shown", "[screenshot][layers]") {
  const std::string dir = test::scratchDir("e2e-layer-name");
  const std::string file = dir + "/acled-export-kyrgyzstan-2010-2024-full-download.csv";
  test::writeFile(file, syntheticAcled(40));
  const auto r = test::run({kBinary, "--events", file, "--screenshot", dir + "/shot.png", "--dump-state",
                            dir + "/state.json", "--size", "1200x800"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string state = test::readText(dir + "/state.json");
  const auto name = test::widgetRect(state, "layers/1/name"), up = test::widgetRect(state, "layers/1/up");
  REQUIRE(name);
  REQUIRE(up);
  CHECK((*name)[0] + (*name)[2] <= (*up)[0]);  // the name ends before the first button begins
  CHECK((*name)[2] > 100);                     // and still says something
}

TEST_CASE("the option --overlay draws a file's boundaries over the map in their own colour, and names a bad one",
          "[screenshot][overlay]") {
  const std::string dir = test::scratchDir("e2e-overlay");
  // A square over Naryn Region and a triangle over Osh and Jalal-Abad.
  test::writeFile(dir + "/area.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[74.5,41.0],[76.5,41.0],[76.5,42.0],[74.5,42.0],[74.5,41.0]]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[72.0,40.2],[73.5,40.2],[72.8,41.2],[72.0,40.2]]]}}]})");
  const auto with = test::run({kBinary, "--overlay", dir + "/area.geojson", "--screenshot", dir + "/with.png",
                               "--dump-state", dir + "/state.json", "--size", "1200x800"});
  INFO(with.err);
  REQUIRE(with.status == 0);
  CHECK(test::stateNumber(test::readText(dir + "/state.json"), "overlay_layers") == 1);
  const auto without = test::run({kBinary, "--screenshot", dir + "/without.png", "--size", "1200x800"});
  REQUIRE(without.status == 0);
  CHECK(tealPixels(test::readPng(dir + "/with.png")) > 500);  // about 1,200 pixels of outline at this size
  CHECK(tealPixels(test::readPng(dir + "/without.png")) < 20);
  // A file that is not there: named, the map drawn without it.
  const auto missing = test::run({kBinary, "--overlay", dir + "/nothing.gpkg", "--screenshot", dir + "/missing.png"});
  CHECK(missing.status == 0);
  CHECK_THAT(missing.err, Contains(dir + "/nothing.gpkg") && Contains("not drawn over the map"));
}

TEST_CASE("the option --overlay draws a file of lines over the map in the overlay colour", "[screenshot][overlay]") {
  const std::string dir = test::scratchDir("e2e-overlay-lines");
  // An east-west line from Talas to Ysyk-Köl Region, and a diagonal one across Osh Region.
  test::writeFile(dir + "/lines.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[71.5,42.2],[74.0,42.0],[77.0,42.1]]}},
    {"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[72.5,39.8],[74.0,40.6]]}}]})");
  const auto with = test::run({kBinary, "--overlay", dir + "/lines.geojson", "--screenshot", dir + "/with.png",
                               "--dump-state", dir + "/state.json", "--size", "1200x800"});
  INFO(with.err);
  REQUIRE(with.status == 0);
  CHECK(with.err.empty());
  CHECK(test::stateNumber(test::readText(dir + "/state.json"), "overlay_layers") == 1);
  const test::Image image = test::readPng(dir + "/with.png");
  CHECK(tealPixels(image) > 400);  // two lines of several hundred pixels each
  CHECK(tealPixels(image) < 4000);  // lines, not filled or closed shapes
}

TEST_CASE("the pointer names the overlay's line or area under it, with its file", "[interaction][overlay]") {
  const std::string dir = test::scratchDir("e2e-overlay-hover-data");
  test::writeFile(dir + "/rivers.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"name":"Test river"},"geometry":{"type":"LineString","coordinates":[[73.0,41.6],[76.0,41.6]]}}]})");
  test::writeFile(dir + "/area.geojson", R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"name":"Study area"},"geometry":{"type":"Polygon","coordinates":[[[72.0,40.2],[73.5,40.2],[73.5,40.9],[72.0,40.9],[72.0,40.2]]]}}]})");
  test::ViewerSession viewer("e2e-overlay-hover", "1200x800",
                             {"--overlay", dir + "/area.geojson", "--overlay", dir + "/rivers.geojson"});
  const Projection projection;
  const Camera camera = viewer.camera();
  auto screenOf = [&](double lat, double lon) {
    const ScreenPoint p = camera.mapToScreen(projection.forward({lat, lon}));
    return ScreenPoint{std::round(p.x), std::round(p.y)};
  };
  viewer.moveTo(screenOf(41.6, 75.0));  // on the river, in Naryn Region
  CHECK(test::waitForState(viewer.statePath, "hovered_overlay", "\"rivers.geojson: Test river\""));
  viewer.moveTo(screenOf(40.3, 72.3));  // inside the study area, away from Osh's markers
  CHECK(test::waitForState(viewer.statePath, "hovered_overlay", "\"area.geojson: Study area\""));
  viewer.moveTo(screenOf(41.0, 75.5));  // neither: Naryn Region only
  CHECK(test::waitForState(viewer.statePath, "hovered_overlay", "null"));
  CHECK(test::stateField(viewer.state(), "hovered") == "\"KG-N\"");
  // A hidden overlay names nothing.
  viewer.clickWidget("overlays/1");
  CHECK(test::waitForNumber(viewer.statePath, "hidden_overlays", 1));
  viewer.moveTo(screenOf(41.6, 75.0));
  CHECK(test::waitForState(viewer.statePath, "hovered", "\"KG-N\""));
  test::sleepMs(300);
  CHECK(test::stateField(viewer.state(), "hovered_overlay") == "null");
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
  // The list shrinks and the legend under it moves up: the layout settles before the state is
  // read and the legend is clicked again (a slow build takes a few frames).
  test::sleepMs(500);
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
  // The bundled and the database's Osh events lie in the database's one region; the others lie
  // outside it and name regions it does not have: they are shown where they are.
  CHECK(ids.size() == 10);
  CHECK(std::count(ids.begin(), ids.end(), "db-osh") == 1);
  CHECK(std::count(ids.begin(), ids.end(), "db-bishkek-white-house") == 1);
  CHECK_THAT(r.err, !Contains("outside every region"));

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

  // Ctrl+O opens the dialog again; a file of polygons is drawn over the map as boundaries,
  // beside the regions, not as events.
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "ctrl+o"});
  test::waitForWidget(state, "open");
  viewer.clickWidget("open/path");
  test::xdotool({"type", "--delay", "15", test::bundledPath()});
  viewer.clickWidget("open/open");
  CHECK(test::waitForNumber(state, "overlay_layers", 1));
  CHECK(test::stateNumber(viewer.state(), "event_layers") == 1);  // no layer of events from it
  CHECK(test::stateNumber(viewer.state(), "events_total") == 5);
  test::sleepMs(300);  // the Layers rows appear again: let the layout settle
  viewer.clickWidget("overlays/0");
  CHECK(test::waitForNumber(state, "hidden_overlays", 1));
  viewer.clickWidget("overlays/0/remove");
  CHECK(test::waitForNumber(state, "overlay_layers", 0));
  CHECK(test::stateNumber(viewer.state(), "hidden_overlays") == 0);
  CHECK(viewer.app.running());
}

TEST_CASE("--kind, --text, --actor and --region narrow what is listed, and unknown ones are named", "[cli][events][filters]") {
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
  CHECK(ids(test::run({kBinary, "--list-events", "--text", "WHITE house"}).out) ==
        std::vector<std::string>{"bishkek-white-house"});
  const auto unknown = test::run({kBinary, "--list-events", "--kind", "riot"});
  CHECK(unknown.status == 2);
  CHECK_THAT(unknown.err, Contains("no events of kind 'riot'; the kinds are: protest, armed-clash, mine-attack"));
  const auto hidden = test::run({kBinary, "--list-events", "--event", "osh", "--kind", "protest"});
  CHECK(hidden.status == 2);
  CHECK_THAT(hidden.err, Contains("event 'osh' is not among the events"));
}

TEST_CASE("a picture exported with ACLED's events shown credits ACLED on the picture itself", "[export][acled]") {
  const std::string dir = test::scratchDir("e2e-acled-picture");
  test::writeFile(dir + "/acled.csv", syntheticAcled(40));
  const std::string png = dir + "/acled.png";
  const auto made = test::run({kBinary, "--events", dir + "/acled.csv", "--export-png", png, "--title",
                               "Events in the ACLED export", "--size", "1600x900", "--dump-state", dir + "/state.json"});
  INFO(made.err);
  REQUIRE(made.status == 0);
  CHECK(test::widgetRect(test::readText(dir + "/state.json"), "map/credit/ACLED"));
  // Read back from the pixels: the credit line names both sources.
  const auto read = test::run({"tesseract", png, "stdout", "-l", "eng"});
  REQUIRE(read.status == 0);
  INFO(read.out);
  CHECK_THAT(read.out, Contains("ACLED") && Contains("Natural Earth"));

  // Without ACLED's events, no ACLED credit.
  const auto plain = test::run({kBinary, "--export-png", dir + "/plain.png", "--size", "1600x900", "--dump-state",
                                dir + "/plain.json"});
  REQUIRE(plain.status == 0);
  CHECK_FALSE(test::widgetRect(test::readText(dir + "/plain.json"), "map/credit/ACLED"));
}

TEST_CASE("--search prints what has a name, best first, whatever the script or spelling", "[cli][search]") {
  // The lake first, then the region named after it.
  for (const char* query : {"Ысык-Көл", "ysyk kol", "Ysyk-Köl", "Иссык-Куль"}) {
    const auto found = test::run({kBinary, "--search", query});
    INFO(query);
    REQUIRE(found.status == 0);
    CHECK(found.out.rfind("lake\tissyk-kul\tIssyk-Kul\nregion\tKG-Y\tYsyk-Köl Region\n", 0) == 0);
  }
  CHECK(test::run({kBinary, "--search", "Иссык-Кульская"}).out.rfind("region\tKG-Y\tYsyk-Köl Region\n", 0) == 0);
  const auto osh = test::run({kBinary, "--search", "osh"});
  REQUIRE(osh.status == 0);
  CHECK_THAT(osh.out, Contains("region\tKG-O\t") && Contains("event\tosh\t"));
  const auto none = test::run({kBinary, "--search", "qqqqzzzz"});
  CHECK(none.status == 0);
  CHECK(none.out.empty());
  CHECK(test::run({kBinary, "--search", ""}).status == 2);
}
