#include <catch2/catch.hpp>

#include "core/events/Catalog.h"
#include "core/layers/Overlay.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {
std::size_t vertices(const std::vector<Ring>& rings) {
  std::size_t n = 0;
  for (const Ring& r : rings) n += r.size();
  return n;
}
}  // namespace

TEST_CASE("a boundary file read as an overlay keeps every ring, with a coarser copy", "[overlay]") {
  const BoundaryData& map = test::bundled();
  const auto overlay = readOverlay(test::bundledPath(), Projection());
  REQUIRE(overlay);
  CHECK(overlay->shapes == map.regions.size() + map.context.size());
  CHECK(overlay->name == "kyrgyzstan.gpkg");
  CHECK(vertices(overlay->rings) == map.vertexCount);
  CHECK(vertices(overlay->coarseRings) > 0);
  CHECK(vertices(overlay->coarseRings) < vertices(overlay->rings) / 2);
  CHECK(overlay->coarseTolerance > 0);
  const Bounds regions = map.regionBounds();
  CHECK(overlay->bounds.contains({regions.minX, regions.minY}));
  CHECK(overlay->bounds.contains({regions.maxX, regions.maxY}));
}

TEST_CASE("File > Open tells boundaries from events by the geometry of the layer", "[overlay]") {
  const auto polygons = holdsPolygons(test::bundledPath());
  REQUIRE(polygons);
  CHECK(*polygons);
  const auto points = holdsPolygons(CatalogPaths::bundled().events);
  REQUIRE(points);
  CHECK_FALSE(*points);
  const auto missing = holdsPolygons("/no/such/districts.gpkg");
  REQUIRE_FALSE(missing);
  CHECK_THAT(missing.error(), Contains("/no/such/districts.gpkg"));
}

TEST_CASE("a file of points is refused as an overlay, naming the file", "[overlay]") {
  const std::string events = CatalogPaths::bundled().events;
  const auto overlay = readOverlay(events, Projection());
  REQUIRE_FALSE(overlay);
  CHECK_THAT(overlay.error(), Contains(events));
}
