#include <catch2/catch.hpp>

#include <algorithm>

#include "core/events/EventKinds.h"
#include "support/CatalogFixtures.h"

using namespace kg;
using namespace kg::test;

namespace {
bool same(Rgba a, Rgba b) { return a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a; }
}  // namespace

TEST_CASE("the standard kinds keep their Okabe-Ito colours and a shape each", "[events][kinds]") {
  const EventKinds kinds = EventKinds::standard();
  REQUIRE(kinds.all().size() == 9);  // the bundled three and ACLED's six event types
  const KindStyle protest = kinds.style("protest");
  CHECK(protest.label == "protest");
  CHECK(protest.shape == MarkerShape::Circle);
  CHECK(same(protest.colour, Rgba{0xD5, 0x5E, 0x00, 0xFF}));
  CHECK(protest.sizePx == 18);
  const KindStyle clash = kinds.style("armed-clash");
  CHECK(clash.label == "armed clash");
  CHECK(clash.shape == MarkerShape::Diamond);
  CHECK(same(clash.colour, Rgba{0x00, 0x72, 0xB2, 0xFF}));
  CHECK(clash.sizePx == 21);
  const KindStyle mine = kinds.style("mine-attack");
  CHECK(mine.label == "attack on a mine");
  CHECK(mine.shape == MarkerShape::Square);
  CHECK(same(mine.colour, Rgba{0x22, 0x22, 0x22, 0xFF}));
  CHECK(mine.sizePx == 17);
  // ACLED's types as its exports spell them; no two of them share both colour and shape.
  const std::vector<std::string> acled = {"Protests", "Riots", "Battles", "Violence against civilians",
                                          "Explosions/Remote violence", "Strategic developments"};
  for (const std::string& a : acled) {
    CHECK(kinds.knows(a));
    for (const std::string& b : acled)
      if (a != b)
        CHECK_FALSE((same(kinds.style(a).colour, kinds.style(b).colour) && kinds.style(a).shape == kinds.style(b).shape));
  }
}

TEST_CASE("a kind the table does not know gets the neutral style, labelled with its own name", "[events][kinds]") {
  EventKinds kinds = EventKinds::standard();
  CHECK_FALSE(kinds.knows("road-block"));
  const KindStyle s = kinds.style("road-block");
  const KindStyle neutral = EventKinds::neutralStyle("road-block");
  CHECK(s.label == "road-block");
  CHECK(s.shape == neutral.shape);
  CHECK(same(s.colour, neutral.colour));
  CHECK(s.sizePx == neutral.sizePx);
  for (const EventKind& k : kinds.all()) CHECK_FALSE(same(k.style.colour, neutral.colour));
  // The table is open: a kind added later has its own style.
  kinds.add("road-block", {"road block", MarkerShape::Square, Rgba{0x00, 0x9E, 0x73, 0xFF}, 16});
  CHECK(kinds.knows("road-block"));
  CHECK(kinds.label("road-block") == "road block");
}

TEST_CASE("an event of an unknown kind loads, with the default style, and is in the legend's kinds",
          "[events][kinds]") {
  ScratchCatalog f("odd-kind");
  f.paths.events = f.write(
      "events.geojson",
      featureCollection({pointFeature(R"("id":"odd-kind","title":"T","date":"2020","kind":"riot","radius_km":1)", 74.6,
                                      42.87),
                         pointFeature(R"("id":"usual",)" + kGoodEventProps, 74.6, 42.87)}));
  const Catalog c = loadCatalog(f.paths, bundled(), Projection());
  REQUIRE(c.events.size() == 2);
  const Event* odd = c.findEvent("odd-kind");
  REQUIRE(odd != nullptr);
  CHECK(odd->kind == "riot");
  CHECK(c.kinds.label(odd->kind) == "riot");
  CHECK(same(c.kinds.style(odd->kind).colour, EventKinds::neutralStyle("riot").colour));
  // Not a problem at all: nothing is said about that feature, nor about any kind.
  for (const std::string& p : c.problems)
    CHECK_THAT(p, !Catch::Matchers::Contains("(id 'odd-kind')") && !Catch::Matchers::Contains("kind '"));
  CHECK(c.kindsInUse() == std::vector<std::string>{"protest", "riot"});
}

TEST_CASE("the bundled events use the standard kinds", "[events][kinds]") {
  const Catalog& c = bundledCatalog();
  CHECK(c.kindsInUse() == std::vector<std::string>{"protest", "armed-clash", "mine-attack"});
  CHECK(c.kinds.label(c.findEvent("koy-tash")->kind) == "armed clash");
}
