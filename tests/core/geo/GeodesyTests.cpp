// Areas and distances on the ellipsoid, for features given on the projected plane.
#include <catch2/catch.hpp>

#include "core/geo/Geodesy.h"

using namespace kg;

namespace {

// A lat/lon box as a projected ring, and the same corners in degrees.
struct Box {
  Ring ring;
  std::vector<GeoPoint> corners;
};
Box box(const Projection& p, double south, double west, double size) {
  Box b;
  b.corners = {{south, west}, {south, west + size}, {south + size, west + size}, {south + size, west}};
  for (GeoPoint g : b.corners) b.ring.push_back(p.forward(g));
  return b;
}

}  // namespace

TEST_CASE("a hole's area is taken away from its polygon's, and polygons add up", "[geodesy]") {
  const Projection p;
  const Box outer = box(p, 41, 74, 1), hole = box(p, 41.25, 74.25, 0.5), island = box(p, 40, 72, 0.25);
  const double outerKm2 = geodesicRingAreaM2(outer.corners) / 1e6, holeKm2 = geodesicRingAreaM2(hole.corners) / 1e6;
  const double islandKm2 = geodesicRingAreaM2(island.corners) / 1e6;
  REQUIRE(outerKm2 == Approx(9300).epsilon(0.05));  // a degree square at 41 N: about 111 km by 84 km
  REQUIRE(holeKm2 > 2000);

  Feature f;
  f.polygons.push_back(Polygon{{outer.ring, hole.ring}});
  CHECK(geodesicAreaKm2(f, p) == Approx(outerKm2 - holeKm2).epsilon(1e-6));
  f.polygons.push_back(Polygon{{island.ring}});
  CHECK(geodesicAreaKm2(f, p) == Approx(outerKm2 - holeKm2 + islandKm2).epsilon(1e-6));
}

TEST_CASE("a ring's area does not depend on its direction", "[geodesy]") {
  const Box b = box(Projection(), 42, 75, 0.5);
  std::vector<GeoPoint> reversed(b.corners.rbegin(), b.corners.rend());
  CHECK(geodesicRingAreaM2(reversed) == Approx(geodesicRingAreaM2(b.corners)));
}
