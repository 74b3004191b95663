#include "core/geometry/Simplifier.h"

#include <algorithm>
#include <utility>

namespace kg {
namespace {

// Marks in `keep` the points between first and last (exclusive) that Douglas-Peucker keeps.
// Index points.size() stands for point 0 again (a ring's end); only a segment's last end can be it.
void douglasPeucker(const Ring& points, std::size_t from, std::size_t to, double tol2, std::vector<char>& keep) {
  const std::size_t n = points.size();
  std::vector<std::pair<std::size_t, std::size_t>> stack{{from, to}};
  while (!stack.empty()) {
    auto [first, last] = stack.back();
    stack.pop_back();
    // The squared distance of each point in between to the segment first-last, with the
    // segment's terms worked out once (this loop runs over every vertex of the world).
    const MapPoint a = points[first], b = points[last == n ? 0 : last];
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    const double inverse = len2 > 0 ? 1 / len2 : 0;
    double maxDist = 0;
    std::size_t index = 0;
    for (std::size_t i = first + 1; i < last; ++i) {
      const double px = points[i].x - a.x, py = points[i].y - a.y;
      const double t = std::clamp((px * dx + py * dy) * inverse, 0.0, 1.0);
      const double ex = t * dx - px, ey = t * dy - py;
      const double d = ex * ex + ey * ey;
      if (d > maxDist) { maxDist = d; index = i; }
    }
    if (maxDist > tol2) {
      keep[index] = 1;
      stack.emplace_back(first, index);
      stack.emplace_back(index, last);
    }
  }
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
    const double ex = ring[i].x - ring[0].x, ey = ring[i].y - ring[0].y;
    const double d = ex * ex + ey * ey;
    if (d > farDist) { farDist = d; far = i; }
  }
  std::vector<char> keep(n + 1, 0);
  keep[0] = keep[far] = keep[n] = 1;
  const double tol2 = tolerance * tolerance;
  douglasPeucker(ring, 0, far, tol2, keep);
  douglasPeucker(ring, far, n, tol2, keep);
  Ring out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(ring[i]);
  if (out.size() < 3) return {};
  return out;
}

Ring simplifyLine(const Ring& line, double tolerance) {
  const std::size_t n = line.size();
  if (n < 2) return {};
  if (tolerance <= 0 || n <= 2) return line;
  std::vector<char> keep(n, 0);
  keep[0] = keep[n - 1] = 1;
  douglasPeucker(line, 0, n - 1, tolerance * tolerance, keep);
  Ring out;
  for (std::size_t i = 0; i < n; ++i)
    if (keep[i]) out.push_back(line[i]);
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
