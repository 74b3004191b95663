#include <catch2/catch.hpp>

#include "core/events/MarkerHits.h"

using namespace kg;

TEST_CASE("markers under the pointer come back topmost first", "[markers]") {
  const std::vector<ScreenMarker> markers{{{MarkerRef::Kind::Place, 0}, {100, 100}, 5},
                                          {{MarkerRef::Kind::Event, 2}, {102, 101}, 9},
                                          {{MarkerRef::Kind::Event, 3}, {300, 300}, 9}};
  const auto hits = markersAt(markers, {101, 100});
  REQUIRE(hits.size() == 2);
  CHECK(hits[0] == MarkerRef{MarkerRef::Kind::Event, 2});
  CHECK(hits[1] == MarkerRef{MarkerRef::Kind::Place, 0});
  CHECK(markersAt(markers, {200, 200}).empty());
}

TEST_CASE("a click just beside a marker still hits it, within the slack and no farther", "[markers]") {
  const std::vector<ScreenMarker> markers{{{MarkerRef::Kind::Event, 0}, {100, 100}, 8}};
  // 8 px radius and the default 3 px of slack: 11 px away is a hit, 12 px is not, in any direction.
  for (ScreenPoint p : {ScreenPoint{111, 100}, ScreenPoint{100, 89}, ScreenPoint{107.7, 107.7}}) {
    INFO(p.x << ", " << p.y);
    CHECK(markersAt(markers, p).size() == 1);
    CHECK(markersAt(markers, p, 0).empty());
  }
  CHECK(markersAt(markers, {112, 100}).empty());
  CHECK(markersAt(markers, {108, 100}, 0).size() == 1);
  CHECK(markersAt(markers, {117, 100}, 10).size() == 1);
}
