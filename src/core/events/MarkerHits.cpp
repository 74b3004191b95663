#include "core/events/MarkerHits.h"

#include <cmath>

namespace kg {

std::vector<MarkerRef> markersAt(const std::vector<ScreenMarker>& markers, ScreenPoint pointer, double slackPx) {
  std::vector<MarkerRef> hits;
  if (!isFinite(pointer)) return hits;
  for (auto it = markers.rbegin(); it != markers.rend(); ++it)
    if (std::hypot(it->position.x - pointer.x, it->position.y - pointer.y) <= it->radiusPx + slackPx)
      hits.push_back(it->ref);
  return hits;
}

}  // namespace kg
