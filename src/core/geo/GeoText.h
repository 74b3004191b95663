#pragma once
// Coordinates written for people, as the status bar shows them: "41.4300° N   75.9900° E".
#include <string>

#include "core/geo/GeoTypes.h"

namespace kg {

// Latitude first, then longitude, each to four decimals (about 10 m) with its hemisphere.
std::string latLonText(GeoPoint g);

}  // namespace kg
