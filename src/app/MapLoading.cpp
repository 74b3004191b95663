#include "app/MapLoading.h"

#include "core/io/SourceName.h"

namespace kg {

Result<LoadedData> loadMapData(const LoadRequest& request, Progress& progress) {
  const std::string name = sourceTitle(request.boundaries);
  progress.setStage("Reading the boundaries in " + name);
  auto boundaries = loadBoundaries(request.boundaries, Projection(), &progress);
  if (!boundaries) return Error{boundaries.error()};
  if (progress.cancelled()) return Error{sourceLabel(request.boundaries) + ": loading cancelled"};
  progress.setStage("Reading the events and passages");
  Catalog catalog = loadCatalog(request.catalog, *boundaries, Projection());
  if (progress.cancelled()) return Error{sourceLabel(request.boundaries) + ": loading cancelled"};
  return LoadedData{std::move(*boundaries), std::move(catalog)};
}

}  // namespace kg
