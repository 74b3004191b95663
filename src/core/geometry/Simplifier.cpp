#include "core/geometry/Simplifier.h"

#include <cmath>
#include <utility>

namespace kg {
namespace {
double segmentDistanceSquared(MapPoint p, MapPoint a, MapPoint b) {
  double dx = b.x - a.x, dy = b.y - a.y;
  double t = 0;
  const double len2 = dx * dx + dy * dy;
  if (len2 > 0) t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
  dx = a.x + t * dx - p.x;
  dy = a.y + t * dy - p.y;
  return dx * dx + dy * dy;
}
}  // namespace

Ring simplifyRing(const Ring& ring, double tolerance) {
  const std::size_t n = ring.size();
  if (n < 3) return {};
  if (tolerance <= 0 || n <= 4) return ring;
  // Treat the closed ring as a path from point 0 around and back to point 0, split at the
  // point farthest from point 0 so neither half degenerates to a single point.
  std::size_t far = 0;
  double farDist = -1;
  for (std::size_t i = 1; i < n; ++i) {
    const double d = std::pow(ring[i].x - ring[0].x, 2) + std::pow(ring[i].y - ring[0].y, 2);
    if (d > farDist) { farDist = d; far = i; }
  }
  std::vector<char> keep(n + 1, 0);
  keep[0] = keep[far] = keep[n] = 1;
  const double tol2 = tolerance * tolerance;
  auto at = [&](std::size_t i) { return ring[i % n]; };
  std::vector<std::pair<std::size_t, std::size_t>> stack{{0, far}, {far, n}};
  while (!stack.empty()) {
    auto [first, last] = stack.back();
    stack.pop_back();
    double maxDist = 0;
    std::size_t index = 0;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double d = segmentDistanceSquared(at(i), at(first), at(last));
      if (d > maxDist) { maxDist = d; index = i; }
    }
    if (maxDist > tol2) {
      keep[index] = 1;
      stack.emplace_back(first, index);
      stack.emplace_back(index, last);
    }
  }
  Ring out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(ring[i]);
  if (out.size() < 3) return {};
  return out;
}

Polygon simplifyPolygon(const Polygon& polygon, double tolerance) {
  Polygon out;
  for (std::size_t r = 0; r < polygon.rings.size(); ++r) {
    const Ring& ring = polygon.rings[r];
    // A ring smaller than the tolerance would be a speck at this level: drop it.
    Bounds b;
    for (const MapPoint& p : ring) b.add(p);
    if (b.width() < tolerance && b.height() < tolerance) {
      if (r == 0) return {};
      continue;
    }
    Ring s = simplifyRing(ring, tolerance);
    if (s.empty()) {
      if (r == 0) return {};
      continue;
    }
    out.rings.push_back(std::move(s));
  }
  return out;
}

}  // namespace kg
