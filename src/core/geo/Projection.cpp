#include "core/geo/Projection.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace kg {
namespace {
constexpr double kDeg = M_PI / 180.0;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Brings a longitude difference into [-180, 180] in one step. A loop subtracting 360 never ends
// from about 1e17 degrees, where 360 is below the spacing of doubles; remainder is exact at any
// size, and leaves values already in range untouched.
double wrapDegrees(double degrees) { return std::remainder(degrees, 360.0); }
}  // namespace

Projection::Projection(double lon0, double lat1, double lat2, double lat0)
    : lon0_(lon0), lat1_(lat1), lat2_(lat2), lat0_(lat0) {
  const double s1 = std::sin(lat1 * kDeg), s2 = std::sin(lat2 * kDeg);
  n_ = (s1 + s2) / 2;
  const double c1 = std::cos(lat1 * kDeg);
  c_ = c1 * c1 + 2 * n_ * s1;
  rho0_ = kEarthRadius * std::sqrt(c_ - 2 * n_ * std::sin(lat0 * kDeg)) / n_;
}

std::string Projection::definition() const {
  // Shortest round-trip text of each parameter (std::to_string would round to 6 decimals).
  const auto text = [](double v) {
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return std::string(buffer, ec == std::errc() ? end : buffer);
  };
  return "+proj=aea +lat_0=" + text(lat0_) + " +lon_0=" + text(lon0_) + " +lat_1=" + text(lat1_) +
         " +lat_2=" + text(lat2_) + " +x_0=0 +y_0=0 +R=" + text(kEarthRadius) + " +units=m +no_defs";
}

MapPoint Projection::forward(GeoPoint g) const {
  // Checked here because std::max below would turn a NaN latitude into a finite point.
  if (!std::isfinite(g.lat) || !std::isfinite(g.lon)) return {kNaN, kNaN};
  // Wrap so the cut of the cone falls on the antimeridian of the centre.
  const double dlon = wrapDegrees(g.lon - lon0_);
  const double rho = kEarthRadius * std::sqrt(std::max(0.0, c_ - 2 * n_ * std::sin(g.lat * kDeg))) / n_;
  const double theta = n_ * dlon * kDeg;
  return {rho * std::sin(theta), rho0_ - rho * std::cos(theta)};
}

GeoPoint Projection::inverse(MapPoint p) const {
  // atan2 and the clamp below would turn infinities into a finite pole.
  if (!isFinite(p)) return {kNaN, kNaN};
  const double dy = rho0_ - p.y;
  const double rho = std::hypot(p.x, dy);
  const double theta = std::atan2(p.x, dy);
  const double r = rho * n_ / kEarthRadius;
  double s = (c_ - r * r) / (2 * n_);
  s = std::clamp(s, -1.0, 1.0);
  return {std::asin(s) / kDeg, wrapDegrees(lon0_ + theta / n_ / kDeg)};
}

}  // namespace kg
