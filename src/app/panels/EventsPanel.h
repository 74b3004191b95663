#pragma once
#include "app/ViewState.h"

namespace kg {

// The left-hand list of events in time order, with the legend and the places layer switch.
void drawEventsPanel(ViewState& state, const Catalog& catalog);

}  // namespace kg
