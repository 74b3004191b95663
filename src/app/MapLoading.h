#pragma once
// Loading the map's data: the boundaries, then the events, places, articles and passages that
// are joined to them. Runs on a worker thread for the window (reporting its stage and asking
// whether to stop), or straight through for the command line.
#include <string>

#include "core/events/Catalog.h"
#include "core/jobs/Progress.h"
#include "core/layers/BoundaryLoader.h"

namespace kg {

struct LoadRequest {
  std::string boundaries;  // a vector file GDAL reads
  CatalogPaths catalog;
};

struct LoadedData {
  BoundaryData boundaries;
  Catalog catalog;
};

// Fails with the boundary file's error (which names the file), or "... : loading cancelled".
Result<LoadedData> loadMapData(const LoadRequest& request, Progress& progress);

}  // namespace kg
