#pragma once
#include <string>

#include "app/AppState.h"

namespace kg {

// The strip along the bottom: coordinates under the pointer and the data source. Returns its
// height in window units.
float drawStatusBar(AppState& state, const std::string& sourceName);

}  // namespace kg
