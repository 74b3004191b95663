#pragma once
#include "app/Fonts.h"
#include "app/ViewState.h"

namespace kg {

// What is drawn over the map but belongs to it: region labels, the scale bar, the data credit,
// the hover tooltip and the banner of load warnings.
void drawMapOverlay(ViewState& state, const BoundaryData& data, const Fonts& fonts, const Catalog& catalog);

}  // namespace kg
