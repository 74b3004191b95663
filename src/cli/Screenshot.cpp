#include "cli/Screenshot.h"

#include <glad/gl.h>

#include "render/Framebuffer.h"

namespace kg {

Result<std::vector<std::uint8_t>> renderOffscreen(App& app, int width, int height) {
  auto target = OffscreenTarget::create(width, height);
  if (!target) return Error{target.error()};
  target->bind();
  // ImGui needs a couple of frames to measure and place auto-sized windows. Each waits for the
  // level of detail its view needs: a screenshot shows the final detail, not a placeholder.
  for (int i = 0; i < 3; ++i) app.frame(width, height, 1.0, false, true);
  glFinish();
  auto pixels = target->readRgba();
  OffscreenTarget::unbind();
  return pixels;
}

Result<bool> writeScreenshot(App& app, const std::string& path, int width, int height) {
  auto pixels = renderOffscreen(app, width, height);
  if (!pixels) return Error{pixels.error()};
  return writePng(path, width, height, *pixels);
}

}  // namespace kg
