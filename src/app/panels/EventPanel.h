#pragma once
#include "app/Controller.h"

namespace kg {

// The right-hand panel for a selected event or place: what, when, where, how precise, and the
// passages quoted from the articles with their sources; and the chooser for markers that overlap
// under one click.
void drawEventPanel(AppState& state, Controller& commands, const MapData& data);
void drawMarkerChooser(AppState& state, Controller& commands, const MapData& data);

}  // namespace kg
