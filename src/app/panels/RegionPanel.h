#pragma once
#include "app/ViewState.h"

namespace kg {

// The side panel for the selected region: its names in three languages, ISO code and
// geodesic area, and the events that happened in it.
void drawRegionPanel(ViewState& state, const BoundaryData& data, const Catalog& catalog);

}  // namespace kg
