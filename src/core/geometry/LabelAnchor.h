#pragma once
// Where a region's name goes: the point inside its largest polygon farthest from any edge (the
// "pole of inaccessibility"), so the label sits well inside even curved or concave regions,
// where a centroid could fall outside.
#include "core/geometry/Feature.h"

namespace kg {

MapPoint poleOfInaccessibility(const Polygon& polygon, double precision);
// The pole of the feature's largest polygon, to about 1% of its size.
MapPoint labelAnchor(const Feature& feature);

}  // namespace kg
