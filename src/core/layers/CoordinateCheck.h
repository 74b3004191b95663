#pragma once
// Whether a geometry's coordinates can be a place on Earth, checked before PROJ, GEOS and the
// map projection see them. Broken or hostile files hold vertices such as 1e300 or NaN: PROJ 9.1
// never returns from EPSG:3857 with x = 1e17, wraps absurd values of many CRSs into plausible
// places, and fails on infinities; GEOS works on their envelopes. A feature with such a vertex
// is skipped as a whole, with the vertex named, rather than drawn somewhere made up.
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <string>

namespace kg {

struct CoordinateProblem {
  enum Kind { None, NonFinite, OutOfRange };
  Kind kind = None;
  std::string text;  // the first bad vertex and what is wrong with it; "" when none

  explicit operator bool() const { return kind != None; }
};

class CoordinateCheck {
 public:
  // For coordinates in `crs` (traditional GIS axis order, x first), or in WGS84 longitude/latitude
  // degrees when it is null.
  explicit CoordinateCheck(const OGRSpatialReference* crs);

  // Geographic: longitude and latitude within range (after conversion from grads or radians).
  // Projected and other: within kMaxMetres of the origin. Either way finite.
  CoordinateProblem check(const OGRGeometry& geometry) const;

  // After reprojection to WGS84 longitude/latitude degrees.
  static CoordinateProblem checkWgs84(const OGRGeometry& geometry);

  // Reprojection rounds the poles and the antimeridian by far less than this.
  static constexpr double kToleranceDegrees = 1e-7;
  // Some 25 times round the Earth: more than any CRS of it needs, far less than PROJ mishandles.
  static constexpr double kMaxMetres = 1e9;

 private:
  bool geographic_ = true;
  double toDegrees_ = 1;  // geographic: degrees per unit of the CRS
  double toMetres_ = 1;   // otherwise: metres per unit
};

}  // namespace kg
