#pragma once
// Which feature is under a map point. Bounding boxes rule out most features, then an even-odd
// ray test on the full-detail rings decides (so holes are respected).
#include <vector>

#include "core/geometry/Feature.h"

namespace kg {

// Whether a horizontal ray from p crosses the ring an odd number of times (p is inside it).
bool ringContains(const Ring& ring, MapPoint p);
bool polygonContains(const Polygon& polygon, MapPoint p);
bool featureContains(const Feature& feature, MapPoint p);

class HitTester {
 public:
  explicit HitTester(const std::vector<Feature>* features) : features_(features) {}
  // Index of the feature containing p, or -1.
  int featureAt(MapPoint p) const;

 private:
  const std::vector<Feature>* features_;
};

}  // namespace kg
