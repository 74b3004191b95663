#pragma once
#include "app/Controller.h"

namespace kg {

// The side panel for the selected region: its names in three languages, ISO code and
// geodesic area, and the events that happened in it.
void drawRegionPanel(AppState& state, Controller& commands, const MapData& data);

}  // namespace kg
