#pragma once
// Plain coordinate types. GeoPoint is WGS84 degrees; MapPoint is metres on the projected plane
// (x east, y north); ScreenPoint is framebuffer pixels (x right, y down).
#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace kg {

struct GeoPoint {
  double lat = 0;
  double lon = 0;
};

struct MapPoint {
  double x = 0;
  double y = 0;
};

struct ScreenPoint {
  double x = 0;
  double y = 0;
};

struct Bounds {
  double minX = std::numeric_limits<double>::infinity();
  double minY = std::numeric_limits<double>::infinity();
  double maxX = -std::numeric_limits<double>::infinity();
  double maxY = -std::numeric_limits<double>::infinity();

  bool empty() const { return !(minX <= maxX && minY <= maxY); }
  double width() const { return maxX - minX; }
  double height() const { return maxY - minY; }
  MapPoint centre() const { return {(minX + maxX) / 2, (minY + maxY) / 2}; }
  void add(MapPoint p) {
    minX = std::min(minX, p.x);
    minY = std::min(minY, p.y);
    maxX = std::max(maxX, p.x);
    maxY = std::max(maxY, p.y);
  }
  void add(const Bounds& b) {
    if (b.empty()) return;
    add(MapPoint{b.minX, b.minY});
    add(MapPoint{b.maxX, b.maxY});
  }
  bool contains(MapPoint p) const { return p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY; }
  bool intersects(const Bounds& b) const {
    return !(b.minX > maxX || b.maxX < minX || b.minY > maxY || b.maxY < minY);
  }
};

inline bool isFinite(MapPoint p) { return std::isfinite(p.x) && std::isfinite(p.y); }
inline bool isFinite(ScreenPoint p) { return std::isfinite(p.x) && std::isfinite(p.y); }
inline bool isValid(GeoPoint g) {
  return std::isfinite(g.lat) && std::isfinite(g.lon) && std::abs(g.lat) <= 90 && std::abs(g.lon) <= 180;
}

// A closed ring without the repeated closing point. The first ring of a polygon is its outer
// boundary, the rest are holes.
using Ring = std::vector<MapPoint>;
struct Polygon {
  std::vector<Ring> rings;
};

}  // namespace kg
