#pragma once
// The shapes a marker can take. The values are what the marker shader draws (render/), so they
// are fixed; the core chooses them (EventKinds) without knowing how they are drawn.
namespace kg {

enum class MarkerShape { Circle = 0, Diamond = 1, Square = 2 };

}  // namespace kg
