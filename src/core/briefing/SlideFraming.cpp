#include "core/briefing/SlideFraming.h"

#include <algorithm>

namespace kg {

std::optional<CameraView> slideCamera(const SlideView& view, const Camera& camera, const Insets& insets,
                                      const Catalog& catalog, const std::vector<Feature>& regions, double paddingPx) {
  Bounds bounds;
  switch (view.kind) {
    case SlideView::Kind::Whole:
      for (const Feature& f : regions) bounds.add(f.bounds);
      break;
    case SlideView::Kind::Region:
      for (const Feature& f : regions)
        if (f.iso == view.region) bounds.add(f.bounds);
      break;
    case SlideView::Kind::Events:
      for (const std::string& id : view.events)
        if (const Event* e = catalog.findEvent(id)) bounds.add(camera.projection().forward(e->point));
      if (!bounds.empty()) {
        // Grown about its centre to the nearest view a slide shows.
        const MapPoint c = bounds.centre();
        const double half = kSlideNearestKm * 1000 / 2;
        bounds.add(MapPoint{c.x - half, c.y - half});
        bounds.add(MapPoint{c.x + half, c.y + half});
      }
      break;
    case SlideView::Kind::Centre: {
      const double freeWidth = camera.viewportWidth() - insets.left - insets.right;
      const double scale = std::clamp(view.widthKm * 1000 / std::max(1.0, freeWidth), Camera::kMinMetresPerPixel,
                                      Camera::kMaxMetresPerPixel);
      return centreOn(camera, camera.projection().forward(view.centre), scale, insets);
    }
  }
  CameraView out;
  if (!frameBounds(camera, bounds, insets, paddingPx, out)) return std::nullopt;
  return out;
}

}  // namespace kg
