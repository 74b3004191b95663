#include "core/geo/Projection.h"

#include <cmath>

namespace kg {
namespace {
constexpr double kDeg = M_PI / 180.0;
}

Projection::Projection(double lon0, double lat1, double lat2, double lat0) : lon0_(lon0) {
  const double s1 = std::sin(lat1 * kDeg), s2 = std::sin(lat2 * kDeg);
  n_ = (s1 + s2) / 2;
  const double c1 = std::cos(lat1 * kDeg);
  c_ = c1 * c1 + 2 * n_ * s1;
  rho0_ = kEarthRadius * std::sqrt(c_ - 2 * n_ * std::sin(lat0 * kDeg)) / n_;
}

MapPoint Projection::forward(GeoPoint g) const {
  double dlon = g.lon - lon0_;
  // Wrap so the cut of the cone falls on the antimeridian of the centre.
  while (dlon > 180) dlon -= 360;
  while (dlon < -180) dlon += 360;
  const double rho = kEarthRadius * std::sqrt(std::max(0.0, c_ - 2 * n_ * std::sin(g.lat * kDeg))) / n_;
  const double theta = n_ * dlon * kDeg;
  return {rho * std::sin(theta), rho0_ - rho * std::cos(theta)};
}

GeoPoint Projection::inverse(MapPoint p) const {
  const double dy = rho0_ - p.y;
  const double rho = std::hypot(p.x, dy);
  const double theta = std::atan2(p.x, dy);
  const double r = rho * n_ / kEarthRadius;
  double s = (c_ - r * r) / (2 * n_);
  s = std::clamp(s, -1.0, 1.0);
  double lon = lon0_ + theta / n_ / kDeg;
  while (lon > 180) lon -= 360;
  while (lon < -180) lon += 360;
  return {std::asin(s) / kDeg, lon};
}

}  // namespace kg
