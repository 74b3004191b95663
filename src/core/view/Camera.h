#pragma once
// The view onto the projected map: a centre, a scale and a viewport. A pure value type: every
// conversion between screen pixels, map metres and geographic degrees lives here, and every
// setter rejects NaN, infinite and absurd input (returning false and leaving the camera as it
// was) so a bad mouse event or command-line value can never leave the view unusable.
#include "core/geo/GeoTypes.h"
#include <utility>

#include "core/geo/Projection.h"

namespace kg {

class Camera {
 public:
  static constexpr double kMinMetresPerPixel = 1.0;        // closer than street level is useless
  static constexpr double kMaxMetresPerPixel = 100000.0;   // the whole globe fits well before this
  static constexpr double kMaxMapCoordinate = 4.0e7;       // beyond the projected globe
  static constexpr double kMaxViewportPixels = 32768.0;

  Camera() = default;
  explicit Camera(Projection projection) : projection_(std::move(projection)) {}
  // The map's projection changes with the boundaries shown; the view is framed again after.
  void setProjection(Projection projection) { projection_ = std::move(projection); }

  bool setViewport(double widthPx, double heightPx);
  bool setCentre(MapPoint centre);
  bool setMetresPerPixel(double metresPerPixel);
  // Frames the bounds in the viewport, leaving paddingPx on every side.
  bool fit(const Bounds& bounds, double paddingPx);
  // Scales by factor (>1 zooms in) keeping the map point under `anchor` fixed on screen.
  bool zoomAbout(ScreenPoint anchor, double factor);
  // Moves the map with the pointer: a drag of (dx, dy) pixels moves content by the same amount.
  bool panByPixels(double dx, double dy);

  MapPoint screenToMap(ScreenPoint s) const;
  ScreenPoint mapToScreen(MapPoint m) const;
  GeoPoint screenToGeo(ScreenPoint s) const { return projection_.inverse(screenToMap(s)); }
  ScreenPoint geoToScreen(GeoPoint g) const { return mapToScreen(projection_.forward(g)); }
  Bounds visibleBounds() const;

  MapPoint centre() const { return centre_; }
  double metresPerPixel() const { return metresPerPixel_; }
  double viewportWidth() const { return width_; }
  double viewportHeight() const { return height_; }
  const Projection& projection() const { return projection_; }

 private:
  Projection projection_;
  MapPoint centre_{0, 0};
  double metresPerPixel_ = 1000.0;
  double width_ = 800.0;
  double height_ = 600.0;
};

}  // namespace kg
