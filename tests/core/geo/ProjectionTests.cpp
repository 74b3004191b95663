#include <catch2/catch.hpp>

#include <cmath>

#include "core/geo/Geodesy.h"
#include "core/geo/Projection.h"

using namespace kg;

TEST_CASE("projection round trips over Kyrgyzstan and the whole globe", "[projection]") {
  const Projection p;
  for (double lat = -85; lat <= 85; lat += 17)
    for (double lon = -179; lon <= 179; lon += 23) {
      const GeoPoint back = p.inverse(p.forward({lat, lon}));
      CHECK(back.lat == Approx(lat).margin(1e-8));
      CHECK(back.lon == Approx(lon).margin(1e-8));
    }
}

TEST_CASE("the projection is centred on Kyrgyzstan", "[projection]") {
  const MapPoint origin = Projection().forward({41.3, 74.5});
  CHECK(origin.x == Approx(0).margin(1e-6));
  CHECK(origin.y == Approx(0).margin(1e-6));
}

TEST_CASE("projected distances across Kyrgyzstan match the ellipsoid to within 1%", "[projection]") {
  const Projection p;
  const GeoPoint bishkek{42.877, 74.603}, osh{40.53, 72.8}, karakol{42.49, 78.39};
  for (auto [a, b] : {std::pair{bishkek, osh}, std::pair{bishkek, karakol}, std::pair{osh, karakol}}) {
    const MapPoint pa = p.forward(a), pb = p.forward(b);
    const double planar = std::hypot(pa.x - pb.x, pa.y - pb.y);
    CHECK(planar == Approx(geodesicDistanceMetres(a, b)).epsilon(0.01));
  }
}

TEST_CASE("geodesic distance Bishkek to Osh is about 300 km", "[geodesy]") {
  // Straight-line distance between the two city centres.
  CHECK(geodesicDistanceMetres({42.877, 74.603}, {40.53, 72.8}) / 1000 == Approx(300).margin(10));
}
