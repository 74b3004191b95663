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
  float sizePx = 16;       // diameter, framebuffer pixels (or map metres, below)
  MarkerShape shape = MarkerShape::Circle;
  Rgba fill{0, 0, 0, 255};
  Rgba stroke{255, 255, 255, 255};
  float strokePx = 2;
  bool sizeInMetres = false;  // sizePx is a diameter in map metres: it grows as the map zooms in
};

class MarkerRenderer {
 public:
  static Result<MarkerRenderer> create(const std::string& shaderDir, MapPoint origin);
  // The markers to draw, in order (later ones on top), uploaded to the GPU now. Call it when they
  // change; between changes, frames draw the same buffer.
  void setMarkers(const std::vector<MarkerInstance>& markers);
  // Draws on top of what the framebuffer holds.
  void draw(const Camera& camera) const;
  std::size_t uploads() const { return uploads_; }
  // The mesh origin of newly loaded data (positions are drawn relative to it, for precision).
  void setOrigin(MapPoint origin) {
    origin_ = origin;
    count_ = 0;  // positions are relative to it: they must be set again
  }

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
  GLsizei count_ = 0;
  std::size_t uploads_ = 0;
};

}  // namespace kg
