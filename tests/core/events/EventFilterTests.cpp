#include <catch2/catch.hpp>

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
