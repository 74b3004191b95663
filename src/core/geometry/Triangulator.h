#pragma once
// Polygon triangulation by ear clipping. Holes are joined to the outer ring by bridges, and a
// z-order (Morton) index over the vertices keeps the ear test cheap on rings with tens of
// thousands of points, so the whole world's admin-1 boundaries triangulate at load time.
// Degenerate input (repeated points, touching rings, small self-intersections) still yields
// triangles; the triangles of a valid polygon cover exactly its area.
#include <cstdint>
#include <vector>

#include "core/geo/GeoTypes.h"

namespace kg {

// Triangles as vertex indices into the polygon's rings laid end to end (ring 0 first).
std::vector<std::uint32_t> triangulate(const Polygon& polygon);

// Signed area by the shoelace formula: positive for counter-clockwise rings (y up).
double signedArea(const Ring& ring);
// Outer ring area minus the holes' areas, in map units squared.
double planarArea(const Polygon& polygon);

}  // namespace kg
