#include "core/view/Camera.h"

#include <cmath>

namespace kg {

bool Camera::setViewport(double widthPx, double heightPx) {
  if (!(widthPx >= 1 && widthPx <= kMaxViewportPixels && heightPx >= 1 && heightPx <= kMaxViewportPixels))
    return false;
  width_ = widthPx;
  height_ = heightPx;
  return true;
}

bool Camera::setCentre(MapPoint centre) {
  if (!isFinite(centre) || std::abs(centre.x) > kMaxMapCoordinate || std::abs(centre.y) > kMaxMapCoordinate)
    return false;
  centre_ = centre;
  return true;
}

bool Camera::setMetresPerPixel(double metresPerPixel) {
  if (!std::isfinite(metresPerPixel) || metresPerPixel <= 0) return false;
  metresPerPixel_ = std::clamp(metresPerPixel, kMinMetresPerPixel, kMaxMetresPerPixel);
  return true;
}

bool Camera::fit(const Bounds& bounds, double paddingPx) {
  if (bounds.empty() || !std::isfinite(bounds.width()) || !std::isfinite(bounds.height()) ||
      !std::isfinite(paddingPx) || paddingPx < 0)
    return false;
  const double usableW = std::max(1.0, width_ - 2 * paddingPx);
  const double usableH = std::max(1.0, height_ - 2 * paddingPx);
  const double mpp = std::max(bounds.width() / usableW, bounds.height() / usableH);
  Camera next = *this;
  if (!next.setCentre(bounds.centre()) || !next.setMetresPerPixel(mpp > 0 ? mpp : kMinMetresPerPixel))
    return false;
  *this = next;
  return true;
}

bool Camera::zoomAbout(ScreenPoint anchor, double factor) {
  if (!isFinite(anchor) || !std::isfinite(factor) || factor <= 0) return false;
  const MapPoint before = screenToMap(anchor);
  Camera next = *this;
  if (!next.setMetresPerPixel(metresPerPixel_ / factor)) return false;
  // Keep `before` under the anchor: centre = before - (anchor - viewport centre) * scale.
  const MapPoint c{before.x - (anchor.x - width_ / 2) * next.metresPerPixel_,
                   before.y + (anchor.y - height_ / 2) * next.metresPerPixel_};
  if (!next.setCentre(c)) return false;
  *this = next;
  return true;
}

bool Camera::panByPixels(double dx, double dy) {
  if (!std::isfinite(dx) || !std::isfinite(dy)) return false;
  return setCentre({centre_.x - dx * metresPerPixel_, centre_.y + dy * metresPerPixel_});
}

MapPoint Camera::screenToMap(ScreenPoint s) const {
  return {centre_.x + (s.x - width_ / 2) * metresPerPixel_, centre_.y - (s.y - height_ / 2) * metresPerPixel_};
}

ScreenPoint Camera::mapToScreen(MapPoint m) const {
  return {(m.x - centre_.x) / metresPerPixel_ + width_ / 2, height_ / 2 - (m.y - centre_.y) / metresPerPixel_};
}

Bounds Camera::visibleBounds() const {
  Bounds b;
  b.add(screenToMap({0, 0}));
  b.add(screenToMap({width_, height_}));
  return b;
}

}  // namespace kg
