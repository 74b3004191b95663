#include "core/view/CameraAnimation.h"

#include <algorithm>
#include <cmath>

#include "core/view/Camera.h"

namespace kg {

CameraView viewOf(const Camera& camera) { return {camera.centre(), camera.metresPerPixel()}; }

bool applyView(Camera& camera, const CameraView& view) {
  Camera trial = camera;
  if (!trial.setMetresPerPixel(view.metresPerPixel) || !trial.setCentre(view.centre)) return false;
  camera = trial;
  return true;
}

CameraAnimation CameraAnimation::fly(CameraView from, CameraView to, double start, double seconds) {
  CameraAnimation a;
  a.from_ = from;
  a.to_ = to;
  a.start_ = start;
  a.seconds_ = std::isfinite(seconds) && seconds > 0 ? seconds : kDefaultSeconds;
  a.active_ = std::isfinite(start) && from.metresPerPixel > 0 && to.metresPerPixel > 0;
  return a;
}

CameraAnimation CameraAnimation::retarget(double now, CameraView to, double seconds) const {
  return fly(at(now), to, now, seconds);
}

CameraView CameraAnimation::at(double t) const {
  if (!active_) return to_;
  const double u = std::isfinite(t) ? std::clamp((t - start_) / seconds_, 0.0, 1.0) : 1.0;
  if (u <= 0) return from_;
  if (u >= 1) return to_;
  const double s = u * u * (3 - 2 * u);  // smoothstep: no jolt at either end
  const double logScale =
      std::log(from_.metresPerPixel) + (std::log(to_.metresPerPixel) - std::log(from_.metresPerPixel)) * s;
  return {{from_.centre.x + (to_.centre.x - from_.centre.x) * s, from_.centre.y + (to_.centre.y - from_.centre.y) * s},
          std::exp(logScale)};
}

}  // namespace kg
