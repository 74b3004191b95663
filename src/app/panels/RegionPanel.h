#pragma once
#include "app/ViewState.h"

namespace kg {

// The side panel for the selected region: its names in three languages, ISO code and
// geodesic area.
void drawRegionPanel(ViewState& state, const BoundaryData& data);

}  // namespace kg
