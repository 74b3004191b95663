#pragma once
#include "app/Controller.h"

namespace kg {

// The main menu (File, Edit: undo and redo, View: language, layers, reset; Help: controls,
// about) and the two help windows. Returns the bar's height in window units.
float drawMenuBar(AppState& state, Controller& commands);

}  // namespace kg
