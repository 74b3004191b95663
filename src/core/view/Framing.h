#pragma once
// Framing things in the part of the window that panels leave free. Pure functions of a camera
// (its viewport and scale limits) and the insets in framebuffer pixels.
#include "core/geo/GeoTypes.h"
#include "core/view/CameraAnimation.h"

namespace kg {

class Camera;

// Framebuffer pixels covered by panels on each side of the map.
struct Insets {
  double top = 0, right = 0, bottom = 0, left = 0;
};

// The view that shows all of `bounds` inside the free part of the viewport, `paddingPx` from
// its edges, as large as fits. Nothing (false) when bounds are empty or not finite.
bool frameBounds(const Camera& camera, const Bounds& bounds, const Insets& insets, double paddingPx, CameraView& out);

// The view that puts `point` at the centre of the free part of the viewport at `metresPerPixel`.
CameraView centreOn(const Camera& camera, MapPoint point, double metresPerPixel, const Insets& insets);

}  // namespace kg
