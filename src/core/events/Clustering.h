#pragma once
// Markers that would overlap at the current zoom, grouped into clusters that show a count.
// Events fall into square cells of a grid anchored at the map's origin, whose size follows the
// zoom in steps of two: panning never regroups them, and each step in splits the groups further.
// Cells whose groups would still touch across a cell's edge are merged, the fullest first. A
// group of one event leaves it alone; a group of more makes a cluster of them.
#include <vector>

#include "core/geo/GeoTypes.h"

namespace kg {

struct EventCluster {
  MapPoint centre;           // the members' mean position: where the cluster is drawn
  Bounds bounds;             // around the members, in map metres: what a click zooms to
  std::vector<int> members;  // event indices
};

struct ClusteredEvents {
  std::vector<int> loose;  // events drawn on their own, in the order given
  std::vector<EventCluster> clusters;
};

// The grid's cell in map metres: `cellPx` screen pixels at `metresPerPixel` rounded up to a power
// of two (so cells are cellPx to 2 * cellPx wide on screen).
double clusterCellMetres(double metresPerPixel, double cellPx);

// Groups `events` (indices, with their map positions in `positions`, indexed alike by event
// index) into cells `cellMetres` wide. `keepApart` (an event index, or -1) is always loose: the
// selected event stays a marker of its own. A position that is not finite is left loose.
ClusteredEvents clusterEvents(const std::vector<int>& events, const std::vector<MapPoint>& positions,
                              double cellMetres, int keepApart = -1);

}  // namespace kg
