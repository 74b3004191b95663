#pragma once
// Draws markers (events, places) and uncertainty circles as instanced quads with a distance-field
// shape in the fragment shader, so they stay crisp and the same size on screen at any zoom.
#include <cstdint>
#include <string>
#include <vector>

#include "core/events/MarkerShape.h"
#include "core/view/Camera.h"
#include "core/view/Palette.h"
#include "core/io/Result.h"
#include "render/GlHandle.h"
#include "render/ShaderProgram.h"

namespace kg {

struct MarkerInstance {
  MapPoint position;       // map metres
  float sizePx = 16;       // diameter, framebuffer pixels
  MarkerShape shape = MarkerShape::Circle;
  Rgba fill{0, 0, 0, 255};
  Rgba stroke{255, 255, 255, 255};
  float strokePx = 2;
};

class MarkerRenderer {
 public:
  static Result<MarkerRenderer> create(const std::string& shaderDir, MapPoint origin);
  // Draws on top of what the framebuffer holds, in order (later instances on top).
  void draw(const Camera& camera, const std::vector<MarkerInstance>& markers) const;

 private:
  struct GpuInstance {
    float x, y, size, shape;
    std::uint8_t fill[4];
    std::uint8_t stroke[4];
  };
  ShaderProgram program_;
  gl::VertexArray vao_;
  gl::Buffer corners_, instances_;
  MapPoint origin_;
};

}  // namespace kg
