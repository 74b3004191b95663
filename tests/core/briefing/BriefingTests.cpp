// Briefing files (core/briefing): reading TOML slides, problems with file and line, writing them
// back, and the ids a briefing names checked against the data.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>

#include <filesystem>

#include "core/briefing/Briefing.h"
#include "core/geo/Projection.h"
#include "support/Process.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {

const char* kFull = R"(title = "October 2020"

[[slide]]
title = "The whole country"

[[slide]]
title = "Bishkek, 6 October"
frame_events = ["bishkek-white-house"]
time = "2020-10-01/2020-10-31"
layers = ["events.geojson"]
event = "bishkek-white-house"
passages = ["white-house-burnt-out-cars", "government-buildings-seized"]
notes = """Two reports.
Say "stormed", as they do."""

[[slide]]
title = "Chüy region"
frame_region = "KG-C"

[[slide]]
title = "Around Bishkek"
centre = [42.87, 74.6]
width_km = 60
time = "2019-08/"
)";

const std::vector<std::string>& problemsOf(const Result<BriefingFile>& read) {
  REQUIRE(read);
  return read->problems;
}

}  // namespace

TEST_CASE("a briefing file gives its title and every slide's view, time, layers, selection, passages and notes",
          "[briefing]") {
  const auto read = parseBriefing(kFull, "october.toml");
  REQUIRE(read);
  CHECK(read->problems.empty());
  const Briefing& b = read->briefing;
  CHECK(b.title == "October 2020");
  REQUIRE(b.slides.size() == 4);
  CHECK(b.slides[0].view.kind == SlideView::Kind::Whole);
  CHECK(b.slides[0].time.isOpen());
  CHECK_FALSE(b.slides[0].layersGiven);

  const Slide& s = b.slides[1];
  CHECK(s.title == "Bishkek, 6 October");
  CHECK(s.view.kind == SlideView::Kind::Events);
  CHECK(s.view.events == std::vector<std::string>{"bishkek-white-house"});
  CHECK(s.time.text() == "2020-10-01/2020-10-31");
  CHECK(s.layersGiven);
  CHECK(s.layers == std::vector<std::string>{"events.geojson"});
  CHECK(s.event == "bishkek-white-house");
  CHECK(s.passages.size() == 2);
  CHECK(s.notes == "Two reports.\nSay \"stormed\", as they do.");
  CHECK(s.lines.at("") == 6);
  CHECK(s.lines.at("passages") == 12);

  CHECK(b.slides[2].view.kind == SlideView::Kind::Region);
  CHECK(b.slides[2].view.region == "KG-C");
  const SlideView& centre = b.slides[3].view;
  CHECK(centre.kind == SlideView::Kind::Centre);
  CHECK(centre.centre.lat == 42.87);
  CHECK(centre.centre.lon == 74.6);
  CHECK(centre.widthKm == 60);
  CHECK(b.slides[3].time.text() == "2019-08-01/");

  CHECK(slideList(b) == "  1  The whole country\n  2  Bishkek, 6 October\n  3  Chüy region\n  4  Around Bishkek\n");
}

TEST_CASE("a briefing written out reads back as the same briefing, and saving replaces the file whole",
          "[briefing]") {
  auto read = parseBriefing(kFull, "october.toml");
  REQUIRE(read);
  Briefing b = read->briefing;
  // Text that needs quoting and escaping in TOML.
  b.slides[0].notes = "A line with ''' and \"\"\" and a tab\tand a backslash \\ end";
  b.slides[1].notes = "Two lines,\nthe second with ''' in it";  // once written unreadably (found by fuzzing)
  b.slides[3].notes = "Two lines,\nthe second with \"\"\" in it";
  b.slides[2].title = "Quote \" and 'apostrophe' and \\ and ünïcode";
  b.slides[3].view.centre = {41.123456789012, 75.987654321098};
  const std::string text = briefingText(b);
  const auto again = parseBriefing(text, "written.toml");
  REQUIRE(again);
  CHECK(again->problems.empty());
  CHECK(again->briefing == b);
  CHECK(text.find("title = ") == 0);  // the title first, as a person reads it

  const std::string dir = test::scratchDir("briefing-save");
  const std::string path = dir + "/talk.toml";
  test::writeFile(path, "title = \"old\"\n");
  REQUIRE(saveBriefing(path, b));
  const auto saved = readBriefing(path);
  REQUIRE(saved);
  CHECK(saved->briefing == b);
}

TEST_CASE("text that starts with a line break or ends with a quote is written so that it reads back the same",
          "[briefing][bad-input]") {
  Briefing b;
  b.title = "\n\nstarts with two line breaks";
  Slide s;
  s.title = "\r\nafter a Windows line break\n\"two\nlines";
  s.notes = "ends with a \"quote\"";
  b.slides.push_back(s);
  const auto again = parseBriefing(briefingText(b), "written.toml");
  REQUIRE(again);
  CHECK(again->problems.empty());
  CHECK(again->briefing == b);
}

TEST_CASE("a briefing whose save fails half way (the disk full) leaves the old briefing whole", "[briefing][bad-input]") {
  const std::string dir = test::scratchDir("briefing-save-interrupted");
  const std::string path = dir + "/talk.toml";
  const std::string oldText = "title = \"The talk as saved last time\"\n\n[[slide]]\ntitle = \"One\"\n";
  test::writeFile(path, oldText);
  Briefing big;
  big.title = "Longer";
  for (int i = 0; i < 200; ++i) {
    Slide s;
    s.title = "Slide " + std::to_string(i);
    s.notes = std::string(2000, 'n');
    big.slides.push_back(s);
  }
  REQUIRE(briefingText(big).size() > 64 * 1024);
  // A file size limit makes the write fail after 16 KiB, a quarter of the way, as a full disk would.
  const std::string report = test::inChild([&] {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{16384, 16384};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return std::string("cannot limit the file size");
    const auto r = saveBriefing(path, big);
    return r ? std::string("saved") : r.error();
  });
  CHECK_THAT(report, Contains(path + ": cannot write the file"));
  CHECK(test::readText(path) == oldText);
  const auto read = readBriefing(path);
  REQUIRE(read);
  CHECK(read->briefing.title == "The talk as saved last time");
  for (const auto& entry : std::filesystem::directory_iterator(dir)) CHECK(entry.path().filename() == "talk.toml");
}

TEST_CASE("a bad key or value in a briefing is a problem with file and line, and the rest is kept", "[briefing]") {
  const char* text = R"(title = "Talk"
colour = "red"

[[slide]]
title = "One"
zoom = 5
time = "October"

[[slide]]
frame_events = ["osh"]
frame_region = "KG-O"
passages = ["a", 3]

[[slide]]
title = "Three"
centre = [42.8, 200]
width_km = -4

[[slide]]
title = "Four"
centre = [42.8, 74.6]
)";
  const auto read = parseBriefing(text, "talk.toml");
  const auto& problems = problemsOf(read);
  const Briefing& b = read->briefing;
  REQUIRE(b.slides.size() == 4);
  const auto has = [&](const std::string& part) {
    return std::any_of(problems.begin(), problems.end(), [&](const std::string& p) { return p.find(part) != p.npos; });
  };
  CHECK(has("talk.toml:2: unknown key 'colour'"));
  CHECK(has("talk.toml:6: unknown key 'zoom' in a slide"));
  CHECK(has("talk.toml:7: time: "));
  CHECK(has("talk.toml:9: slide 2 has no title"));
  CHECK(has("talk.toml:11: a slide's view is one of"));
  CHECK(has("talk.toml:12: passages: every item must be an id"));
  CHECK(has("talk.toml:16: centre must be [latitude, longitude]"));
  CHECK(has("talk.toml:17: width_km must be"));
  CHECK(has("talk.toml:19: slide 4: centre and width_km go together"));
  CHECK(problems.size() == 9);

  CHECK(b.slides[0].title == "One");
  CHECK(b.slides[0].time.isOpen());  // the bad value dropped, the slide kept
  CHECK(b.slides[1].title == "Slide 2");
  CHECK(b.slides[1].view.kind == SlideView::Kind::Events);  // the first view given stands
  CHECK(b.slides[1].passages == std::vector<std::string>{"a"});
  CHECK(b.slides[2].view.kind == SlideView::Kind::Whole);
  CHECK(b.slides[3].view.kind == SlideView::Kind::Whole);
}

TEST_CASE("a briefing that cannot be read or parsed is an error naming the file", "[briefing]") {
  const auto syntax = parseBriefing("title = \"x\"\n[[slide]\ntitle = 1\n", "broken.toml");
  REQUIRE_FALSE(syntax);
  CHECK_THAT(syntax.error(), Contains("broken.toml:2:"));
  const auto empty = parseBriefing(" \n\n", "empty.toml");
  REQUIRE_FALSE(empty);
  CHECK_THAT(empty.error(), Contains("empty.toml: the briefing file is empty"));
  const auto missing = readBriefing("/nonexistent/talk.toml");
  REQUIRE_FALSE(missing);
  CHECK_THAT(missing.error(), Contains("/nonexistent/talk.toml"));
  const auto nothing = parseBriefing("# only a comment\nx = 1\n", "nothing.toml");
  REQUIRE(nothing);
  CHECK(nothing->problems.size() == 3);  // the unknown key, no title, no slides
}

TEST_CASE("ids a briefing names are checked against the data, each with its slide and line", "[briefing]") {
  const Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  const auto read = parseBriefing(kFull, "october.toml");
  REQUIRE(read);
  CHECK(unknownIds(read->briefing, "october.toml", catalog, test::bundled().regions).empty());

  Briefing b = read->briefing;
  b.slides[1].view.events = {"bishkek-white-house", "atlantis"};
  b.slides[1].event = "nowhere";
  b.slides[1].passages.push_back("no-such-passage");
  b.slides[1].layers = {"places", "acled.csv"};
  b.slides[2].view.region = "KG-ZZ";
  const auto problems = unknownIds(b, "october.toml", catalog, test::bundled().regions);
  REQUIRE(problems.size() == 5);
  CHECK_THAT(problems[0], Contains("october.toml:8: slide 2: no event 'atlantis' to frame (known: "));
  CHECK_THAT(problems[1], Contains("october.toml:11: slide 2: no event 'nowhere'"));
  CHECK_THAT(problems[2], Contains("october.toml:12: slide 2: no passage 'no-such-passage'"));
  CHECK_THAT(problems[3], Contains("october.toml:10: slide 2: no layer 'acled.csv' (known: places, events.geojson)"));
  CHECK_THAT(problems[4], Contains("october.toml:18: slide 3: no region with the code 'KG-ZZ'"));
}
