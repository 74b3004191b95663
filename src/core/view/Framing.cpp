#include "core/view/Framing.h"

#include <algorithm>
#include <cmath>

#include "core/view/Camera.h"

namespace kg {
namespace {

// The free part of the viewport, never less than a pixel each way.
struct FreeArea {
  double width, height, offsetX, offsetY;  // offset: free centre minus viewport centre, pixels
};

FreeArea freeArea(const Camera& camera, const Insets& insets) {
  const double w = camera.viewportWidth(), h = camera.viewportHeight();
  auto side = [](double v) { return std::isfinite(v) ? std::max(0.0, v) : 0.0; };
  double left = side(insets.left), right = side(insets.right), top = side(insets.top), bottom = side(insets.bottom);
  // Panels wider than the window leave a sliver: frame into that rather than nowhere.
  if (left + right > w - 1) left = right = 0;
  if (top + bottom > h - 1) top = bottom = 0;
  return {w - left - right, h - top - bottom, (left - right) / 2, (top - bottom) / 2};
}

}  // namespace

bool frameBounds(const Camera& camera, const Bounds& bounds, const Insets& insets, double paddingPx, CameraView& out) {
  if (bounds.empty() || !isFinite(bounds.centre()) || !std::isfinite(bounds.width()) || !std::isfinite(bounds.height()))
    return false;
  const FreeArea free = freeArea(camera, insets);
  const double pad = std::isfinite(paddingPx) ? std::clamp(paddingPx, 0.0, std::min(free.width, free.height) / 4) : 0;
  const double usableW = std::max(1.0, free.width - 2 * pad), usableH = std::max(1.0, free.height - 2 * pad);
  double scale = std::max(bounds.width() / usableW, bounds.height() / usableH);
  scale = std::clamp(scale, Camera::kMinMetresPerPixel, Camera::kMaxMetresPerPixel);
  out = centreOn(camera, bounds.centre(), scale, insets);
  return true;
}

CameraView centreOn(const Camera& camera, MapPoint point, double metresPerPixel, const Insets& insets) {
  const FreeArea free = freeArea(camera, insets);
  // The free area's centre sits offsetX right of and offsetY below the viewport centre; move
  // the camera the other way so that the point lands there (map y grows north, screen y south).
  return {{point.x - free.offsetX * metresPerPixel, point.y + free.offsetY * metresPerPixel}, metresPerPixel};
}

}  // namespace kg
