#include "core/geometry/HitTester.h"

namespace kg {

bool ringContains(const Ring& ring, MapPoint p) {
  bool inside = false;
  const std::size_t n = ring.size();
  for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
    const MapPoint& a = ring[i];
    const MapPoint& b = ring[j];
    if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

// Even-odd over all its rings: inside the outer ring and outside every hole.
bool polygonContains(const Polygon& polygon, MapPoint p) {
  bool inside = false;
  for (const Ring& ring : polygon.rings) inside ^= ringContains(ring, p);
  return inside;
}

bool featureContains(const Feature& feature, MapPoint p) {
  if (!feature.bounds.contains(p)) return false;
  for (const Polygon& polygon : feature.polygons)
    if (polygonContains(polygon, p)) return true;
  return false;
}

int HitTester::featureAt(MapPoint p) const {
  if (!features_ || !isFinite(p)) return -1;
  for (std::size_t i = 0; i < features_->size(); ++i)
    if (featureContains((*features_)[i], p)) return static_cast<int>(i);
  return -1;
}

}  // namespace kg
