#pragma once
// An offscreen RGBA8 render target, for screenshots of any size whatever the screen's size.
#include <cstdint>
#include <vector>

#include "core/io/Result.h"
#include "render/GlHandle.h"

namespace kg {

class OffscreenTarget {
 public:
  static Result<OffscreenTarget> create(int width, int height);
  // Drawn into as a texture another GL context sharing this one's objects can show (the
  // presenter window's pictures of the slides).
  static Result<OffscreenTarget> createTexture(int width, int height);
  void bind() const;
  static void unbind();
  // Reads the pixels back, top row first.
  std::vector<std::uint8_t> readRgba() const;
  GLuint framebufferId() const { return framebuffer_.get(); }
  GLuint textureId() const { return texture_.get(); }  // 0 unless made by createTexture
  // The window's picture (the default framebuffer, srcWidth x srcHeight) scaled into this target.
  void copyFromWindow(int srcWidth, int srcHeight) const;
  int width() const { return width_; }
  int height() const { return height_; }

 private:
  static Result<OffscreenTarget> make(int width, int height, bool texture);
  gl::Framebuffer framebuffer_;
  gl::Renderbuffer colour_;
  gl::Texture texture_;
  int width_ = 0, height_ = 0;
};

// Writes RGBA pixels (top row first) to a PNG, atomically (writeFileAtomically): a failure never
// leaves half a file. An existing file that is not a PNG is never replaced.
Result<bool> writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba);

}  // namespace kg
