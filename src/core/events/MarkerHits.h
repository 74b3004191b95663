#pragma once
// Which markers lie under the pointer. Markers are points with a size on screen; where several
// overlap (the places in central Bishkek), all of them come back, topmost first, so the app can
// offer a choice instead of hiding all but one.
#include <vector>

#include "core/geo/GeoTypes.h"

namespace kg {

struct MarkerRef {
  enum class Kind { Event, Place, Cluster } kind = Kind::Event;  // a cluster: index into the clusters drawn
  int index = -1;
  bool operator==(const MarkerRef&) const = default;
};

struct ScreenMarker {
  MarkerRef ref;
  ScreenPoint position;
  double radiusPx = 8;
};

// `markers` in drawing order (later ones on top); the result starts with the topmost.
std::vector<MarkerRef> markersAt(const std::vector<ScreenMarker>& markers, ScreenPoint pointer, double slackPx = 3);

}  // namespace kg
