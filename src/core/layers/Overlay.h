#pragma once
// A file of boundaries or lines drawn over the map beside its regions (File > Open of a polygon
// or line file, or --overlay): districts, a study area, a concession, rivers, roads. Outlines only: the map's own regions stay
// what is selected, tinted and counted; an overlay is a layer that can be hidden and removed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/geo/GeoTypes.h"
#include "core/geo/Projection.h"
#include "core/io/Result.h"
#include "core/jobs/Progress.h"

namespace kg {

struct OverlayLayer {
  std::string name;  // the file's name, as the Layers list shows it
  std::string path;
  std::vector<Ring> rings;        // every ring of every polygon, in full detail (map metres)
  std::vector<Ring> lines;        // every line of a line layer: open, the first point not repeated
  std::vector<Ring> coarseRings;  // the same, simplified by coarseTolerance: for views where
  std::vector<Ring> coarseLines;  // that many metres are less than a pixel
  double coarseTolerance = 0;
  Bounds bounds;
  std::vector<std::string> warnings;
  // What the pointer finds: each feature's name ("" when the file gives none), the feature each
  // ring and line belongs to, and their bounds.
  std::vector<std::string> names;
  std::vector<std::uint32_t> ringShape, lineShape;
  std::vector<Bounds> ringBounds, lineBounds;

  std::size_t shapes() const { return names.size(); }  // features read
};

// Reads the first polygon layer of `source` (or the one it names with "|layername="), in any
// CRS, as loadBoundaries does, with the same errors for missing, empty or damaged files; a layer
// of lines is read as lines (loadLines).
Result<OverlayLayer> readOverlay(const std::string& source, const Projection& projection,
                                 Progress* progress = nullptr);

// The feature under p: a line within `reach` map metres of it, else a polygon that contains it
// (inside its outer ring and outside its holes); -1 for none.
int overlayShapeAt(const OverlayLayer& overlay, MapPoint p, double reach);

}  // namespace kg
