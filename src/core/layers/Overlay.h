#pragma once
// A file of boundaries drawn over the map beside its regions (File > Open of a polygon file, or
// --overlay): districts, a study area, a concession. Outlines only: the map's own regions stay
// what is selected, tinted and counted; an overlay is a layer that can be hidden and removed.
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
  std::vector<Ring> coarseRings;  // the same, simplified by coarseTolerance: for views where
  double coarseTolerance = 0;     // that many metres are less than a pixel
  Bounds bounds;
  std::size_t shapes = 0;  // features read
  std::vector<std::string> warnings;
};

// Reads the first polygon layer of `source` (or the one it names with "|layername="), in any
// CRS, as loadBoundaries does, with the same errors for missing, empty, damaged or
// non-polygon files.
Result<OverlayLayer> readOverlay(const std::string& source, const Projection& projection,
                                 Progress* progress = nullptr);

}  // namespace kg
