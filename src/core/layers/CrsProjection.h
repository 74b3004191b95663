#pragma once
// The map projection a projected CRS gives, for showing a file in its own CRS (UTM, a national
// grid, polar stereographic, Web Mercator, Robinson), with where that map ends: polar maps are
// not cut and stop short of the far side of the globe, Mercator maps short of the poles,
// transverse Mercator within 60° of its meridian, conformal conics short of their far pole, and
// every other map is cut on the meridian opposite its centre.
#include <ogr_spatialref.h>

#include <string>

#include "core/geo/Projection.h"
#include "core/io/Result.h"

namespace kg {

// The projection of a projected CRS. The error says why PROJ cannot use it.
Result<Projection> projectionOfCrs(const OGRSpatialReference& crs);

// A projection named as text: a PROJ string ("+proj=aea ...", then used as PROJ reads it on
// radians), "EPSG:3031", WKT or PROJJSON (then as that CRS). `what` names where the text came from.
Result<Projection> projectionNamed(const std::string& text, const std::string& what);

}  // namespace kg
