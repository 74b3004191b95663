#include <catch2/catch.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "core/events/Catalog.h"
#include "core/events/EventFilter.h"

using namespace kg;

namespace {
Event event() {
  Event e;
  e.id = "x";
  e.title = "Peaceful protest in Bishkek";
  e.place = "Ala-Too Square";
  e.actors = "Protesters (Kyrgyzstan); Police Forces of Kyrgyzstan";
  e.notes = "Митинг у Белого дома.";
  e.kind = "Protests";
  e.regionIso = "KG-GB";
  e.days = *parseIsoPeriod("2020-10-05");
  e.layer = 1;
  return e;
}
}  // namespace

TEST_CASE("case folds ASCII and the Russian and Kyrgyz letters", "[events][filter]") {
  CHECK(foldCase("Bishkek OSH") == "bishkek osh");
  CHECK(foldCase("БИШКЕК Ёлка") == "бишкек ёлка");
  CHECK(foldCase("ҢӨҮ") == "ңөү");
  CHECK(foldCase("ңөү") == "ңөү");
  CHECK(foldCase("Ысык-Көл") == "ысык-көл");
  CHECK(foldCase("ӂ") == "ӂ");  // lower case already: unchanged
  CHECK(foldCase("Ӂ") == "ӂ");
  CHECK(foldCase("«—»") == "«—»");
}

TEST_CASE("the filter matches kind, region, words and actors, each only when set", "[events][filter]") {
  const Event e = event();
  EventFilter f;
  CHECK(f.isOpen());
  CHECK(f.matches(e));
  f.hiddenKinds = {"Riots"};
  CHECK(f.matches(e));
  f.hiddenKinds = {"Protests"};
  CHECK_FALSE(f.matches(e));
  f.hiddenKinds.clear();
  f.region = "KG-O";
  CHECK_FALSE(f.matches(e));
  f.region = "KG-GB";
  CHECK(f.matches(e));
  f.text = "ala-too";  // in the place
  CHECK(f.matches(e));
  f.text = "БЕЛОГО";  // in the notes, another case
  CHECK(f.matches(e));
  f.text = "Osh";
  CHECK_FALSE(f.matches(e));
  f.text.clear();
  f.actor = "police";
  CHECK(f.matches(e));
  f.actor = "military";
  CHECK_FALSE(f.matches(e));
  f.actor.clear();
  f.hiddenLayers = {1};
  CHECK_FALSE(f.matches(e));
  CHECK_FALSE(f.isOpen());
}

TEST_CASE("the timeline's bars count the events every filter but the time leaves shown", "[events][filter][timeline]") {
  Catalog c;
  auto add = [&](const std::string& id, const std::string& kind, const std::string& date) {
    Event e = event();
    e.id = id;
    e.kind = kind;
    e.days = *parseIsoPeriod(date);
    e.layer = 0;
    c.events.push_back(e);
  };
  add("a", "Protests", "2020-01-10");
  add("b", "Riots", "2020-01-20");
  add("c", "Protests", "2020-12-05");
  Event undated = event();
  undated.id = "d";
  undated.undated = true;
  undated.layer = 0;
  c.events.push_back(undated);
  c.layers.resize(1);
  c.reindex();
  auto total = [](const Histogram& h) {
    std::size_t n = 0;
    for (const auto count : h.counts) n += static_cast<std::size_t>(count);
    return n;
  };
  EventFilter all;
  CHECK(total(timelineHistogram(c, all, 12)) == 3);  // the undated one is on no timeline
  EventFilter protests;
  protests.hiddenKinds = {"Riots"};
  protests.time.from = dayFromCivil(2020, 6, 1);  // the brush itself does not narrow the bars
  const Histogram h = timelineHistogram(c, protests, 12);
  CHECK(total(h) == 2);
  CHECK(h.starts.front() <= dayFromCivil(2020, 1, 10));  // the bars span the whole catalog
  CHECK(h.end >= dayFromCivil(2020, 12, 5));
  EventFilter nothing;
  nothing.text = "no such words";
  CHECK(total(timelineHistogram(c, nothing, 12)) == 0);
}

TEST_CASE("the events of a stretch of time are those the filter matches, found by search in a time-ordered catalog",
          "[events][filter][time]") {
  // Days, weeks and months (as ACLED's time precision gives them), a few long ones, and undated.
  std::mt19937 random(11);
  Catalog c;
  const Day start = *parseDayText("2010-01-01");
  for (int i = 0; i < 5000; ++i) {
    Event e = event();
    e.id = "e" + std::to_string(i);
    const Day first = start + static_cast<Day>(random() % 4000);
    const int kind = static_cast<int>(random() % 100);
    const Day length = kind < 60 ? 0 : kind < 85 ? 6 : kind < 98 ? 29 : 400;
    e.days = {first, first + length};
    e.undated = kind == 99;
    c.events.push_back(e);
  }
  std::stable_sort(c.events.begin(), c.events.end(), [](const Event& a, const Event& b) {
    return a.undated != b.undated ? b.undated : !a.undated && a.days.first < b.days.first;
  });
  c.reindex();
  REQUIRE(c.timeOrdered());
  CHECK(c.longestSpan() == 400);
  auto bruteForce = [&](const EventFilter& f) {
    std::vector<int> out;
    for (std::size_t i = 0; i < c.events.size(); ++i)
      if (f.matches(c.events[i])) out.push_back(static_cast<int>(i));
    return out;
  };
  for (int i = 0; i < 300; ++i) {
    EventFilter f;
    const Day from = start - 50 + static_cast<Day>(random() % 4100);
    const Day to = from + static_cast<Day>(random() % 90);
    const int open = static_cast<int>(random() % 4);  // either side may be open
    if (open != 1) f.time.from = from;
    if (open != 2) f.time.to = to;
    if (i % 5 == 0) f.text = "bishkek";
    INFO("range " << f.time.text());
    REQUIRE(shownEvents(c, f) == bruteForce(f));
  }
  // Out of order (a catalog changed without reindex), the search is not used and the answer holds.
  std::swap(c.events.front(), c.events[2500]);
  c.reindex();
  CHECK_FALSE(c.timeOrdered());
  EventFilter f;
  f.time.from = start + 100;
  f.time.to = start + 130;
  CHECK(shownEvents(c, f) == bruteForce(f));
}
