#include "core/layers/CrsProjection.h"

#include <ogr_srs_api.h>

#include <cmath>

#include "core/io/GdalSource.h"
#include "core/io/Say.h"

namespace kg {
namespace {

bool has(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

// The first of these parameters the CRS has, or `otherwise`.
double parameter(const OGRSpatialReference& crs, std::initializer_list<const char*> names, double otherwise) {
  for (const char* name : names) {
    OGRErr error = OGRERR_NONE;
    const double value = crs.GetProjParm(name, otherwise, &error);
    if (error == OGRERR_NONE) return value;
  }
  return otherwise;
}

MapEdge edgeOf(const OGRSpatialReference& crs) {
  MapEdge edge;
  const char* method = crs.GetAttrValue("PROJECTION");
  const std::string m = method ? method : "";
  edge.centreLon = parameter(crs, {SRS_PP_CENTRAL_MERIDIAN, SRS_PP_LONGITUDE_OF_CENTER, SRS_PP_LONGITUDE_OF_ORIGIN}, 0);
  const double originLat =
      parameter(crs, {SRS_PP_LATITUDE_OF_ORIGIN, SRS_PP_LATITUDE_OF_CENTER, SRS_PP_STANDARD_PARALLEL_1}, 0);
  const int side = originLat < 0 ? -1 : 1;
  // Polar stereographic's "latitude of origin" is its standard parallel (-71 for EPSG:3031).
  const bool polar = has(m, "Polar_Stereographic") || std::abs(std::abs(originLat) - 90) < 1e-6;
  const auto stopAt = [&](double farthest) {  // a polar map: how far towards the other pole it reaches
    edge.pole = side;
    if (side > 0) edge.minLat = -farthest;
    else edge.maxLat = farthest;
  };
  if (polar && has(m, "Stereographic")) stopAt(10);
  else if (polar && has(m, "Orthographic")) stopAt(0);
  else if (polar && has(m, "Gnomonic")) stopAt(-30);
  else if (polar && (has(m, "Azimuthal") || has(m, "Lambert_Azimuthal"))) stopAt(85);
  else if (has(m, "Mercator") && !has(m, "Transverse") && !has(m, "Oblique")) {
    edge.minLat = -85;
    edge.maxLat = 85;
  } else if (has(m, "Transverse_Mercator")) {
    edge.halfWidth = 60;
  } else if (has(m, "Lambert_Conformal_Conic")) {
    if (side > 0) edge.minLat = -60;
    else edge.maxLat = 60;
  }
  if (!std::isfinite(edge.centreLon)) edge.centreLon = 0;
  edge.centreLon = std::remainder(edge.centreLon, 360.0);
  return edge;
}

// "+proj=aea ..." as the menu names it.
std::string projStringName(const std::string& text) {
  if (text.rfind("+proj=aea ", 0) == 0) return say("Albers equal-area conic");
  if (text.rfind("+proj=laea ", 0) == 0) return say("Lambert azimuthal equal-area");
  if (text.rfind("+proj=eqearth ", 0) == 0) return say("Equal Earth");
  return text.substr(0, text.find(' '));
}

}  // namespace

Result<Projection> projectionOfCrs(const OGRSpatialReference& crs) {
  const QuietGdalErrors quiet;  // a CRS PROJ cannot use costs the file its own projection, nothing more
  ProjectionSpec spec;
  const char* name = crs.GetName();
  spec.name = name && *name ? name : say("the file's own CRS");
  char* wkt = nullptr;
  const char* const options[] = {"FORMAT=WKT2_2019", nullptr};
  if (crs.exportToWkt(&wkt, options) != OGRERR_NONE || !wkt) {
    CPLFree(wkt);
    return Error{say("the CRS {name} cannot be written for PROJ", {{"name", spec.name}})};
  }
  spec.definition = wkt;
  CPLFree(wkt);
  spec.crs = true;
  spec.edge = edgeOf(crs);
  return Projection::make(std::move(spec));
}

Result<Projection> projectionNamed(const std::string& text, const std::string& what) {
  const QuietGdalErrors quiet;
  OGRSpatialReference crs;
  const bool projString = text.rfind("+proj=", 0) == 0;
  if ((projString ? crs.importFromProj4(text.c_str()) : crs.SetFromUserInput(text.c_str())) != OGRERR_NONE)
    return Error{say("{what}: not a projection GDAL reads: {text}", {{"what", what}, {"text", text}})};
  if (!crs.IsProjected()) return Error{say("{what}: not a projected CRS: {text}", {{"what", what}, {"text", text}})};
  if (!projString) return projectionOfCrs(crs);
  ProjectionSpec spec;
  spec.name = projStringName(text);
  spec.definition = text;
  spec.edge = edgeOf(crs);
  auto made = Projection::make(std::move(spec));
  if (!made) return Error{say("{what}: {why}", {{"what", what}, {"why", made.error()}})};
  return made;
}

}  // namespace kg
