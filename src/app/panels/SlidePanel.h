#pragma once
// A presented slide, as the room sees it: its title large along the top with "3 / 7", and its
// passages in a band above the status bar, each quoted word for word with its source. B blanks
// the whole screen.
#include "app/Controller.h"
#include "app/Fonts.h"

namespace kg {

void drawSlidePanel(AppState& state, const MapData& data, const Fonts& fonts);

}  // namespace kg
