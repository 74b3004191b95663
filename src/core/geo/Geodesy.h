#pragma once
// Distances and areas on the WGS84 ellipsoid (Karney's geodesic algorithms, via PROJ), never on
// the projected plane.
#include "core/geometry/Feature.h"
#include "core/geo/Projection.h"

namespace kg {

double geodesicDistanceMetres(GeoPoint a, GeoPoint b);
// The point `metres` away from `from` along the geodesic with the given azimuth (degrees from north).
GeoPoint geodesicDestination(GeoPoint from, double azimuthDegrees, double metres);
// A ground distance around a point as a length on the map plane (for circles drawn in metres).
double groundToMapLength(GeoPoint at, double metres, const Projection& projection);
// Area of a ring given as geographic points; always positive.
double geodesicRingAreaM2(const std::vector<GeoPoint>& ring);
// Area of a projected feature: its rings are taken back to geographic coordinates first.
double geodesicAreaKm2(const Feature& feature, const Projection& projection);

}  // namespace kg
