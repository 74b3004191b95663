#include "core/geo/Geodesy.h"

#include <geodesic.h>

#include <cmath>

namespace kg {
namespace {
const geod_geodesic& wgs84() {
  static const geod_geodesic g = [] {
    geod_geodesic value;
    geod_init(&value, 6378137.0, 1 / 298.257223563);
    return value;
  }();
  return g;
}
}  // namespace

double geodesicDistanceMetres(GeoPoint a, GeoPoint b) {
  double s12 = 0;
  geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &s12, nullptr, nullptr);
  return s12;
}

GeoPoint geodesicDestination(GeoPoint from, double azimuthDegrees, double metres) {
  GeoPoint to;
  geod_direct(&wgs84(), from.lat, from.lon, azimuthDegrees, metres, &to.lat, &to.lon, nullptr);
  return to;
}

double groundToMapLength(GeoPoint at, double metres, const Projection& projection) {
  const MapPoint a = projection.forward(at);
  const MapPoint b = projection.forward(geodesicDestination(at, 90, metres));
  return std::hypot(b.x - a.x, b.y - a.y);
}

double geodesicRingAreaM2(const std::vector<GeoPoint>& ring) {
  geod_polygon polygon;
  geod_polygon_init(&polygon, 0);
  for (const GeoPoint& g : ring) geod_polygon_addpoint(&wgs84(), &polygon, g.lat, g.lon);
  double area = 0;
  geod_polygon_compute(&wgs84(), &polygon, 0, 1, &area, nullptr);
  return std::abs(area);
}

double geodesicAreaKm2(const Feature& feature, const Projection& projection) {
  double total = 0;
  std::vector<GeoPoint> geo;
  for (const Polygon& polygon : feature.polygons) {
    for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
      geo.clear();
      for (const MapPoint& p : polygon.rings[r]) geo.push_back(projection.inverse(p));
      const double a = geodesicRingAreaM2(geo);
      total += r == 0 ? a : -a;
    }
  }
  return total / 1e6;
}

}  // namespace kg
