#pragma once
// Shapes in longitude/latitude brought onto a map that has an edge (MapEdge in Projection.h):
// cut where they cross it, closed along it, then projected.
//
// On a map cut open along a meridian (every conic, cylindrical and world projection), a ring is
// followed across the antimeridian without a jump; a ring that goes once around the globe
// encloses a pole (Antarctica, or any shape around a pole brought back from a polar CRS) and is
// closed along that pole's line; the result is cut into the pieces on either side of the map's
// cut meridian, each closed along the map's edge, the way d3-geo's clip-antimeridian does. On an
// azimuthal map centred on a pole nothing is cut: a ring around that pole is the loop it looks
// like, and one around the other pole is the ring between it and the map's rim.
//
// Pieces are planar polygons in "edge longitude", degrees east of the map's central meridian
// (beyond ±180 only on a polar map). Long edges are divided before projecting, so that an edge
// along a pole or a parallel follows the curve it is on the map.
#include <vector>

#include "core/geo/GeoTypes.h"
#include "core/geo/Projection.h"

namespace kg {

using GeoRing = std::vector<GeoPoint>;  // without the repeated closing point
struct GeoPolygon {
  std::vector<GeoRing> rings;  // the first is the outer boundary, the rest holes
};

// The pole a closed ring encloses (-1 south, +1 north) when it goes once round the globe, else 0:
// the rule cutPolygon closes rings by, for ProjectionChoice's extents.
int poleEnclosed(const GeoRing& ring);

// The pieces of a polygon on the map, in edge longitude.
std::vector<GeoPolygon> cutPolygon(const GeoPolygon& polygon, const MapEdge& edge);
// The pieces of an open line on the map, in edge longitude.
std::vector<GeoRing> cutLine(const GeoRing& line, const MapEdge& edge);

// A piece projected, its edges divided every `stepDegrees` at most. Points the projection cannot
// place are left out; a ring left with fewer than 3 points (a line with fewer than 2) is dropped.
Polygon projectPiece(const GeoPolygon& piece, const Projection& projection, double stepDegrees = 1.0);
Ring projectLinePiece(const GeoRing& piece, const Projection& projection, double stepDegrees = 1.0);

}  // namespace kg
