#pragma once
// A path measured on the ground: its length along geodesics on the WGS84 ellipsoid, and with
// three points or more the area of the polygon they close. Never on the projected plane.
#include <string>
#include <vector>

#include "core/geo/GeoTypes.h"

namespace kg {

struct Measurement {
  double metres = 0;  // along the path, first point to last
  double squareMetres = 0;  // the closed polygon's area; 0 under three points
};

Measurement measurePath(const std::vector<GeoPoint>& points);

// "312 km", "4.2 km", "850 m"; "6,236 km²", "0.45 km²", as the measure tool shows them.
std::string distanceText(double metres);
std::string areaText(double squareMetres);

}  // namespace kg
