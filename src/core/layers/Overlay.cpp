#include "core/layers/Overlay.h"

#include <algorithm>

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
  if (const auto lines = holdsLines(source); lines && *lines) {
    auto loaded = loadLines(source, projection, progress);
    if (!loaded) return Error{loaded.error()};
    overlay.warnings = std::move(loaded->warnings);
    overlay.shapes = loaded->shapes;
    overlay.bounds = loaded->bounds;
    overlay.lines = std::move(loaded->lines);
  } else {
    auto loaded = loadBoundaries(source, projection, progress);
    if (!loaded) return Error{loaded.error()};
    overlay.warnings = std::move(loaded->warnings);
    for (std::vector<Feature>* features : {&loaded->regions, &loaded->context})
      for (Feature& f : *features) {
        ++overlay.shapes;
        overlay.bounds.add(f.bounds);
        for (Polygon& polygon : f.polygons)
          for (Ring& ring : polygon.rings) overlay.rings.push_back(std::move(ring));
      }
  }
  overlay.coarseTolerance = std::max(overlay.bounds.width(), overlay.bounds.height()) * kCoarseShare;
  for (const Ring& ring : overlay.rings)
    if (Ring coarse = simplifyRing(ring, overlay.coarseTolerance); !coarse.empty())
      overlay.coarseRings.push_back(std::move(coarse));
  for (const Ring& line : overlay.lines)
    if (Ring coarse = simplifyLine(line, overlay.coarseTolerance); !coarse.empty())
      overlay.coarseLines.push_back(std::move(coarse));
  return overlay;
}

}  // namespace kg
