#include "app/MapLoading.h"

#include <algorithm>

#include "app/Translate.h"
#include "core/io/Say.h"
#include "core/io/SourceName.h"
#include "core/layers/BoundaryCache.h"

namespace kg {

Result<LoadedData> loadMapData(const LoadRequest& request, Progress& progress) {
  const std::string name = sourceTitle(request.boundaries);
  progress.setStage(filled("Reading the boundaries in {file}", "file", name));
  auto boundaries = loadBoundariesCached(request.boundaries, request.cacheFolder, request.projection, &progress);
  if (!boundaries) return Error{boundaries.error()};
  if (progress.cancelled()) return Error{say("{file}: loading cancelled", {{"file", sourceLabel(request.boundaries)}})};
  progress.setStage(tr("Reading the events and passages"));
  Catalog catalog = loadCatalog(request.catalog, *boundaries, boundaries->projection);
  if (progress.cancelled()) return Error{say("{file}: loading cancelled", {{"file", sourceLabel(request.boundaries)}})};
  // An overlay that cannot be read is a problem like a bad events file: the map still opens.
  std::vector<OverlayLayer> overlays;
  for (const std::string& source : request.overlays) {
    progress.setStage(filled("Reading the boundaries in {file}", "file", sourceTitle(source)));
    auto overlay = readOverlay(source, boundaries->projection);
    if (!overlay) {
      catalog.problems.push_back(say("{problem} (not drawn over the map)", {{"problem", overlay.error()}}));
      continue;
    }
    catalog.problems.insert(catalog.problems.end(), overlay->warnings.begin(), overlay->warnings.end());
    overlays.push_back(std::move(*overlay));
  }
  progress.setStage(tr("Preparing the map"));
  MeshLevel coarsest = buildCoarsestLevel(*boundaries, progress.cancelFlag());
  if (progress.cancelled()) return Error{say("{file}: loading cancelled", {{"file", sourceLabel(request.boundaries)}})};
  return LoadedData{std::move(*boundaries), std::move(catalog), std::move(overlays), std::move(coarsest)};
}

LoadRequest withOpenedLayers(LoadRequest request, const Catalog& catalog, const std::vector<OverlayLayer>& overlays,
                             ProjectionMode projection) {
  request.projection = projection;
  std::vector<EventSource>& more = request.catalog.moreEvents;
  for (std::size_t i = 1; i < catalog.layers.size(); ++i) {  // the first is the request's own events
    const std::string& path = catalog.layers[i].path;
    if (std::none_of(more.begin(), more.end(), [&](const EventSource& s) { return s.path == path; }))
      more.push_back({path, {}});
  }
  for (const OverlayLayer& overlay : overlays)
    if (std::find(request.overlays.begin(), request.overlays.end(), overlay.path) == request.overlays.end())
      request.overlays.push_back(overlay.path);
  return request;
}

OpenedSource openSource(const std::string& source, const std::vector<Feature>& regions, const Projection& projection) {
  OpenedSource opened;
  // A file that cannot even be opened goes to the events reader, whose errors say why.
  if (const auto shapes = shapesIn(source); shapes && *shapes != LayerShapes::Other) {
    auto overlay = readOverlay(source, projection);
    if (overlay) opened.overlay = std::make_shared<OverlayLayer>(std::move(*overlay));
    else opened.overlayError = overlay.error();
    return opened;
  }
  opened.events = readEventLayer({source, {}}, regions, projection);
  return opened;
}

}  // namespace kg
