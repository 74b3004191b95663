#include <catch2/catch.hpp>

#include <cmath>
#include <random>

#include "core/geometry/FeatureGrid.h"
#include "support/TestData.h"

using namespace kg;

namespace {

Feature square(const std::string& iso, double x0, double y0, double size, std::vector<Ring> holes = {}) {
  Feature f;
  f.iso = iso;
  Polygon p{{Ring{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}}}};
  for (Ring& h : holes) p.rings.push_back(std::move(h));
  f.polygons.push_back(std::move(p));
  for (const Ring& r : f.polygons.front().rings)
    for (const MapPoint& q : r) f.bounds.add(q);
  return f;
}

}  // namespace

TEST_CASE("the feature grid gives HitTester's answer at 20,000 points over Kyrgyzstan's regions", "[hit][grid]") {
  const auto& regions = test::bundled().regions;
  const FeatureGrid grid(&regions);
  const HitTester exact(&regions);
  Bounds all;
  for (const Feature& f : regions) all.add(f.bounds);
  std::mt19937 random(7);
  std::uniform_real_distribution<double> x(all.minX - all.width() * 0.05, all.maxX + all.width() * 0.05);
  std::uniform_real_distribution<double> y(all.minY - all.height() * 0.05, all.maxY + all.height() * 0.05);
  int inside = 0, differ = 0;
  for (int i = 0; i < 20000; ++i) {
    const MapPoint p{x(random), y(random)};
    const int expected = exact.featureAt(p);
    if (grid.featureAt(p) != expected) ++differ;
    if (expected >= 0) ++inside;
  }
  CHECK(differ == 0);
  CHECK(inside > 5000);  // the points are spread over the regions, not only around them
  // Most cells answer at once: the grid is doing its work, not handing every point on.
  CHECK(grid.settledShare() > 0.8);
}

TEST_CASE("the feature grid keeps holes and neighbours apart, even with coarse cells", "[hit][grid]") {
  // A square with a hole, and a second square filling the hole exactly.
  const std::vector<Feature> features{square("A", 0, 0, 10, {Ring{{4, 4}, {6, 4}, {6, 6}, {4, 6}}}),
                                      square("B", 4, 4, 2), square("C", 20, 0, 3)};
  for (int cells : {1, 3, 8, 64}) {
    const FeatureGrid grid(&features, cells);
    const HitTester exact(&features);
    for (double px = -1.05; px < 24; px += 0.1)
      for (double py = -1.05; py < 11; py += 0.1) {
        INFO("cells " << cells << " at " << px << ", " << py);
        REQUIRE(grid.featureAt({px, py}) == exact.featureAt({px, py}));
      }
    CHECK(grid.featureAt({5, 5}) == 1);   // in the hole: B, not A
    CHECK(grid.featureAt({1, 1}) == 0);   // A
    CHECK(grid.featureAt({15, 5}) == -1); // between them, inside the grid
    CHECK(grid.featureAt({21, 1}) == 2);
  }
}

TEST_CASE("the feature grid answers nothing for no features and for points that are not numbers", "[hit][grid]") {
  const std::vector<Feature> none;
  CHECK(FeatureGrid(&none).featureAt({0, 0}) == -1);
  CHECK(FeatureGrid(nullptr).featureAt({0, 0}) == -1);
  const auto& regions = test::bundled().regions;
  const FeatureGrid grid(&regions);
  CHECK(grid.featureAt({std::nan(""), 0}) == -1);
  CHECK(grid.featureAt({0, INFINITY}) == -1);
  CHECK(grid.featureAt({1e300, -1e300}) == -1);
}
