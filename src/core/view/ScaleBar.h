#pragma once
// A scale bar that is true where it is drawn: the ground distance is measured on the ellipsoid
// along a horizontal line through the middle of the view, so it follows the latitude shown.
#include <string>

#include "core/view/Camera.h"

namespace kg {

struct ScaleBar {
  double lengthPx = 0;
  double metres = 0;
  std::string label;  // "50 km", "200 m"
};

// The longest round length (1, 2 or 5 times a power of ten) that fits in maxLengthPx.
ScaleBar chooseScaleBar(const Camera& camera, double maxLengthPx);

}  // namespace kg
