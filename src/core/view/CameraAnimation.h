#pragma once
// Camera motion as a pure function of time. A flight knows where it starts and ends and when;
// asking it for the view at time t never reads a clock and never changes it, so the same flight
// can be drawn by the window, replayed by a test, or stepped by a screenshot at any instant.
#include "core/geo/GeoTypes.h"

namespace kg {

class Camera;

// Where the camera looks: the part of a Camera that moves.
struct CameraView {
  MapPoint centre;
  double metresPerPixel = 1000;
  bool operator==(const CameraView& o) const {
    return centre.x == o.centre.x && centre.y == o.centre.y && metresPerPixel == o.metresPerPixel;
  }
};

CameraView viewOf(const Camera& camera);
// Moves the camera to the view; false (camera unchanged) when the view is not finite or usable.
bool applyView(Camera& camera, const CameraView& view);

class CameraAnimation {
 public:
  static constexpr double kDefaultSeconds = 0.8;

  CameraAnimation() = default;  // no flight: finished at any time
  // A flight from `from` to `to` starting at `start` (seconds on any clock the caller keeps).
  static CameraAnimation fly(CameraView from, CameraView to, double start, double seconds = kDefaultSeconds);
  // A new flight to `to` that begins where this one is at `now`, so an interrupted flight
  // turns without a jump.
  CameraAnimation retarget(double now, CameraView to, double seconds = kDefaultSeconds) const;

  // The view at time t: `from` before the start, `to` from the end on; in between the centre
  // moves and the scale changes geometrically (each halving of the scale takes the same time),
  // both eased in and out.
  CameraView at(double t) const;
  bool active() const { return active_; }
  bool finished(double t) const { return !active_ || t >= start_ + seconds_; }
  CameraView target() const { return to_; }

 private:
  bool active_ = false;
  CameraView from_, to_;
  double start_ = 0, seconds_ = kDefaultSeconds;
};

}  // namespace kg
