#pragma once
#include "app/Fonts.h"
#include <vector>

#include "app/MapData.h"
#include "app/AppState.h"

namespace kg {

// What is drawn over the map but belongs to it: region labels, the scale bar, the data credit,
// and the banner of load warnings.
void drawMapOverlay(AppState& state, const MapData& data, const Fonts& fonts, const std::vector<ScreenMarker>& markers);

}  // namespace kg
