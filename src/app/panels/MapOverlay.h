#pragma once
#include "app/Fonts.h"
#include <string>
#include <vector>

#include "app/MapData.h"
#include "app/AppState.h"

namespace kg {

// What is drawn over the map but belongs to it: region labels, the scale bar, the data credit,
// and the banner of load warnings.
void drawMapOverlay(AppState& state, const MapData& data, const Fonts& fonts, const std::vector<ScreenMarker>& markers);

// Whose data the map shows: the shown layers' credits ("ACLED"), each once, and the line naming
// them with the boundaries' as their file gives it ("Events: ACLED (acleddata.com) · Boundaries:
// Natural Earth ... · Towns: GeoNames (CC BY 4.0)" for the bundled file).
std::vector<std::string> creditedSources(const AppState& state, const Catalog& catalog);
std::string creditLine(const AppState& state, const MapData& data);

}  // namespace kg
