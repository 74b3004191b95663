#include "core/geo/GeoText.h"

#include <cmath>
#include <cstdio>

namespace kg {

std::string latLonText(GeoPoint g) {
  char text[64];
  std::snprintf(text, sizeof text, "%.4f° %c   %.4f° %c", std::abs(g.lat), g.lat >= 0 ? 'N' : 'S', std::abs(g.lon),
                g.lon >= 0 ? 'E' : 'W');
  return text;
}

}  // namespace kg
