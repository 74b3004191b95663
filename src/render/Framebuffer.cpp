#include "render/Framebuffer.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#include <stb_image_write.h>

#include <algorithm>
#include <string>

#include "core/io/AtomicFile.h"
#include "core/io/Say.h"

namespace kg {

Result<OffscreenTarget> OffscreenTarget::create(int width, int height) { return make(width, height, false); }
Result<OffscreenTarget> OffscreenTarget::createTexture(int width, int height) { return make(width, height, true); }

// The colour goes to a renderbuffer (read back for a screenshot) or a texture (shown by another
// context); the rest is the same.
Result<OffscreenTarget> OffscreenTarget::make(int width, int height, bool texture) {
  GLint maxSize = 0;
  glGetIntegerv(texture ? GL_MAX_TEXTURE_SIZE : GL_MAX_RENDERBUFFER_SIZE, &maxSize);
  if (width < 1 || height < 1 || width > maxSize || height > maxSize) {
    const SaidValues size = {{"width", std::to_string(width)}, {"height", std::to_string(height)}, {"max", std::to_string(maxSize)}};
    return Error{texture ? say("picture size {width}x{height} is outside what this OpenGL driver supports (1 to {max})", size)
                         : say("screenshot size {width}x{height} is outside what this OpenGL driver supports (1 to {max})", size)};
  }
  OffscreenTarget target;
  target.width_ = width;
  target.height_ = height;
  GLuint id = 0;
  glGenFramebuffers(1, &id);
  target.framebuffer_ = gl::Framebuffer(id);
  if (texture) {
    glGenTextures(1, &id);
    target.texture_ = gl::Texture(id);
    glBindTexture(GL_TEXTURE_2D, id);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, 0);
  } else {
    glGenRenderbuffers(1, &id);
    target.colour_ = gl::Renderbuffer(id);
    glBindRenderbuffer(GL_RENDERBUFFER, id);
    glRenderbufferStorage(GL_RENDERBUFFER, GL_RGBA8, width, height);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer_.get());
  if (texture) glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target.texture_.get(), 0);
  else glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, target.colour_.get());
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (status != GL_FRAMEBUFFER_COMPLETE)
    return Error{texture ? say("cannot create an offscreen framebuffer for the picture")
                         : say("cannot create an offscreen framebuffer for the screenshot")};
  return target;
}

void OffscreenTarget::copyFromWindow(int srcWidth, int srcHeight) const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, framebuffer_.get());
  glBlitFramebuffer(0, 0, srcWidth, srcHeight, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_LINEAR);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void OffscreenTarget::bind() const { glBindFramebuffer(GL_FRAMEBUFFER, framebuffer_.get()); }
void OffscreenTarget::unbind() { glBindFramebuffer(GL_FRAMEBUFFER, 0); }

std::vector<std::uint8_t> OffscreenTarget::readRgba() const {
  std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width_) * height_ * 4);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, framebuffer_.get());
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  // GL's first row is the bottom one.
  const std::size_t stride = static_cast<std::size_t>(width_) * 4;
  for (int y = 0; y < height_ / 2; ++y)
    std::swap_ranges(pixels.begin() + y * stride, pixels.begin() + (y + 1) * stride,
                     pixels.begin() + (height_ - 1 - y) * stride);
  return pixels;
}

Result<bool> writePng(const std::string& path, int width, int height, const std::vector<std::uint8_t>& rgba) {
  static const OwnFileKind kPng{say("a PNG image"), ".png", 8, [](std::string_view head) {
                                  return head == std::string_view("\x89PNG\r\n\x1a\n", 8);
                                }};
  if (auto allowed = mayReplace(path, kPng); !allowed) return allowed;
  std::string png;
  const auto append = [](void* out, void* data, int size) {
    static_cast<std::string*>(out)->append(static_cast<const char*>(data), static_cast<std::size_t>(size));
  };
  if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba.data(), width * 4))
    return Error{say("{file}: cannot encode the PNG", {{"file", path}})};
  return writeFileAtomically(path, png);
}

}  // namespace kg
