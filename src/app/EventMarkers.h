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

// In drawing order (later on top), for hit testing.
std::vector<ScreenMarker> screenMarkers(const AppState& state, const Catalog& catalog);
// They depend on the selection, the hover, the places switch and the screen's density, not on
// the camera: uncertainty circles are sized in map metres.
std::vector<MarkerInstance> markerInstances(const AppState& state, const Catalog& catalog);

}  // namespace kg
