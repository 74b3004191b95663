#pragma once
#include "app/ViewState.h"

namespace kg {

struct MenuRequests {
  bool resetView = false;
  bool quit = false;
};

// The main menu (View: language, reset; Help: controls, about). Returns its height and what
// the user asked for.
MenuRequests drawMenuBar(ViewState& state, float& height);

}  // namespace kg
