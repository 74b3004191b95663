#pragma once
// Where the event and place markers are on screen and how each is drawn right now: places
// under events, uncertainty circles under both, the hovered and selected ones emphasised.
#include <vector>

#include "app/AppState.h"
#include "core/events/Catalog.h"
#include "core/events/MarkerHits.h"
#include "render/MarkerRenderer.h"

namespace kg {

// Up to this many events shown, each draws its uncertainty circle; past it only the hovered and
// the selected one do.
inline constexpr std::size_t kEveryCircleUpTo = 200;

// Past this many events shown, markers that overlap group into clusters (when grouping is on).
inline constexpr std::size_t kGroupAbove = 100;
// A cluster's cell on screen: markers closer than about this many design pixels group.
inline constexpr double kGroupCellPx = 44;

// Brings state.grouping up to date with the shown events, the zoom and the selection (which
// always stays a marker of its own); cheap when none of them changed. `dataGeneration` changes
// with every new data set. Clears a hovered cluster when the clusters change.
void updateGrouping(AppState& state, const Catalog& catalog, int dataGeneration);
// A cluster's diameter in design pixels: larger with more members, slowly.
double clusterSizePx(std::size_t members);

// In drawing order (later on top), for hit testing.
std::vector<ScreenMarker> screenMarkers(const AppState& state, const Catalog& catalog);
// They depend on the selection, the hover, the places switch and the screen's density, not on
// the camera: uncertainty circles are sized in map metres.
std::vector<MarkerInstance> markerInstances(const AppState& state, const Catalog& catalog);

}  // namespace kg
