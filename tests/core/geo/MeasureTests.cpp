// A measured path (core/geo/Measure): its length and area on the ellipsoid, checked against
// PROJ's geodesic routines called here directly, and how the tool writes them.
#include <catch2/catch.hpp>

#include <geodesic.h>

#include "core/geo/Measure.h"

using namespace kg;

namespace {

constexpr GeoPoint kBishkek{42.8770, 74.6030};  // gazetteer: the White House
constexpr GeoPoint kOsh{40.5300, 72.8000};      // gazetteer: Osh city centre

double projDistance(GeoPoint a, GeoPoint b) {
  geod_geodesic g;
  geod_init(&g, 6378137, 1 / 298.257223563);
  double metres = 0;
  geod_inverse(&g, a.lat, a.lon, b.lat, b.lon, &metres, nullptr, nullptr);
  return metres;
}

}  // namespace

TEST_CASE("a path's length is the sum of its geodesics, Bishkek to Osh as PROJ has it", "[measure]") {
  const double expected = projDistance(kBishkek, kOsh);
  CHECK(expected == Approx(303000).margin(10000));  // about 300 km, as an atlas says
  CHECK(measurePath({kBishkek, kOsh}).metres == Approx(expected).epsilon(1e-9));
  const GeoPoint middle{41.5, 74.0};
  CHECK(measurePath({kBishkek, middle, kOsh}).metres ==
        Approx(projDistance(kBishkek, middle) + projDistance(middle, kOsh)).epsilon(1e-9));
  CHECK(measurePath({kBishkek}).metres == 0);
  CHECK(measurePath({}).metres == 0);
  CHECK(measurePath({kBishkek, kOsh}).squareMetres == 0);  // two points close no area
}

TEST_CASE("three points or more close a polygon whose area is measured on the ellipsoid", "[measure]") {
  // A degree by a degree at the equator: 12,308 km² on WGS84.
  const Measurement square = measurePath({{0, 0}, {0, 1}, {1, 1}, {1, 0}});
  CHECK(square.squareMetres / 1e6 == Approx(12308.8).epsilon(1e-3));
  // The same points the other way round: the same area.
  CHECK(measurePath({{1, 0}, {1, 1}, {0, 1}, {0, 0}}).squareMetres == Approx(square.squareMetres));
}

TEST_CASE("lengths and areas are written as an atlas writes them", "[measure]") {
  CHECK(distanceText(850) == "850 m");
  CHECK(distanceText(4230) == "4.23 km");
  CHECK(distanceText(42300) == "42.3 km");
  CHECK(distanceText(303456) == "303 km");
  CHECK(distanceText(1234567) == "1,235 km");
  CHECK(areaText(450000) == "0.45 km²");
  CHECK(areaText(6236e6) == "6,236 km²");
  CHECK(areaText(55.5e6) == "55.5 km²");
}
