#include "core/layers/FeatureShapes.h"

#include <cmath>
#include <memory>

#include "core/geometry/Triangulator.h"
#include "core/io/GdalSource.h"
#include "core/io/Say.h"

namespace kg {
namespace {

GeoRing ringOf(const OGRSimpleCurve& curve) {
  GeoRing ring;
  const int n = curve.getNumPoints();
  ring.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) ring.push_back({curve.getY(i), curve.getX(i)});
  return ring;
}

void addPolygon(const OGRPolygon& polygon, GeoShapes& out) {
  GeoPolygon shape;
  for (const OGRLinearRing* ring : polygon) {
    GeoRing r = ringOf(*ring);
    if (r.size() > 1 && r.front().lat == r.back().lat && r.front().lon == r.back().lon) r.pop_back();
    if (r.size() < 3) {
      if (out.problem.empty()) out.problem = say("a ring with fewer than 3 points");
      if (shape.rings.empty()) return;  // no outer ring: the whole polygon goes
      continue;
    }
    shape.rings.push_back(std::move(r));
  }
  if (!shape.rings.empty()) out.polygons.push_back(std::move(shape));
}

// A ring from a map polygon, closed again for GDAL.
OGRLinearRing* gdalRing(const Ring& ring) {
  auto* out = new OGRLinearRing;
  out->setNumPoints(static_cast<int>(ring.size()) + 1, FALSE);
  for (std::size_t i = 0; i < ring.size(); ++i) out->setPoint(static_cast<int>(i), ring[i].x, ring[i].y);
  out->setPoint(static_cast<int>(ring.size()), ring.front().x, ring.front().y);
  return out;
}

void addMapPolygons(const OGRGeometry& geometry, std::vector<Polygon>& out) {
  const auto type = wkbFlatten(geometry.getGeometryType());
  if (type == wkbPolygon) {
    Polygon polygon;
    for (const OGRLinearRing* ring : *geometry.toPolygon()) {
      Ring r;
      const int n = ring->getNumPoints();
      for (int i = 0; i + 1 < n; ++i) r.push_back({ring->getX(i), ring->getY(i)});
      if (r.size() >= 3) polygon.rings.push_back(std::move(r));
      else if (polygon.rings.empty()) return;
    }
    if (!polygon.rings.empty()) out.push_back(std::move(polygon));
  } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
    for (const OGRGeometry* part : *geometry.toGeometryCollection()) addMapPolygons(*part, out);
  }
}

// The polygon as it is when GEOS finds it valid, else as MakeValid repairs it.
void addRepaired(Polygon polygon, std::vector<Polygon>& out, std::string& problem) {
  OGRPolygon gdal;
  for (const Ring& ring : polygon.rings) gdal.addRingDirectly(gdalRing(ring));
  const QuietGdalErrors quiet;
  if (gdal.IsValid()) {
    out.push_back(std::move(polygon));
    return;
  }
  std::unique_ptr<OGRGeometry> valid(gdal.MakeValid());
  const std::size_t before = out.size();
  if (valid) addMapPolygons(*valid, out);
  // A piece with no area (a sliver a cut left along the map's edge) was nothing to draw. Its
  // computed area is rounding, which grows with the square of its size.
  Bounds box;
  for (const MapPoint& p : polygon.rings.front()) box.add(p);
  const double size = box.width() * box.width() + box.height() * box.height();
  const bool sliver = std::abs(signedArea(polygon.rings.front())) <= 1e-9 * size + 1e-9;
  if (out.size() == before && problem.empty() && !sliver) {
    const std::string why = quiet.last();
    problem = why.empty() ? say("an invalid polygon that could not be repaired")
                          : say("an invalid polygon that could not be repaired ({why})", {{"why", why}});
  }
}

}  // namespace

bool isAreaType(OGRwkbGeometryType t) {
  return t == wkbPolygon || t == wkbMultiPolygon || t == wkbCurvePolygon || t == wkbMultiSurface || t == wkbSurface ||
         t == wkbPolyhedralSurface || t == wkbTIN || t == wkbTriangle;
}

void collectShapes(const OGRGeometry& geometry, GeoShapes& out) {
  if (geometry.IsEmpty()) return;
  const auto type = wkbFlatten(geometry.getGeometryType());
  switch (type) {
    case wkbPoint:
      out.points.push_back({geometry.toPoint()->getY(), geometry.toPoint()->getX()});
      return;
    case wkbLineString:
    case wkbLinearRing:
      out.lines.push_back(ringOf(*geometry.toLineString()));
      return;
    case wkbPolygon:
    case wkbTriangle:
      addPolygon(*geometry.toPolygon(), out);
      return;
    case wkbMultiPoint:
    case wkbMultiLineString:
    case wkbMultiPolygon:
    case wkbGeometryCollection:
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) collectShapes(*part, out);
      return;
    case wkbPolyhedralSurface:
    case wkbTIN: {
      std::unique_ptr<OGRGeometry> faces(OGRGeometryFactory::forceToMultiPolygon(geometry.clone()));
      if (faces && wkbFlatten(faces->getGeometryType()) == wkbMultiPolygon) collectShapes(*faces, out);
      else if (out.problem.empty()) out.problem = say("a surface whose faces cannot be read");
      return;
    }
    default:
      break;
  }
  if (geometry.hasCurveGeometry()) {
    std::unique_ptr<OGRGeometry> straight(geometry.getLinearGeometry());
    if (straight && !straight->hasCurveGeometry()) {
      collectShapes(*straight, out);
      return;
    }
  }
  if (out.problem.empty()) out.problem = say("unsupported geometry type {type}", {{"type", geometry.getGeometryName()}});
}

std::vector<Polygon> mapPolygon(const GeoPolygon& polygon, const Projection& projection, std::string& problem) {
  std::vector<Polygon> out;
  for (const GeoPolygon& piece : cutPolygon(polygon, projection.edge())) {
    Polygon projected = projectPiece(piece, projection);
    if (!projected.rings.empty()) addRepaired(std::move(projected), out, problem);
  }
  return out;
}

std::vector<Ring> mapLine(const GeoRing& line, const Projection& projection) {
  std::vector<Ring> out;
  for (const GeoRing& piece : cutLine(line, projection.edge())) {
    Ring projected = projectLinePiece(piece, projection);
    if (!projected.empty()) out.push_back(std::move(projected));
  }
  return out;
}

}  // namespace kg
