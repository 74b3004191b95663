#include "core/layers/CoordinateCheck.h"

#include <cmath>
#include <cstdio>

#include "core/io/Say.h"

namespace kg {
namespace {

// Calls `stop(x, y)` for each vertex until it returns true; returns whether it did. Covers
// every geometry type OGR reads, curves included, so it can run before linearising them.
template <class Stop>
bool anyVertex(const OGRGeometry& geometry, Stop& stop) {
  const OGRwkbGeometryType type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPoint) {
    // OGR takes a point with a NaN coordinate for an empty one; with only one NaN it is a broken
    // point, not an empty one, and is checked (and refused) like any other vertex.
    const OGRPoint* p = geometry.toPoint();
    const double x = p->getX(), y = p->getY();
    if (std::isnan(x) != std::isnan(y)) return stop(x, y);
    return !p->IsEmpty() && stop(x, y);
  }
  if (type == wkbLineString || type == wkbCircularString) {
    const OGRSimpleCurve* curve = geometry.toSimpleCurve();
    for (int i = 0, n = curve->getNumPoints(); i < n; ++i)
      if (stop(curve->getX(i), curve->getY(i))) return true;
    return false;
  }
  if (type == wkbCompoundCurve) {
    for (const OGRCurve* part : *geometry.toCompoundCurve())
      if (anyVertex(*part, stop)) return true;
    return false;
  }
  if (OGR_GT_IsSubClassOf(type, wkbCurvePolygon)) {
    for (const OGRCurve* ring : *geometry.toCurvePolygon())
      if (anyVertex(*ring, stop)) return true;
    return false;
  }
  if (OGR_GT_IsSubClassOf(type, wkbGeometryCollection)) {
    for (const OGRGeometry* part : *geometry.toGeometryCollection())
      if (anyVertex(*part, stop)) return true;
    return false;
  }
  if (OGR_GT_IsSubClassOf(type, wkbPolyhedralSurface)) {
    for (const OGRPolygon* part : *geometry.toPolyhedralSurface())
      if (anyVertex(*part, stop)) return true;
    return false;
  }
  return false;  // nothing else holds vertices
}

// Short and exact enough to find the vertex in the file; to_string would print 1e300 in full.
std::string number(double v) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", v);
  return text;
}

}  // namespace

CoordinateCheck::CoordinateCheck(const OGRSpatialReference* crs) {
  if (!crs) return;
  geographic_ = crs->IsGeographic();
  const double perUnit = geographic_ ? crs->GetAngularUnits() / (M_PI / 180) : crs->GetLinearUnits();
  if (!(std::isfinite(perUnit) && perUnit > 0)) return;  // a CRS without usable units: take them as is
  (geographic_ ? toDegrees_ : toMetres_) = perUnit;
}

CoordinateProblem CoordinateCheck::check(const OGRGeometry& geometry) const {
  CoordinateProblem problem;
  auto bad = [&](double x, double y) {
    if (!std::isfinite(x) || !std::isfinite(y)) {
      problem = {CoordinateProblem::NonFinite, say("non-finite coordinate (x={x}, y={y})", {{"x", number(x)}, {"y", number(y)}})};
      return true;
    }
    if (geographic_) {
      if (std::abs(x * toDegrees_) <= 180 + kToleranceDegrees && std::abs(y * toDegrees_) <= 90 + kToleranceDegrees)
        return false;
      problem = {CoordinateProblem::OutOfRange,
                 say("coordinate (x={x}, y={y}) is not a longitude/latitude", {{"x", number(x)}, {"y", number(y)}})};
      return true;
    }
    if (std::abs(x * toMetres_) <= kMaxMetres && std::abs(y * toMetres_) <= kMaxMetres) return false;
    problem = {CoordinateProblem::OutOfRange,
               say("coordinate (x={x}, y={y}) is farther than any place on Earth from the origin of its CRS",
                   {{"x", number(x)}, {"y", number(y)}})};
    return true;
  };
  anyVertex(geometry, bad);
  return problem;
}

CoordinateProblem CoordinateCheck::checkWgs84(const OGRGeometry& geometry) {
  CoordinateProblem problem = CoordinateCheck(nullptr).check(geometry);
  if (problem) problem.text = say("{problem} after reprojection to WGS84", {{"problem", problem.text}});
  return problem;
}

}  // namespace kg
