#pragma once
// The map as a picture to hand out (--export-png): no menus or panels, but a title, the time it
// shows, a legend of the kinds of event on it, and (from the map overlay) the scale bar and the
// credits for its data.
#include "app/Controller.h"
#include "app/Fonts.h"

namespace kg {

void drawPicturePanel(AppState& state, const MapData& data, const Fonts& fonts);

}  // namespace kg
