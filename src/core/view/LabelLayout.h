#pragma once
// Chooses which labels to show and where, so they sit inside their feature and never overlap:
// candidates are taken by priority, and one is dropped when its box would leave its feature
// (unless the feature is smaller than the text, when it is centred on it), leave the screen, or
// touch a label already placed. Names beside points keep inside what `inside` says (the region
// the point is in, so they do not cross a border).
#include <functional>
#include <vector>

#include "core/geo/GeoTypes.h"

namespace kg {

struct LabelCandidate {
  int feature = -1;
  ScreenPoint anchor;      // the box is centred here
  double width = 0, height = 0;
  double priority = 0;     // larger first
  double featureWidthPx = 0, featureHeightPx = 0;
  // A name beside a point (a town, a peak) rather than on an area: tried to the right of the
  // anchor, then left, above and below, `gapPx` away, never over the point itself.
  bool beside = false;
  double gapPx = 0;
};

struct PlacedLabel {
  int feature = -1;
  double left = 0, top = 0, width = 0, height = 0;
};

using InsideTest = std::function<bool(int feature, ScreenPoint point)>;

// `obstacles` (markers, say) are kept clear like labels already placed; they are not returned.
std::vector<PlacedLabel> layoutLabels(std::vector<LabelCandidate> candidates, double viewportWidth,
                                      double viewportHeight, const InsideTest& inside, double marginPx = 3,
                                      const std::vector<PlacedLabel>& obstacles = {});

}  // namespace kg
