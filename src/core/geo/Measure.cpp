#include "core/geo/Measure.h"

#include <cmath>
#include <cstdio>

#include "core/geo/Geodesy.h"

namespace kg {
namespace {

// 6236 -> "6,236": thousands grouped, as an atlas prints them.
std::string grouped(long value) {
  const std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

Measurement measurePath(const std::vector<GeoPoint>& points) {
  Measurement m;
  for (std::size_t i = 1; i < points.size(); ++i) m.metres += geodesicDistanceMetres(points[i - 1], points[i]);
  if (points.size() >= 3) m.squareMetres = geodesicRingAreaM2(points);
  return m;
}

std::string distanceText(double metres) {
  char text[32];
  if (metres < 1000) std::snprintf(text, sizeof text, "%.0f m", metres);
  else if (metres < 10000) std::snprintf(text, sizeof text, "%.2f km", metres / 1000);
  else if (metres < 100000) std::snprintf(text, sizeof text, "%.1f km", metres / 1000);
  else return grouped(std::lround(metres / 1000)) + " km";
  return text;
}

std::string areaText(double squareMetres) {
  const double km2 = squareMetres / 1e6;
  char text[32];
  if (km2 < 10) std::snprintf(text, sizeof text, "%.2f km²", km2);
  else if (km2 < 100) std::snprintf(text, sizeof text, "%.1f km²", km2);
  else return grouped(std::lround(km2)) + " km²";
  return text;
}

}  // namespace kg
