#pragma once
// --screenshot: the window's first view, at full detail, drawn offscreen and written as PNG.
#include <cstdint>
#include <string>
#include <vector>

#include "app/App.h"

namespace kg {

Result<bool> writeScreenshot(App& app, const std::string& path, int width, int height);
// The same frames, offscreen: the picture's RGBA pixels, top row first.
Result<std::vector<std::uint8_t>> renderOffscreen(App& app, int width, int height);

}  // namespace kg
