#pragma once
// Loading the map's data: the boundaries, then the events, places, articles and passages that
// are joined to them. Runs on a worker thread for the window (reporting its stage and asking
// whether to stop), or straight through for the command line.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/events/Catalog.h"
#include "core/jobs/Progress.h"
#include "core/layers/BoundaryLoader.h"
#include "core/layers/Overlay.h"
#include "render/MapMesh.h"

namespace kg {

struct LoadRequest {
  std::string boundaries;  // a vector file GDAL reads
  CatalogPaths catalog;
  std::vector<std::string> overlays;  // files of boundaries or lines drawn over the map beside its regions
  std::string cacheFolder;            // where read boundaries are kept (BoundaryCache.h); "" for nowhere
  ProjectionMode projection = ProjectionMode::Suited;  // View > Projection
};

struct LoadedData {
  BoundaryData boundaries;
  Catalog catalog;
  std::vector<OverlayLayer> overlays;  // those that could be read; the others are in catalog.problems
  // The boundaries' coarsest level of detail, built on the loading thread: the first picture
  // does not wait for it after the data arrives.
  std::optional<MeshLevel> coarsest;
};

// The request that reads the map again in another projection: the one that read it, with the
// layers opened since (File > Open) so that they come back.
LoadRequest withOpenedLayers(LoadRequest request, const Catalog& catalog, const std::vector<OverlayLayer>& overlays,
                             ProjectionMode projection);

// Fails with the boundary file's error (which names the file), or "... : loading cancelled".
Result<LoadedData> loadMapData(const LoadRequest& request, Progress& progress);

// What File > Open read from one source: boundaries or lines (a file of polygons or lines), drawn over the map
// beside its regions, or else a layer of events placed in `regions`; all in the map's projection.
struct OpenedSource {
  std::shared_ptr<OverlayLayer> overlay;  // set for polygons or lines that could be read
  std::string overlayError;               // set for those that could not
  LoadedLayer events;                     // otherwise: events, or the problems that kept them out
};
OpenedSource openSource(const std::string& source, const std::vector<Feature>& regions, const Projection& projection);

}  // namespace kg
