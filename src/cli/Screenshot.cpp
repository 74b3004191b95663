#include "cli/Screenshot.h"

#include <glad/gl.h>

#include "render/Framebuffer.h"

namespace kg {

Result<std::vector<std::uint8_t>> renderOffscreen(App& app, int width, int height) {
  return app.renderOffscreen(width, height);
}

Result<bool> writeScreenshot(App& app, const std::string& path, int width, int height) {
  auto pixels = renderOffscreen(app, width, height);
  if (!pixels) return Error{pixels.error()};
  return writePng(path, width, height, *pixels);
}

}  // namespace kg
