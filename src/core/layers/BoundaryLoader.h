#pragma once
// Reads boundary polygons from any vector file GDAL/OGR can open, in any CRS, and projects them
// onto the map plane. GDAL is called only here and in EventCatalog (events and places), both at
// load time.
//
// Projection: a file is shown in the projection it names in its metadata (a dataset metadata
// item KGATLAS_PROJECTION holding a PROJ string or a CRS; the bundled file names the Albers conic
// centred on Kyrgyzstan), else in its own CRS where that is projected, else in an equal-area
// projection centred on its regions (ProjectionChoice.h). Polygons are cut and closed along the
// map's edge, and invalid ones repaired (FeatureShapes.h).
//
// Layer choice: a layer named "regions" holds the selectable regions and a layer named
// "countries" the grey context around them (the bundled GeoPackage has both). Beside them, the
// lesson geography where a file has it: "water" (lakes, filled blue), "rivers" (lines) and
// "landmarks" (towns, peaks: Landmarks.h); a problem in one of these is a warning, not a failure. Any other file
// contributes its first layer that has polygons as regions.
//
// Bad coordinates: a feature with a vertex that is NaN, infinite or not on Earth (CoordinateCheck.h)
// is skipped with one warning naming the file and the feature; when no feature is left, loading
// fails with one line saying why.
#include <cstdint>
#include <string>
#include <vector>

#include "core/geometry/Feature.h"
#include "core/layers/Landmarks.h"
#include "core/geo/Projection.h"
#include "core/geo/ProjectionChoice.h"
#include "core/io/Result.h"
#include "core/jobs/Progress.h"

namespace kg {

struct BoundaryData {
  std::string path;
  Projection projection;  // the map's, which every layer drawn with these boundaries shares
  std::vector<Feature> regions;
  std::vector<Feature> context;
  std::vector<Feature> water;   // lakes and reservoirs
  std::vector<Feature> rivers;  // each polygon one open line (its one ring)
  std::vector<Landmark> landmarks;
  std::vector<std::string> warnings;  // shown to the user; loading went on
  std::size_t vertexCount = 0;
  std::string credit;  // whose boundaries they are, as the file says (Credit.h)

  Bounds regionBounds() const;
  // The index of the region with this ISO code, or -1.
  int findRegion(const std::string& iso) const;
};

// Each region's id for selections: its ISO code where that is present and unique in the file,
// otherwise "feature-N" by its place in the file (files from elsewhere often have no codes).
std::vector<std::string> regionIds(const BoundaryData& boundaries);

// progress, when given, hears how far the reading is and can stop it (the error then says
// "loading cancelled"). In the projection the file asks for (above), or in one of the family
// chosen in View > Projection centred on its regions, or in the one given.
Result<BoundaryData> loadBoundaries(const std::string& path, ProjectionMode mode = ProjectionMode::Suited,
                                    Progress* progress = nullptr);
Result<BoundaryData> loadBoundaries(const std::string& path, const Projection& projection,
                                    Progress* progress = nullptr);

// What the layer loadBoundaries (or loadLines) would read from `source` holds: File > Open takes
// a file of events (points), of boundaries or of lines, and asks this to tell which. One opening
// of the source, whatever the answer.
enum class LayerShapes { Polygons, Lines, Other };
Result<LayerShapes> shapesIn(const std::string& source);

// Lines read as loadBoundaries reads polygons (any CRS, the same checks and messages), each an
// open polyline in map metres, cut where it crosses the projection's cut meridian.
struct LineData {
  std::string path;
  std::vector<Ring> lines;
  std::vector<std::uint32_t> lineShape;  // for each line, the feature it belongs to
  std::vector<std::string> names;        // for each feature, its name ("" when the file gives none)
  Bounds bounds;
  std::size_t vertexCount = 0;
  std::vector<std::string> warnings;
};
Result<LineData> loadLines(const std::string& source, const Projection& projection, Progress* progress = nullptr);

}  // namespace kg
