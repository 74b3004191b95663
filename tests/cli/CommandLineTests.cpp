#include <catch2/catch.hpp>

#include "cli/CommandLine.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {
Result<Options> parse(std::vector<const char*> args) {
  args.insert(args.begin(), "kgatlas");
  return parseCommandLine(static_cast<int>(args.size()), args.data());
}
}  // namespace

TEST_CASE("screenshot options are read", "[cli]") {
  auto o = parse({"--screenshot", "out.png", "--size", "1600x1000", "--lang", "ky", "--boundaries", "w.fgb"});
  REQUIRE(o.ok());
  CHECK(o->screenshot == "out.png");
  CHECK(o->width == 1600);
  CHECK(o->height == 1000);
  CHECK(o->language == Language::Kyrgyz);
  CHECK(o->boundaries == "w.fgb");
}

TEST_CASE("bad arguments name the problem", "[cli]") {
  CHECK_THAT(parse({"--size", "big"}).error(), Contains("--size") && Contains("big"));
  CHECK_THAT(parse({"--size", "100x"}).error(), Contains("--size"));
  CHECK_THAT(parse({"--size", "10x10"}).error(), Contains("--size"));
  CHECK_THAT(parse({"--lang", "fr"}).error(), Contains("--lang") && Contains("fr"));
  CHECK_THAT(parse({"--frobnicate"}).error(), Contains("--frobnicate"));
  CHECK_THAT(parse({"--screenshot"}).error(), Contains("--screenshot"));
}

TEST_CASE("the option --hide takes map layers by name, and names the one it does not know", "[cli][geography]") {
  auto o = parse({"--hide", "water,towns"});
  REQUIRE(o.ok());
  CHECK(o->hiddenLayers == std::vector<std::string>{"water", "towns"});
  CHECK_THAT(parse({"--hide", "water,lakes"}).error(), Contains("'lakes'") && Contains("rivers"));
  CHECK_THAT(parse({"--hide", "water,"}).error(), Contains("--hide"));
  CHECK_THAT(parse({"--hide"}).error(), Contains("--hide"));
}

TEST_CASE("the frame limit (--quit-after-frames) takes a whole number of frames", "[cli]") {
  auto o = parse({"--quit-after-frames", "20000"});
  REQUIRE(o.ok());
  CHECK(o->quitAfterFrames == 20000);
  CHECK(parse({}).value().quitAfterFrames == 0);  // runs until the window is closed
  CHECK(parse({"--quit-after-frames", "1000000000000"}).ok());
  for (const char* bad : {"0", "-5", "12k", "1e6", " 7", "7 ", "99999999999999999999999", "1000000000001"}) {
    INFO(bad);
    const auto r = parse({"--quit-after-frames", bad});
    REQUIRE_FALSE(r.ok());
    CHECK_THAT(r.error(), Contains("--quit-after-frames") && Contains(std::string("'") + bad + "'"));
  }
  CHECK_THAT(parse({"--quit-after-frames"}).error(), Contains("--quit-after-frames") && Contains("number"));
}

TEST_CASE("the options --time and --format are read and bad ones name the problem", "[cli][time]") {
  auto o = parse({"--time", "2020-10-01/2020-10-31", "--list-events", "--format", "geojson"});
  REQUIRE(o.ok());
  CHECK(o->time.text() == "2020-10-01/2020-10-31");
  CHECK(o->listFormat == ListFormat::GeoJson);
  CHECK(parse({}).value().time.isOpen());
  CHECK(parse({"--list-events"}).value().listFormat == ListFormat::Tsv);
  CHECK(parse({"--list-events", "--format", "csv"}).value().listFormat == ListFormat::Csv);
  CHECK_THAT(parse({"--time", "October"}).error(), Contains("--time") && Contains("'October' is not a date"));
  CHECK_THAT(parse({"--time"}).error(), Contains("--time needs"));
  CHECK_THAT(parse({"--list-events", "--format", "xml"}).error(), Contains("--format") && Contains("xml"));
  CHECK_THAT(parse({"--format", "csv"}).error(), Contains("add --list-events"));
}

TEST_CASE("the option --layer names a layer of the source given just before it", "[cli]") {
  auto o = parse({"--events", "a.gpkg", "--layer", "incidents", "--boundaries", "PG:dbname=gis", "--layer", "admin1",
                  "--events", "b.csv"});
  REQUIRE(o.ok());
  REQUIRE(o->events.size() == 2);
  CHECK(o->events[0].path == "a.gpkg|layername=incidents");
  CHECK(o->events[1].path == "b.csv");
  CHECK(o->boundaries == "PG:dbname=gis|layername=admin1");
  auto overlays = parse({"--overlay", "districts.gpkg", "--layer", "admin2", "--overlay", "area.geojson"});
  REQUIRE(overlays.ok());
  CHECK(overlays->overlays == std::vector<std::string>{"districts.gpkg|layername=admin2", "area.geojson"});
  CHECK_THAT(parse({"--overlay"}).error(), Contains("--overlay needs"));
  CHECK_THAT(parse({"--layer", "x"}).error(), Contains("put it after --events, --overlay or --boundaries"));
  CHECK_THAT(parse({"--events", "a.gpkg", "--layer"}).error(), Contains("--layer needs"));
  CHECK_THAT(parse({"--events", "PG:dbname=gis password=pw1", "--layer", "x", "--layer", "y"}).error(),
             Contains("--layer is given twice for PG:dbname=gis password=********|layername=x"));
}

TEST_CASE("the options --field and --fields say how the events file before them is read", "[cli][mapping]") {
  auto o = parse({"--events", "theirs.geojson", "--field", "id=event_id", "--field", "title=name", "--events", "b.csv"});
  REQUIRE(o.ok());
  REQUIRE(o->events.size() == 2);
  CHECK(o->events[0].fields.id == "event_id");
  CHECK(o->events[0].fields.title == "name");
  CHECK(o->events[0].fields.given == std::vector<std::string>{"id", "title"});
  CHECK(o->events[1].fields.given.empty());  // the next file is read as it is
  CHECK_THAT(parse({"--field", "id=x"}).error(), Contains("put it after --events"));
  CHECK_THAT(parse({"--events", "a.csv", "--boundaries", "b.gpkg", "--field", "id=x"}).error(),
             Contains("put it after --events"));
  CHECK_THAT(parse({"--events", "a.csv", "--field", "titel=x"}).error(),
             Contains("--field: 'titel' is not a property of an event"));
  CHECK_THAT(parse({"--events", "a.csv", "--fields", "/nonexistent/kgatlas-map.toml"}).error(),
             Contains("--fields: /nonexistent/kgatlas-map.toml: no such file"));
  CHECK_THAT(parse({"--events", "a.csv", "--field"}).error(), Contains("--field needs PROPERTY=FIELD"));
}

TEST_CASE("the filters of the events list can be given on the command line", "[cli][filters]") {
  auto o = parse({"--kind", "protest", "--kind", "mine-attack", "--text", "white house", "--actor", "police",
                  "--region", "KG-GB"});
  REQUIRE(o.ok());
  CHECK(o->kinds == std::vector<std::string>{"protest", "mine-attack"});
  CHECK(o->words == "white house");
  CHECK(o->actor == "police");
  CHECK(o->region == "KG-GB");
  CHECK_THAT(parse({"--kind"}).error(), Contains("--kind needs"));
  CHECK_THAT(parse({"--region"}).error(), Contains("--region needs"));
}

TEST_CASE("a briefing is named with --briefing, and --list-slides and --slide need one", "[cli][briefing]") {
  auto o = parse({"--briefing", "talk.toml", "--slide", "3", "--screenshot", "s.png"});
  REQUIRE(o);
  CHECK(o->briefing == "talk.toml");
  CHECK(o->slide == 3);
  CHECK_FALSE(o->listSlides);
  auto listed = parse({"--briefing", "talk.toml", "--list-slides"});
  REQUIRE(listed);
  CHECK(listed->listSlides);
  CHECK_THAT(parse({"--list-slides"}).error(), Contains("--list-slides needs a briefing"));
  CHECK_THAT(parse({"--slide", "2"}).error(), Contains("--slide needs a briefing"));
  for (const char* bad : {"0", "-1", "two", "2x", ""})
    CHECK_THAT(parse({"--briefing", "t.toml", "--slide", bad}).error(), Contains("--slide expects a slide number"));
  CHECK_THAT(parse({"--briefing"}).error(), Contains("--briefing needs"));
}

TEST_CASE("a kiosk plays a briefing, with its seconds per slide and before it plays again", "[cli][briefing]") {
  auto o = parse({"--briefing", "talk.toml", "--kiosk", "--slide-seconds", "12.5", "--idle-seconds", "90"});
  REQUIRE(o);
  CHECK(o->kiosk);
  CHECK(o->slideSeconds == 12.5);
  CHECK(o->idleSeconds == 90);
  auto defaults = parse({"--briefing", "talk.toml", "--kiosk"});
  REQUIRE(defaults);
  CHECK(defaults->slideSeconds == 20);
  CHECK(defaults->idleSeconds == 60);
  CHECK_THAT(parse({"--kiosk"}).error(), Contains("--kiosk needs a briefing"));
  for (const char* bad : {"0", "-3", "soon", "100000"})
    CHECK_THAT(parse({"--briefing", "t.toml", "--slide-seconds", bad}).error(), Contains("--slide-seconds expects"));
}

TEST_CASE("a picture to hand out takes --export-png and --title, and is one picture, not two", "[cli][export]") {
  auto o = parse({"--export-png", "map.png", "--title", "October 2020", "--size", "3840x2160"});
  REQUIRE(o);
  CHECK(o->exportPng == "map.png");
  CHECK(o->title == "October 2020");
  CHECK_THAT(parse({"--title", "x"}).error(), Contains("add --export-png"));
  CHECK_THAT(parse({"--export-png", "a.png", "--screenshot", "b.png"}).error(), Contains("give one of them"));
  CHECK_THAT(parse({"--export-png"}).error(), Contains("--export-png needs"));
  CHECK_THAT(parse({"--export-geotiff", "a.tif", "--export-png", "b.png"}).error(), Contains("give one of them"));
  CHECK(parse({"--export-geotiff", "a.tif"})->exportGeoTiff == "a.tif");
}

TEST_CASE("the option --projection chooses the family View > Projection would, and names what it takes", "[cli][projection]") {
  auto o = parse({"--projection", "equal-earth"});
  REQUIRE(o.ok());
  CHECK(o->projection == ProjectionMode::EqualEarth);
  CHECK(parse({})->projection == ProjectionMode::Suited);
  CHECK_THAT(parse({"--projection", "mercator"}).error(), Contains("--projection") && Contains("mercator") && Contains("equal-earth"));
  CHECK_THAT(parse({"--projection"}).error(), Contains("--projection"));
}
