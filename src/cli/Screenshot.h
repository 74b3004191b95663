#pragma once
// --screenshot: the window's first view, at full detail, drawn offscreen and written as PNG.
#include <string>

#include "app/App.h"

namespace kg {

Result<bool> writeScreenshot(App& app, const std::string& path, int width, int height);

}  // namespace kg
