#include "core/layers/Overlay.h"

#include <algorithm>

#include "core/geometry/HitTester.h"
#include "core/geometry/Simplifier.h"
#include "core/io/SourceName.h"
#include "core/layers/BoundaryLoader.h"

namespace kg {

namespace {
// The coarse copy keeps detail down to this share of the overlay's larger side: 1/4000 of a
// country is about 200 m, under a pixel until the country nearly fills the window.
constexpr double kCoarseShare = 1.0 / 4000;
}  // namespace

Result<OverlayLayer> readOverlay(const std::string& source, const Projection& projection, Progress* progress) {
  OverlayLayer overlay;
  overlay.name = sourceTitle(source);
  overlay.path = source;
  if (const auto shapes = shapesIn(source); shapes && *shapes == LayerShapes::Lines) {
    auto loaded = loadLines(source, projection, progress);
    if (!loaded) return Error{loaded.error()};
    overlay.warnings = std::move(loaded->warnings);
    overlay.bounds = loaded->bounds;
    overlay.lines = std::move(loaded->lines);
    overlay.lineShape = std::move(loaded->lineShape);
    overlay.names = std::move(loaded->names);
  } else {
    auto loaded = loadBoundaries(source, projection, progress);
    if (!loaded) return Error{loaded.error()};
    overlay.warnings = std::move(loaded->warnings);
    for (std::vector<Feature>* features : {&loaded->regions, &loaded->context})
      for (Feature& f : *features) {
        const auto shape = static_cast<std::uint32_t>(overlay.names.size());
        overlay.names.push_back(f.nameEn.empty() ? f.iso : f.nameEn);
        overlay.bounds.add(f.bounds);
        for (Polygon& polygon : f.polygons)
          for (Ring& ring : polygon.rings) {
            overlay.rings.push_back(std::move(ring));
            overlay.ringShape.push_back(shape);
          }
      }
  }
  auto boundsOf = [](const std::vector<Ring>& all, std::vector<Bounds>& out) {
    out.reserve(all.size());
    for (const Ring& r : all) {
      Bounds b;
      for (const MapPoint& p : r) b.add(p);
      out.push_back(b);
    }
  };
  boundsOf(overlay.rings, overlay.ringBounds);
  boundsOf(overlay.lines, overlay.lineBounds);
  overlay.coarseTolerance = std::max(overlay.bounds.width(), overlay.bounds.height()) * kCoarseShare;
  for (const Ring& ring : overlay.rings)
    if (Ring coarse = simplifyRing(ring, overlay.coarseTolerance); !coarse.empty())
      overlay.coarseRings.push_back(std::move(coarse));
  for (const Ring& line : overlay.lines)
    if (Ring coarse = simplifyLine(line, overlay.coarseTolerance); !coarse.empty())
      overlay.coarseLines.push_back(std::move(coarse));
  return overlay;
}

int overlayShapeAt(const OverlayLayer& overlay, MapPoint p, double reach) {
  if (!isFinite(p)) return -1;
  // Lines first: they are what a pointer near them means.
  const double reach2 = reach * reach;
  for (std::size_t i = 0; i < overlay.lines.size() && i < overlay.lineBounds.size(); ++i) {
    const Bounds& b = overlay.lineBounds[i];
    if (p.x < b.minX - reach || p.x > b.maxX + reach || p.y < b.minY - reach || p.y > b.maxY + reach) continue;
    const Ring& line = overlay.lines[i];
    for (std::size_t k = 0; k + 1 < line.size(); ++k) {
      const MapPoint a = line[k], c = line[k + 1];
      const double dx = c.x - a.x, dy = c.y - a.y, len2 = dx * dx + dy * dy;
      const double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0.0;
      const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
      if (ex * ex + ey * ey <= reach2) return static_cast<int>(overlay.lineShape[i]);
    }
  }
  // Polygons: a point inside an odd number of a feature's rings is inside the feature (its outer
  // rings less its holes). A feature's rings are consecutive.
  int shape = -1;
  bool inside = false;
  for (std::size_t i = 0; i < overlay.rings.size() && i < overlay.ringBounds.size(); ++i) {
    const int owner = static_cast<int>(overlay.ringShape[i]);
    if (owner != shape) {
      if (inside) return shape;
      shape = owner;
      inside = false;
    }
    if (overlay.ringBounds[i].contains(p) && ringContains(overlay.rings[i], p)) inside = !inside;
  }
  return inside ? shape : -1;
}

}  // namespace kg
