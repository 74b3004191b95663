#include "core/geometry/LabelAnchor.h"

#include <cmath>
#include <queue>

#include "core/geometry/HitTester.h"
#include "core/geometry/Triangulator.h"

namespace kg {
namespace {

// Signed distance from p to the polygon outline: positive inside.
double signedDistance(const Polygon& polygon, MapPoint p) {
  double best = std::numeric_limits<double>::infinity();
  for (const Ring& ring : polygon.rings) {
    const std::size_t n = ring.size();
    for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
      const MapPoint a = ring[j], b = ring[i];
      double dx = b.x - a.x, dy = b.y - a.y;
      const double len2 = dx * dx + dy * dy;
      double t = len2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2 : 0;
      t = std::clamp(t, 0.0, 1.0);
      dx = a.x + t * dx - p.x;
      dy = a.y + t * dy - p.y;
      best = std::min(best, dx * dx + dy * dy);
    }
  }
  const double d = std::sqrt(best);
  return polygonContains(polygon, p) ? d : -d;
}

struct Cell {
  MapPoint centre;
  double half;
  double distance;
  double potential;  // the best distance any point in the cell could have
};

}  // namespace

MapPoint poleOfInaccessibility(const Polygon& polygon, double precision) {
  if (polygon.rings.empty() || polygon.rings.front().empty()) return {};
  Bounds b;
  for (const MapPoint& p : polygon.rings.front()) b.add(p);
  const double size = std::min(b.width(), b.height());
  if (size <= 0) return polygon.rings.front().front();
  auto makeCell = [&](MapPoint c, double half) {
    const double d = signedDistance(polygon, c);
    return Cell{c, half, d, d + half * std::sqrt(2.0)};
  };
  auto lower = [](const Cell& a, const Cell& c) { return a.potential < c.potential; };
  std::priority_queue<Cell, std::vector<Cell>, decltype(lower)> queue(lower);
  const double half = size / 2;
  for (double x = b.minX; x < b.maxX; x += size)
    for (double y = b.minY; y < b.maxY; y += size) queue.push(makeCell({x + half, y + half}, half));

  // Start from the area centroid, which is often close to the answer.
  Cell best = makeCell(b.centre(), 0);
  const Ring& outer = polygon.rings.front();
  double cx = 0, cy = 0, area = 0;
  for (std::size_t i = 0, j = outer.size() - 1; i < outer.size(); j = i++) {
    const double f = outer[j].x * outer[i].y - outer[i].x * outer[j].y;
    cx += (outer[j].x + outer[i].x) * f;
    cy += (outer[j].y + outer[i].y) * f;
    area += f * 3;
  }
  if (area != 0) {
    Cell centroid = makeCell({cx / area, cy / area}, 0);
    if (centroid.distance > best.distance) best = centroid;
  }
  int budget = 4000;  // bounds the work on very complex outlines
  while (!queue.empty() && budget-- > 0) {
    Cell cell = queue.top();
    queue.pop();
    if (cell.distance > best.distance) best = cell;
    if (cell.potential - best.distance <= precision) continue;
    const double h = cell.half / 2;
    queue.push(makeCell({cell.centre.x - h, cell.centre.y - h}, h));
    queue.push(makeCell({cell.centre.x + h, cell.centre.y - h}, h));
    queue.push(makeCell({cell.centre.x - h, cell.centre.y + h}, h));
    queue.push(makeCell({cell.centre.x + h, cell.centre.y + h}, h));
  }
  return best.centre;
}

MapPoint labelAnchor(const Feature& feature) {
  const Polygon* largest = nullptr;
  double largestArea = -1;
  for (const Polygon& p : feature.polygons) {
    const double a = planarArea(p);
    if (a > largestArea) { largestArea = a; largest = &p; }
  }
  if (!largest) return feature.bounds.centre();
  Bounds b;
  for (const MapPoint& p : largest->rings.front()) b.add(p);
  return poleOfInaccessibility(*largest, std::max(b.width(), b.height()) / 100);
}

}  // namespace kg
