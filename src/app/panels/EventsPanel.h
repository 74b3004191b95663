#pragma once
#include "app/Controller.h"

namespace kg {

// The left-hand list of events in time order, with the legend and the places layer switch.
void drawEventsPanel(AppState& state, Controller& commands, const Catalog& catalog);

}  // namespace kg
