#pragma once
// A feature's geometry as the shapes the map draws, and those shapes on the map.
//
// Every kind of area GDAL reads is a polygon here: curves (CurvePolygon, CompoundCurve,
// MultiSurface, MultiCurve) made straight with getLinearGeometry, polyhedral surfaces, TINs and
// triangles as their faces. Lines are lines and points points, whatever collection holds them.
#include <ogr_geometry.h>

#include <string>
#include <vector>

#include "core/geo/GeoTypes.h"
#include "core/geo/Projection.h"
#include "core/geo/ShapeCut.h"

namespace kg {

// Whether collectShapes reads this type (flattened) as polygons.
bool isAreaType(OGRwkbGeometryType type);

// In WGS84 longitude/latitude.
struct GeoShapes {
  std::vector<GeoPolygon> polygons;
  std::vector<GeoRing> lines;
  std::vector<GeoPoint> points;
  std::string problem;  // the first part left out and why ("a ring with fewer than 3 points"); "" when none
};
// Adds the shapes of a geometry already in WGS84 longitude/latitude (x longitude) to `out`.
void collectShapes(const OGRGeometry& geometry, GeoShapes& out);

// A polygon on the map: cut along the map's edge (ShapeCut.h), projected, and where that leaves
// it invalid (a self-intersection in the file, the seam along a cut) repaired by GEOS through
// GDAL's MakeValid. `problem` hears why a part could not be used, when one could not.
std::vector<Polygon> mapPolygon(const GeoPolygon& polygon, const Projection& projection, std::string& problem);
// A line on the map: cut where it crosses the map's edge, projected.
std::vector<Ring> mapLine(const GeoRing& line, const Projection& projection);

}  // namespace kg
