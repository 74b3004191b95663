#include "core/briefing/SlideFraming.h"

#include <algorithm>
#include <cmath>

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

SlideView centreView(const Camera& camera, const Insets& insets) {
  const double right = camera.viewportWidth() - insets.right;
  const double bottom = camera.viewportHeight() - insets.bottom;
  const GeoPoint centre = camera.screenToGeo(ScreenPoint{(insets.left + right) / 2, (insets.top + bottom) / 2});
  const auto rounded = [](double value, double step) { return std::round(value / step) * step; };
  SlideView view;
  view.kind = SlideView::Kind::Centre;
  view.centre = GeoPoint{rounded(centre.lat, 1e-4), rounded(centre.lon, 1e-4)};
  view.widthKm = std::max(0.1, rounded(std::max(1.0, right - insets.left) * camera.metresPerPixel() / 1000, 0.1));
  return view;
}

}  // namespace kg
