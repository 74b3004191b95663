#include "core/view/ScaleBar.h"

#include <cmath>

#include "core/geo/Geodesy.h"

namespace kg {

ScaleBar chooseScaleBar(const Camera& camera, double maxLengthPx) {
  const double midY = camera.viewportHeight() / 2;
  const double midX = camera.viewportWidth() / 2;
  const GeoPoint a = camera.screenToGeo({midX - maxLengthPx / 2, midY});
  const GeoPoint b = camera.screenToGeo({midX + maxLengthPx / 2, midY});
  const double groundMetres = geodesicDistanceMetres(a, b);
  if (!(groundMetres > 0) || !std::isfinite(groundMetres)) return {};
  const double metresPerPx = groundMetres / maxLengthPx;
  const double magnitude = std::pow(10.0, std::floor(std::log10(groundMetres)));
  double nice = magnitude;
  for (double step : {5.0, 2.0, 1.0}) {
    if (step * magnitude <= groundMetres) { nice = step * magnitude; break; }
  }
  ScaleBar bar;
  bar.metres = nice;
  bar.lengthPx = nice / metresPerPx;
  char text[32];
  if (nice >= 1000) std::snprintf(text, sizeof text, "%g km", nice / 1000);
  else std::snprintf(text, sizeof text, "%g m", nice);
  bar.label = text;
  return bar;
}

}  // namespace kg
