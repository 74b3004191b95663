#include <catch2/catch.hpp>

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
