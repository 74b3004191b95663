#include <catch2/catch.hpp>

#include <cmath>

#include "core/geo/ProjectionChoice.h"
#include "core/geo/ShapeCut.h"
#include "core/geometry/HitTester.h"

using namespace kg;

namespace {

// A ring along a parallel all round the globe, then closed along the south pole the way Natural
// Earth closes Antarctica (or without the pole, as it comes back from a polar CRS).
GeoRing antarctica(bool closedAlongPole) {
  GeoRing ring;
  for (double lon = -180; lon <= 180; lon += 5) ring.push_back({-70 + 3 * std::sin(lon * M_PI / 45), lon});
  if (closedAlongPole) {
    ring.push_back({-90, 180});
    ring.push_back({-90, -180});
  } else {
    ring.pop_back();  // 180 is -180 again
  }
  return ring;
}

GeoRing box(double west, double south, double east, double north) {
  return {{south, west}, {south, east}, {north, east}, {north, west}};
}

std::vector<Polygon> onMap(const GeoPolygon& polygon, const Projection& projection) {
  std::vector<Polygon> out;
  for (const GeoPolygon& piece : cutPolygon(polygon, projection.edge())) {
    Polygon p = projectPiece(piece, projection);
    if (!p.rings.empty()) out.push_back(std::move(p));
  }
  return out;
}

bool covers(const std::vector<Polygon>& polygons, const Projection& projection, GeoPoint g) {
  const MapPoint m = projection.forward(g);
  for (const Polygon& p : polygons)
    if (polygonContains(p, m)) return true;
  return false;
}

}  // namespace

TEST_CASE("a polygon away from the cut is one piece, unchanged", "[shapecut]") {
  const Projection p = Projection::equalEarth(0);
  const auto pieces = cutPolygon({{box(10, 40, 20, 50)}}, p.edge());
  REQUIRE(pieces.size() == 1);
  REQUIRE(pieces[0].rings.size() == 1);
  CHECK(pieces[0].rings[0].size() == 4);
  CHECK(pieces[0].rings[0][0].lon == Approx(10));
  CHECK(pieces[0].rings[0][0].lat == Approx(40));
}

TEST_CASE("a polygon across the cut meridian is cut in two, each at its own edge of the map", "[shapecut]") {
  // A state straddling 105.5 W, where the cone centred on Kyrgyzstan is cut open.
  const Projection kyrgyz;
  const GeoPolygon state{{box(-109, 37, -102, 41)}};
  const auto pieces = onMap(state, kyrgyz);
  REQUIRE(pieces.size() == 2);
  double xs[2];
  for (int i = 0; i < 2; ++i) {
    Bounds b;
    for (const MapPoint& m : pieces[static_cast<std::size_t>(i)].rings[0]) b.add(m);
    xs[i] = b.centre().x;
  }
  CHECK(xs[0] * xs[1] < 0);  // opposite edges
  // Both halves are there: points either side of the cut are inside.
  CHECK(covers(pieces, kyrgyz, {39, -107}));
  CHECK(covers(pieces, kyrgyz, {39, -103}));
  CHECK_FALSE(covers(pieces, kyrgyz, {39, -111}));

  // The projection chosen for the state itself keeps it whole.
  ExtentBuilder extent;
  extent.add(state.rings[0], true);
  const Projection own = projectionFor(extent.extent());
  const auto whole = onMap(state, own);
  REQUIRE(whole.size() == 1);
  CHECK(covers(whole, own, {39, -107}));
  CHECK(covers(whole, own, {39, -103}));
}

TEST_CASE("a hole is cut with its polygon, each part in the part of the polygon it is in", "[shapecut]") {
  const Projection p = Projection::equalEarth(0);
  const GeoPolygon island{{box(170, -20, -170, -10), box(178, -16, -178, -14)}};  // across 180
  const auto pieces = onMap(island, p);
  REQUIRE(pieces.size() == 2);
  for (const Polygon& piece : pieces) CHECK(piece.rings.size() == 2);
  CHECK(covers(pieces, p, {-12, 175}));
  CHECK(covers(pieces, p, {-12, -175}));
  CHECK_FALSE(covers(pieces, p, {-15, 179}));   // in the hole, west of the cut
  CHECK_FALSE(covers(pieces, p, {-15, -179}));  // and east of it
}

TEST_CASE("a ring round the south pole is closed along the pole, at the bottom of a world map", "[shapecut]") {
  const Projection world = Projection::equalEarth(0);
  for (bool alongPole : {true, false}) {
    INFO("closed along the pole in the file: " << alongPole);
    const auto pieces = onMap({{antarctica(alongPole)}}, world);
    REQUIRE_FALSE(pieces.empty());
    CHECK(covers(pieces, world, {-85, 0}));
    CHECK(covers(pieces, world, {-80, 120}));
    CHECK(covers(pieces, world, {-80, -179}));
    CHECK_FALSE(covers(pieces, world, {5, 20}));    // Africa
    CHECK_FALSE(covers(pieces, world, {-50, 20}));  // the Southern Ocean
    for (const Polygon& piece : pieces)
      for (const MapPoint& m : piece.rings[0]) CHECK(m.y < 0);
  }
  // On a cone cut at 105.5 W it is cut there too, and still covers the pole's side only.
  const Projection kyrgyz;
  const auto onCone = onMap({{antarctica(true)}}, kyrgyz);
  CHECK(onCone.size() == 2);
  CHECK(covers(onCone, kyrgyz, {-85, 0}));
  CHECK_FALSE(covers(onCone, kyrgyz, {41, 74.5}));
}

TEST_CASE("on a map centred on the south pole, a ring round it is the loop it looks like", "[shapecut]") {
  const Projection south = Projection::azimuthal(-90, 0);
  for (bool alongPole : {true, false}) {
    INFO("closed along the pole in the file: " << alongPole);
    const auto pieces = onMap({{antarctica(alongPole)}}, south);
    REQUIRE(pieces.size() == 1);
    CHECK(covers(pieces, south, {-90, 0}));
    CHECK(covers(pieces, south, {-75, 45}));
    CHECK_FALSE(covers(pieces, south, {-60, 45}));
    // No spike to the centre where the file closed the ring along the pole.
    for (const MapPoint& m : pieces[0].rings[0]) CHECK(std::hypot(m.x, m.y) > 1e6);
  }
}

TEST_CASE("a ring that goes through the pole as a point is drawn without a spike to it", "[shapecut]") {
  // As Natural Earth's Antarctica comes back from EPSG:3031: its pole line is one point there.
  GeoRing ring;
  for (double lon = -179.9; lon <= 179.9; lon += 5) ring.push_back({-70, lon});
  ring.push_back({-70, 179.9});
  ring.push_back({-90 + 1e-9, 0});
  const Projection south = Projection::azimuthal(-90, 0);
  const auto polar = onMap({{ring}}, south);
  REQUIRE(polar.size() == 1);
  for (const MapPoint& m : polar[0].rings[0]) CHECK(std::hypot(m.x, m.y) > 1e6);
  CHECK(covers(polar, south, {-80, 10}));
  const Projection world = Projection::equalEarth(0);
  const auto flat = onMap({{ring}}, world);
  CHECK(covers(flat, world, {-85, 0}));
  CHECK(covers(flat, world, {-85, 170}));
  CHECK_FALSE(covers(flat, world, {-60, 0}));
}

TEST_CASE("a sector with its tip at the pole keeps the arc between its meridians", "[shapecut]") {
  const GeoRing sector{{-60, 0}, {-60, 90}, {-90, 45}};
  const Projection world = Projection::equalEarth(0);
  const auto pieces = onMap({{sector}}, world);
  REQUIRE(pieces.size() == 1);
  CHECK(covers(pieces, world, {-85, 80}));  // near the pole, beside the 90th meridian
  CHECK_FALSE(covers(pieces, world, {-85, 100}));
  const Projection south = Projection::azimuthal(-90, 0);
  CHECK(covers(onMap({{sector}}, south), south, {-70, 45}));
}

TEST_CASE("on a map centred on the north pole, a ring round the south pole is the band out to the rim", "[shapecut]") {
  const Projection north = Projection::azimuthal(90, 0);
  const auto pieces = onMap({{antarctica(true)}}, north);
  REQUIRE(pieces.size() == 1);
  CHECK(pieces[0].rings.size() == 2);
  CHECK(covers(pieces, north, {-80, 30}));
  CHECK_FALSE(covers(pieces, north, {90, 0}));
  CHECK_FALSE(covers(pieces, north, {0, 30}));
}

TEST_CASE("a line across the cut is cut into pieces that end at the map's edge", "[shapecut]") {
  const Projection world = Projection::equalEarth(0);
  const GeoRing line{{10, 170}, {12, 179}, {14, -175}, {15, -160}};
  const auto pieces = cutLine(line, world.edge());
  REQUIRE(pieces.size() == 2);
  CHECK(std::abs(pieces[0].back().lon) == Approx(180));
  CHECK(std::abs(pieces[1].front().lon) == Approx(180));
  for (const GeoRing& piece : pieces) CHECK(projectLinePiece(piece, world).size() >= 2);
}

TEST_CASE("long edges are divided so they follow the map's curves", "[shapecut]") {
  const Projection world = Projection::equalEarth(0);
  const GeoPolygon strip{{box(-60, -10, 60, 10)}};
  const Polygon p = projectPiece(cutPolygon(strip, world.edge())[0], world, 1.0);
  CHECK(p.rings[0].size() >= 240);  // 120 degrees each way along the parallels, 20 up each side
}

TEST_CASE("the extent of shapes across the antimeridian is the narrow way round", "[projection-choice]") {
  ExtentBuilder fiji;
  fiji.add(box(177, -19, -178, -16), true);
  const GeoExtent e = fiji.extent();
  CHECK_FALSE(e.allLongitudes);
  CHECK(e.lonSpan() == Approx(5).margin(0.2));
  CHECK(std::abs(e.centreLon()) == Approx(179.5).margin(0.2));
}

TEST_CASE("each extent is given the projection that suits it", "[projection-choice]") {
  const auto choose = [](const GeoRing& ring) {
    ExtentBuilder b;
    b.add(ring, true);
    return projectionFor(b.extent());
  };
  const Projection kyrgyzstan = choose(box(69.2, 39.2, 80.3, 43.3));
  CHECK(kyrgyzstan.definition().rfind("+proj=aea ", 0) == 0);
  CHECK(kyrgyzstan.edge().centreLon == Approx(74.8).margin(0.1));

  ExtentBuilder everywhere;
  everywhere.add(box(-170, -50, -10, 70), true);
  everywhere.add(box(10, -50, 170, 70), true);
  const Projection world = projectionFor(everywhere.extent());
  CHECK(world.definition().rfind("+proj=eqearth +lon_0=0 ", 0) == 0);

  const Projection antarctic = choose(antarctica(true));
  CHECK(antarctic.definition().rfind("+proj=laea +lat_0=-90 ", 0) == 0);
  CHECK(antarctic.edge().pole == -1);

  const Projection africa = choose(box(-18, -35, 52, 37));
  CHECK(africa.definition().rfind("+proj=laea ", 0) == 0);
  CHECK(africa.edge().pole == 0);

  const Projection uganda = choose(box(29.5, -1.5, 35, 4.2));
  CHECK(uganda.definition().rfind("+proj=laea ", 0) == 0);

  const Projection colorado = choose(box(-109, 37, -102, 41));
  CHECK(colorado.definition().rfind("+proj=aea ", 0) == 0);
  CHECK(colorado.edge().centreLon == Approx(-105.5));
}

TEST_CASE("each family View > Projection offers is centred on the data", "[projection-choice]") {
  ExtentBuilder b;
  b.add(box(69.2, 39.2, 80.3, 43.3), true);
  const GeoExtent kyrgyzstan = b.extent();
  const Projection world = projectionFor(kyrgyzstan, ProjectionMode::EqualEarth);
  CHECK(world.definition().rfind("+proj=eqearth +lon_0=74.8 ", 0) == 0);
  const Projection azimuthal = projectionFor(kyrgyzstan, ProjectionMode::Azimuthal);
  CHECK(azimuthal.definition().rfind("+proj=laea +lat_0=41.3 +lon_0=74.8 ", 0) == 0);
  const Projection albers = projectionFor(kyrgyzstan, ProjectionMode::Albers);
  CHECK(albers.definition().rfind("+proj=aea ", 0) == 0);
  CHECK(projectionFor(kyrgyzstan, ProjectionMode::Suited) == projectionFor(kyrgyzstan));
  // A cone across the equator would be none: its parallels stay on the centre's side.
  ExtentBuilder tropics;
  tropics.add(box(10, -20, 40, 10), true);
  const Projection cone = projectionFor(tropics.extent(), ProjectionMode::Albers);
  for (double lat = -15; lat <= 5; lat += 10) CHECK(isFinite(cone.forward({lat, 25})));
}
