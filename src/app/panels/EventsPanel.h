#pragma once
#include "app/Controller.h"

namespace kg {

// The left-hand list of events in time order, with its filters (words, actor, region, and the
// kinds in the legend), the layers, the legend and the places layer switch.
void drawEventsPanel(AppState& state, Controller& commands, const MapData& data);

}  // namespace kg
