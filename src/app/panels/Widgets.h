#pragma once
// Small pieces shared by the panels.
#include <string>

#include "app/AppState.h"

namespace kg {

// Notes the last ImGui item's rectangle under `name`, for the state dump: tests find widgets by
// name, not by pixel.
void recordWidget(AppState& state, const std::string& name);

}  // namespace kg
