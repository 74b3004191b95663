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
