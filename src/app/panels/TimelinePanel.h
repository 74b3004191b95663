#pragma once
// The timeline under the map: a histogram of the events over time with a brush that sets the time
// filter, and playback (play / pause, step, speed, cumulative or a moving window).
#include "app/Controller.h"

namespace kg {

// The panel's height in window units when shown, 0 when not: the map keeps clear of it.
float timelineHeight(const AppState& state);
// Drawn just above the status bar, `bottom` window units from the window's bottom edge.
void drawTimelinePanel(AppState& state, Controller& commands, const Catalog& catalog, float bottom);

}  // namespace kg
