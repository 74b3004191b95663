#include <catch2/catch.hpp>

#include "core/geometry/Simplifier.h"

using namespace kg;

TEST_CASE("points within the tolerance of a straight edge are dropped, points beyond it kept", "[simplify]") {
  // A 10 km square whose bottom edge zigzags 5 m either side of the line.
  Ring ring{{0, 0}};
  for (int i = 1; i < 100; ++i) ring.push_back({i * 100.0, i % 2 ? 5.0 : -5.0});
  for (MapPoint p : {MapPoint{10000, 0}, MapPoint{10000, 10000}, MapPoint{0, 10000}}) ring.push_back(p);
  CHECK(simplifyRing(ring, 20).size() == 4);
  CHECK(simplifyRing(ring, 6).size() == 4);
  CHECK(simplifyRing(ring, 4).size() > 40);  // every zigzag is 5 m off the edge: they stay
}

TEST_CASE("a long thin ring is kept: only one smaller than the tolerance both ways is a speck", "[simplify]") {
  const Polygon thin{{Ring{{0, 0}, {50000, 0}, {50000, 300}, {0, 300}}}};
  CHECK(simplifyPolygon(thin, 500).rings.size() == 1);
  const Polygon tall{{Ring{{0, 0}, {300, 0}, {300, 50000}, {0, 50000}}}};
  CHECK(simplifyPolygon(tall, 500).rings.size() == 1);
  const Polygon speck{{Ring{{0, 0}, {400, 0}, {400, 300}, {0, 300}}}};
  CHECK(simplifyPolygon(speck, 500).rings.empty());
  // A speck of a hole goes, and its polygon stays.
  const Polygon holed{{Ring{{0, 0}, {50000, 0}, {50000, 50000}, {0, 50000}}, Ring{{10, 10}, {20, 10}, {20, 20}}}};
  CHECK(simplifyPolygon(holed, 500).rings.size() == 1);
}

TEST_CASE("an open line keeps both its ends and loses only the points within the tolerance", "[simplify]") {
  // 10 km east with a 5 m zigzag, then a 2 km step north: the step's corner must stay.
  Ring line{{0, 0}};
  for (int i = 1; i < 100; ++i) line.push_back({i * 100.0, i % 2 ? 5.0 : -5.0});
  line.push_back({10000, 0});
  line.push_back({10000, 2000});
  const Ring coarse = simplifyLine(line, 20);
  REQUIRE(coarse.size() == 3);
  CHECK(coarse.front().x == 0);
  CHECK(coarse[1].x == 10000);
  CHECK(coarse[1].y == 0);
  CHECK(coarse.back().y == 2000);
  CHECK(simplifyLine(line, 4).size() > 40);
  CHECK(simplifyLine(Ring{{0, 0}, {5, 5}}, 100).size() == 2);  // a line is never less than its two ends
  CHECK(simplifyLine(Ring{{0, 0}}, 100).empty());
}
