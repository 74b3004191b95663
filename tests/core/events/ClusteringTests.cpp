#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <random>

#include "core/events/Clustering.h"

using namespace kg;

namespace {

std::vector<int> all(std::size_t n) {
  std::vector<int> v(n);
  for (std::size_t i = 0; i < n; ++i) v[i] = static_cast<int>(i);
  return v;
}

// Every event given is either loose or in exactly one cluster.
void checkPartition(const ClusteredEvents& c, std::vector<int> events) {
  std::vector<int> seen = c.loose;
  for (const EventCluster& k : c.clusters) {
    CHECK(k.members.size() >= 2);
    seen.insert(seen.end(), k.members.begin(), k.members.end());
  }
  std::sort(seen.begin(), seen.end());
  std::sort(events.begin(), events.end());
  CHECK(seen == events);
}

}  // namespace

TEST_CASE("a cluster cell follows the zoom in steps of two", "[clustering]") {
  CHECK(clusterCellMetres(1024, 40) == 40 * 1024.0);
  CHECK(clusterCellMetres(1000, 40) == 40 * 1024.0);
  CHECK(clusterCellMetres(1025, 40) == 40 * 2048.0);
  CHECK(clusterCellMetres(1.5, 40) == 80.0);
  CHECK(clusterCellMetres(0, 40) == 0);
  CHECK(clusterCellMetres(-1, 40) == 0);
}

TEST_CASE("events close together make one cluster, events apart stay markers", "[clustering]") {
  const double cell = 1000;
  // Three at one town, one alone far off, one at a fourth of a cell from the town.
  const std::vector<MapPoint> at{{100, 100}, {120, 130}, {110, 90}, {50000, 50000}, {350, 100}};
  const ClusteredEvents c = clusterEvents(all(at.size()), at, cell);
  checkPartition(c, all(at.size()));
  REQUIRE(c.clusters.size() == 1);
  const EventCluster& town = c.clusters.front();
  CHECK(town.members == std::vector<int>{0, 1, 2, 4});
  CHECK(town.centre.x == Approx((100 + 120 + 110 + 350) / 4.0));
  CHECK(town.centre.y == Approx((100 + 130 + 90 + 100) / 4.0));
  CHECK(town.bounds.minX == 100);
  CHECK(town.bounds.maxX == 350);
  CHECK(town.bounds.minY == 90);
  CHECK(town.bounds.maxY == 130);
  CHECK(c.loose == std::vector<int>{3});
}

TEST_CASE("the selected event and events without a position are never in a cluster", "[clustering]") {
  const std::vector<MapPoint> at{{10, 10}, {20, 20}, {30, 30}, {NAN, 5}};
  const ClusteredEvents c = clusterEvents(all(at.size()), at, 1000, /*keepApart=*/1);
  checkPartition(c, all(at.size()));
  REQUIRE(c.clusters.size() == 1);
  CHECK(c.clusters[0].members == std::vector<int>{0, 2});
  CHECK(c.loose == std::vector<int>{1, 3});
  // Only some events given: the others are not drawn at all.
  const ClusteredEvents some = clusterEvents({0, 3}, at, 1000);
  CHECK(some.clusters.empty());
  CHECK(some.loose == std::vector<int>{0, 3});
}

TEST_CASE("groups across a cell's edge are drawn as one, groups a cell apart are not", "[clustering]") {
  const double cell = 1000;
  // Either side of the edge at x = 1000, 100 m apart: one cluster, not two touching discs.
  const std::vector<MapPoint> across{{950, 500}, {960, 510}, {1050, 500}, {1060, 490}};
  const ClusteredEvents joined = clusterEvents(all(across.size()), across, cell);
  REQUIRE(joined.clusters.size() == 1);
  CHECK(joined.clusters[0].members.size() == 4);
  // In neighbouring cells but 900 m apart: two groups.
  const std::vector<MapPoint> apart{{100, 500}, {110, 500}, {1000, 500}, {1010, 500}};
  CHECK(clusterEvents(all(apart.size()), apart, cell).clusters.size() == 2);
}

TEST_CASE("the same events at the same zoom group alike, and zooming in splits groups", "[clustering]") {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> coordinate(-200000, 200000);
  std::vector<MapPoint> at(2000);
  for (MapPoint& p : at) p = {coordinate(random), coordinate(random)};
  const double cell = clusterCellMetres(500, 44);
  const ClusteredEvents before = clusterEvents(all(at.size()), at, cell);
  checkPartition(before, all(at.size()));
  CHECK(before.clusters.size() > 10);
  // The same events and zoom give the same groups, whatever the order of the calls.
  const ClusteredEvents again = clusterEvents(all(at.size()), at, cell);
  REQUIRE(again.clusters.size() == before.clusters.size());
  for (std::size_t i = 0; i < before.clusters.size(); ++i) CHECK(again.clusters[i].members == before.clusters[i].members);
  // Zooming in a step splits groups: never fewer markers on screen.
  const ClusteredEvents closer = clusterEvents(all(at.size()), at, cell / 2);
  checkPartition(closer, all(at.size()));
  CHECK(closer.clusters.size() + closer.loose.size() >= before.clusters.size() + before.loose.size());
}

TEST_CASE("no cell size: every event is its own marker", "[clustering]") {
  const std::vector<MapPoint> at{{0, 0}, {0, 0}};
  CHECK(clusterEvents(all(2), at, 0).loose == std::vector<int>{0, 1});
  CHECK(clusterEvents(all(2), at, INFINITY).clusters.empty());
}
