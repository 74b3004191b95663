#pragma once
// The lesson geography over the map: town and peak symbols, and the names of lakes, rivers,
// towns, peaks and neighbouring countries in the labels' language. Names are placed after the
// regions' (never over them, over each other or over markers), beside their point and inside
// the region it is in, so no name crosses a border; the capital and the largest towns come
// first, and more appear as the map is zoomed in.
#include <imgui.h>

#include <vector>

#include "app/AppState.h"
#include "app/Fonts.h"
#include "app/MapData.h"
#include "core/events/MarkerHits.h"
#include "core/view/LabelLayout.h"

namespace kg {

// `taken` holds the boxes already drawn or covered (region names, markers, panels), in window
// units. Each name drawn is recorded as "label/KIND/ID" (lake, river, landmark, country).
void drawGeography(AppState& state, const MapData& data, const Fonts& fonts, const std::vector<ScreenMarker>& markers,
                   const std::vector<PlacedLabel>& taken, ImDrawList* list);

// The smallest population of a town named at this scale (map metres per window unit).
long long smallestTownNamed(double metresPerUnit);

}  // namespace kg
