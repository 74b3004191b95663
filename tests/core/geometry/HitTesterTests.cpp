#include <catch2/catch.hpp>

#include "core/geometry/HitTester.h"
#include "support/TestData.h"

using namespace kg;

namespace {
std::string regionAt(GeoPoint g) {
  const auto& data = test::bundled();
  const int i = HitTester(&data.regions).featureAt(Projection().forward(g));
  return i < 0 ? "" : data.regions[i].iso;
}
}  // namespace

TEST_CASE("Naryn town is in Naryn Region", "[hit]") { CHECK(regionAt(test::kNarynTown) == "KG-N"); }
TEST_CASE("Osh city is in Osh Region", "[hit]") { CHECK(regionAt(test::kOshCity) == "KG-O"); }
TEST_CASE("the White House is in Bishkek city", "[hit]") { CHECK(regionAt(test::kBishkekWhiteHouse) == "KG-GB"); }
TEST_CASE("a point in China is in no Kyrgyz region", "[hit]") { CHECK(regionAt(test::kKashgarChina).empty()); }

TEST_CASE("a point in a hole is outside the polygon", "[hit]") {
  const Polygon p{{Ring{{0, 0}, {10, 0}, {10, 10}, {0, 10}}, Ring{{4, 4}, {6, 4}, {6, 6}, {4, 6}}}};
  CHECK(polygonContains(p, {2, 2}));
  CHECK_FALSE(polygonContains(p, {5, 5}));
  CHECK_FALSE(polygonContains(p, {11, 5}));
}

TEST_CASE("NaN points hit nothing", "[hit]") {
  const auto& data = test::bundled();
  CHECK(HitTester(&data.regions).featureAt({std::nan(""), 0}) == -1);
}
