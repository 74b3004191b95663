#pragma once
// Draws the boundary mesh with OpenGL 3.3: fills, then constant-width borders, then the hovered
// and selected regions on top. Owns every GL object it uses; uploads happen once, in upload().
// It draws into whatever framebuffer is bound and sets the GL state it needs itself, leaving
// the program and vertex array unbound for ImGui's renderer to take over.
#include <string>
#include <vector>

#include "core/Camera.h"
#include "core/Result.h"
#include "render/GlHandle.h"
#include "render/MapMesh.h"
#include "render/ShaderProgram.h"

namespace kg {

struct MapHighlight {
  int hoveredRegion = -1;
  int selectedRegion = -1;
};

class MapRenderer {
 public:
  static Result<MapRenderer> create(const std::string& shaderDir);

  void upload(const MapMesh& mesh, const BoundaryData& data);
  // camera is in framebuffer pixels; pixelRatio scales line widths for HiDPI screens.
  void draw(const Camera& camera, const MapHighlight& highlight, double pixelRatio) const;

  std::size_t levelDrawn() const { return lastLevel_; }

 private:
  struct GpuLevel {
    gl::VertexArray fillVao, lineVao;
    gl::Buffer vertices, indices, segments;
    std::vector<FeatureRange> context, regions;
  };
  void drawFills(const GpuLevel& level, const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds,
                 const Bounds& view, float tintR, float tintG, float tintB, float tintA) const;
  void drawLines(const GpuLevel& level, const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds,
                 const Bounds& view) const;
  void setCameraUniforms(const ShaderProgram& program, const Camera& camera) const;

  ShaderProgram fill_, line_;
  gl::Buffer corners_;
  std::vector<GpuLevel> levels_;
  std::vector<double> tolerances_;
  std::vector<Bounds> contextBounds_, regionBounds_;
  MapPoint origin_;
  mutable std::size_t lastLevel_ = 0;
};

}  // namespace kg
