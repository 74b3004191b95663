#pragma once
// Douglas-Peucker simplification of closed rings, for the coarser levels of detail drawn when
// the map is zoomed out. Hit testing and areas always use the full-detail rings.
#include "core/geo/GeoTypes.h"

namespace kg {

// The simplified ring, or an empty ring when the result would have fewer than 3 points.
Ring simplifyRing(const Ring& ring, double tolerance);
// An open line (a river, a road), its two ends always kept; empty with fewer than 2 points.
Ring simplifyLine(const Ring& line, double tolerance);
// Simplifies every ring; holes and outer rings that collapse are dropped.
Polygon simplifyPolygon(const Polygon& polygon, double tolerance);

}  // namespace kg
