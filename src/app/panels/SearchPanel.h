#pragma once
// Edit > Find (Ctrl+F): a field at the top of the map; the names that match, best first, as it
// is typed (regions, events, places, in any script or spelling); Enter or a click goes to the
// chosen one, the arrow keys choose, Esc closes.
#include "app/Controller.h"

namespace kg {

void drawSearchPanel(AppState& state, Controller& commands, const MapData& data);

}  // namespace kg
