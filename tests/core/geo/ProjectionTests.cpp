#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <utility>

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

// Longitudes like these come from broken or hostile files. The old wrapping loop subtracted 360
// until in range, which never ends once 360 is below the spacing of doubles (from about 1e17):
// before the fix this test case hung, and the ctest timeout turns that into a failure.
TEST_CASE("absurd longitudes are wrapped promptly", "[projection][bad-input]") {
  const Projection p;
  for (double lon : {1e17, 1e300, -3e18, -1e300, std::numeric_limits<double>::max()}) {
    INFO("lon " << lon);
    const MapPoint m = p.forward({40, lon});
    CHECK(isFinite(m));
    const GeoPoint back = p.inverse(m);
    CHECK(isValid(back));
  }
}

TEST_CASE("longitudes outside -180..180 project like their wrapped value", "[projection]") {
  const Projection p;
  for (auto [lon, wrapped] : {std::pair{434.5, 74.5}, std::pair{-285.5, 74.5}, std::pair{400.0, 40.0},
                              std::pair{-200.0, 160.0}, std::pair{720.0 + 30, 30.0}}) {
    INFO("lon " << lon);
    const MapPoint a = p.forward({41, lon}), b = p.forward({41, wrapped});
    CHECK(a.x == Approx(b.x).margin(1e-6));
    CHECK(a.y == Approx(b.y).margin(1e-6));
  }
  // Ordinary values are untouched by the wrapping, including both sides of the cut.
  CHECK(p.forward({41.3, 74.5}).x == Approx(0).margin(1e-9));
  CHECK(p.forward({41, 434.5}).x == Approx(0).margin(1e-6));
  CHECK(p.inverse(p.forward({10, p.cutLongitude() + 1e-6})).lon == Approx(p.cutLongitude() + 1e-6).margin(1e-8));
  CHECK(p.inverse(p.forward({10, p.cutLongitude() - 1e-6})).lon == Approx(p.cutLongitude() - 1e-6).margin(1e-8));
}

TEST_CASE("NaN and infinite coordinates project to NaN, never to a plausible point", "[projection][bad-input]") {
  const Projection p;
  const double nan = std::numeric_limits<double>::quiet_NaN(), inf = std::numeric_limits<double>::infinity();
  for (GeoPoint g : {GeoPoint{40, nan}, GeoPoint{nan, 74}, GeoPoint{40, inf}, GeoPoint{40, -inf}, GeoPoint{inf, 74},
                     GeoPoint{nan, nan}}) {
    INFO("lat " << g.lat << " lon " << g.lon);
    const MapPoint m = p.forward(g);
    CHECK(std::isnan(m.x));
    CHECK(std::isnan(m.y));
  }
  for (MapPoint m : {MapPoint{nan, 0}, MapPoint{0, nan}, MapPoint{inf, 0}, MapPoint{-inf, inf}, MapPoint{0, -inf}}) {
    INFO("x " << m.x << " y " << m.y);
    const GeoPoint g = p.inverse(m);
    CHECK(std::isnan(g.lat));
    CHECK(std::isnan(g.lon));
  }
}

TEST_CASE("map points off the globe give NaN promptly, never a made-up place", "[projection][bad-input]") {
  const Projection p;
  for (double v : {4e7, 1e17, 1e300, -3e18}) {
    INFO("v " << v);
    for (MapPoint m : {MapPoint{v, 0}, MapPoint{0, v}, MapPoint{v, v}}) {
      const GeoPoint g = p.inverse(m);
      CHECK(std::isnan(g.lat));
      CHECK(std::isnan(g.lon));
    }
  }
  // Just inside the globe's edge, a place is still found.
  const MapPoint nearEdge = p.forward({-89, p.cutLongitude() + 0.5});
  CHECK(isValid(p.inverse(nearEdge)));
}

TEST_CASE("the equal-area projections chosen for data round trip over the part of the globe they show", "[projection]") {
  for (const Projection& p : {Projection::equalEarth(0), Projection::equalEarth(150), Projection::azimuthal(-90, 0),
                              Projection::azimuthal(90, 0), Projection::azimuthal(10, 20), Projection::albers(-96, 29.5, 45.5, 37.5)}) {
    INFO(p.definition());
    for (double lat = -80; lat <= 80; lat += 20)
      for (double lon = -170; lon <= 170; lon += 40) {
        const GeoPoint back = p.inverse(p.forward({lat, lon}));
        CHECK(back.lat == Approx(lat).margin(1e-6));
        CHECK(back.lon == Approx(lon).margin(1e-6));
      }
  }
}

TEST_CASE("the projections chosen for data are on the authalic sphere of WGS84", "[projection]") {
  for (const Projection& p : {Projection(), Projection::equalEarth(0), Projection::azimuthal(-90, 0)}) {
    const std::string d = p.definition();
    const auto at = d.find("+R=");
    REQUIRE(at != std::string::npos);
    CHECK(std::stod(d.substr(at + 3)) == Projection::kEarthRadius);
  }
}

TEST_CASE("projections are equal when they project alike, whoever made them", "[projection]") {
  CHECK(Projection() == Projection::albers(74.5, 40, 42.5, 41.3));
  CHECK(Projection() != Projection::albers(74, 40, 42.5, 41.3));
  CHECK(Projection::equalEarth(0) != Projection::azimuthal(0, 0));
}

TEST_CASE("a projection whose edge no map has is refused", "[projection][bad-input]") {
  ProjectionSpec spec = Projection::equalEarth(0).spec();
  spec.edge.halfWidth = 0;
  CHECK_FALSE(Projection::make(spec));
  spec = Projection::equalEarth(0).spec();
  spec.edge.minLat = 91;
  CHECK_FALSE(Projection::make(spec));
  spec = Projection::equalEarth(0).spec();
  spec.definition = "+proj=nosuchthing";
  const auto made = Projection::make(spec);
  REQUIRE_FALSE(made);
  CHECK(made.error().find("Equal Earth") != std::string::npos);
}

TEST_CASE("the cone is cut open on the meridian opposite the centre", "[projection]") {
  CHECK(Projection().cutLongitude() == Approx(74.5 - 180));
  CHECK(Projection::albers(-100, 40, 42.5, 41.3).cutLongitude() == Approx(80));
  // Just either side of the cut, points land at opposite edges of the map, far apart.
  const Projection p;
  const MapPoint west = p.forward({40, p.cutLongitude() - 0.01}), east = p.forward({40, p.cutLongitude() + 0.01});
  CHECK(west.x * east.x < 0);
  CHECK(std::hypot(west.x - east.x, west.y - east.y) > 1e6);
  // Away from the cut, neighbours stay neighbours.
  const MapPoint a = p.forward({40, -p.cutLongitude() - 0.01}), b = p.forward({40, -p.cutLongitude() + 0.01});
  CHECK(std::hypot(a.x - b.x, a.y - b.y) < 1e4);
}
