#include "render/MapRenderer.h"

#include <cstddef>
#include <cstdint>

#include "core/Palette.h"

namespace kg {
namespace {

constexpr float kCorners[] = {0, -1, 1, -1, 1, 1, 0, -1, 1, 1, 0, 1};

void setColour(GLint location, Rgba c) { glUniform4f(location, c.r / 255.f, c.g / 255.f, c.b / 255.f, c.a / 255.f); }

// Calls draw(first, count) once per run of consecutive visible ranges.
template <class First, class Count, class Draw>
void forVisibleRuns(const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds, const Bounds& view,
                    First first, Count count, Draw draw) {
  std::uint32_t runStart = 0, runCount = 0;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    if (count(ranges[i]) == 0 || !bounds[i].intersects(view)) continue;
    if (runCount > 0 && runStart + runCount == first(ranges[i])) {
      runCount += count(ranges[i]);
    } else {
      if (runCount > 0) draw(runStart, runCount);
      runStart = first(ranges[i]);
      runCount = count(ranges[i]);
    }
  }
  if (runCount > 0) draw(runStart, runCount);
}

}  // namespace

Result<MapRenderer> MapRenderer::create(const std::string& shaderDir) {
  MapRenderer renderer;
  auto fill = ShaderProgram::fromFiles(shaderDir + "/fill.vertex.glsl", shaderDir + "/fill.fragment.glsl");
  if (!fill) return Error{fill.error()};
  auto line = ShaderProgram::fromFiles(shaderDir + "/line.vertex.glsl", shaderDir + "/line.fragment.glsl");
  if (!line) return Error{line.error()};
  renderer.fill_ = std::move(*fill);
  renderer.line_ = std::move(*line);
  renderer.corners_ = gl::makeBuffer();
  glBindBuffer(GL_ARRAY_BUFFER, renderer.corners_.get());
  glBufferData(GL_ARRAY_BUFFER, sizeof kCorners, kCorners, GL_STATIC_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  return renderer;
}

void MapRenderer::upload(const MapMesh& mesh, const BoundaryData& data) {
  levels_.clear();
  tolerances_.clear();
  origin_ = mesh.origin;
  contextBounds_.clear();
  regionBounds_.clear();
  for (const Feature& f : data.context) contextBounds_.push_back(f.bounds);
  for (const Feature& f : data.regions) regionBounds_.push_back(f.bounds);

  for (const MeshLevel& level : mesh.levels) {
    GpuLevel gpu;
    gpu.context = level.context;
    gpu.regions = level.regions;
    gpu.fillVao = gl::makeVertexArray();
    gpu.vertices = gl::makeBuffer();
    gpu.indices = gl::makeBuffer();
    glBindVertexArray(gpu.fillVao.get());
    glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(level.vertices.size() * sizeof(FillVertex)),
                 level.vertices.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(FillVertex), reinterpret_cast<void*>(0));
    glEnableVertexAttribArray(1);
    glVertexAttribPointer(1, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(FillVertex),
                          reinterpret_cast<void*>(offsetof(FillVertex, r)));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices.get());
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(level.indices.size() * sizeof(std::uint32_t)),
                 level.indices.data(), GL_STATIC_DRAW);

    gpu.lineVao = gl::makeVertexArray();
    gpu.segments = gl::makeBuffer();
    glBindVertexArray(gpu.lineVao.get());
    glBindBuffer(GL_ARRAY_BUFFER, corners_.get());
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), reinterpret_cast<void*>(0));
    glBindBuffer(GL_ARRAY_BUFFER, gpu.segments.get());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(level.segments.size() * sizeof(Segment)),
                 level.segments.data(), GL_STATIC_DRAW);
    glEnableVertexAttribArray(1);
    glVertexAttribDivisor(1, 1);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    levels_.push_back(std::move(gpu));
    tolerances_.push_back(level.tolerance);
  }
}

void MapRenderer::setCameraUniforms(const ShaderProgram& program, const Camera& camera) const {
  const MapPoint c = camera.centre();
  glUniform2f(program.uniform("u_centre"), static_cast<float>(c.x - origin_.x), static_cast<float>(c.y - origin_.y));
  glUniform1f(program.uniform("u_pixelsPerMetre"), static_cast<float>(1.0 / camera.metresPerPixel()));
  glUniform2f(program.uniform("u_viewport"), static_cast<float>(camera.viewportWidth()),
              static_cast<float>(camera.viewportHeight()));
}

void MapRenderer::drawFills(const GpuLevel& /*level*/, const std::vector<FeatureRange>& ranges,
                            const std::vector<Bounds>& bounds, const Bounds& view, float r, float g, float b,
                            float a) const {
  glUniform4f(fill_.uniform("u_tint"), r, g, b, a);
  forVisibleRuns(
      ranges, bounds, view, [](const FeatureRange& f) { return f.firstIndex; },
      [](const FeatureRange& f) { return f.indexCount; },
      [](std::uint32_t first, std::uint32_t count) {
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(count), GL_UNSIGNED_INT,
                       reinterpret_cast<void*>(static_cast<std::uintptr_t>(first) * sizeof(std::uint32_t)));
      });
}

void MapRenderer::drawLines(const GpuLevel& level, const std::vector<FeatureRange>& ranges,
                            const std::vector<Bounds>& bounds, const Bounds& view) const {
  glBindBuffer(GL_ARRAY_BUFFER, level.segments.get());
  forVisibleRuns(
      ranges, bounds, view, [](const FeatureRange& f) { return f.firstSegment; },
      [](const FeatureRange& f) { return f.segmentCount; },
      [](std::uint32_t first, std::uint32_t count) {
        glVertexAttribPointer(1, 4, GL_FLOAT, GL_FALSE, sizeof(Segment),
                              reinterpret_cast<void*>(static_cast<std::uintptr_t>(first) * sizeof(Segment)));
        glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(count));
      });
}

void MapRenderer::draw(const Camera& camera, const MapHighlight& highlight, double pixelRatio) const {
  glViewport(0, 0, static_cast<GLsizei>(camera.viewportWidth()), static_cast<GLsizei>(camera.viewportHeight()));
  glClearColor(kBackground.r / 255.f, kBackground.g / 255.f, kBackground.b / 255.f, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
  if (levels_.empty()) return;
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);

  std::size_t index = 0;
  for (std::size_t i = 0; i < tolerances_.size(); ++i)
    if (tolerances_[i] <= 0.5 * camera.metresPerPixel()) index = i;
  lastLevel_ = index;
  const GpuLevel& level = levels_[index];
  const Bounds view = camera.visibleBounds();
  auto only = [](const std::vector<FeatureRange>& all, int i) { return std::vector<FeatureRange>{all[i]}; };
  auto onlyBounds = [](const std::vector<Bounds>& all, int i) { return std::vector<Bounds>{all[i]}; };
  const bool hovered = highlight.hoveredRegion >= 0 && highlight.hoveredRegion < static_cast<int>(level.regions.size());
  const bool selected =
      highlight.selectedRegion >= 0 && highlight.selectedRegion < static_cast<int>(level.regions.size());

  fill_.use();
  setCameraUniforms(fill_, camera);
  glBindVertexArray(level.fillVao.get());
  drawFills(level, level.context, contextBounds_, view, 0, 0, 0, 0);
  drawFills(level, level.regions, regionBounds_, view, 0, 0, 0, 0);
  if (selected && highlight.selectedRegion != highlight.hoveredRegion)
    drawFills(level, only(level.regions, highlight.selectedRegion), onlyBounds(regionBounds_, highlight.selectedRegion),
              view, 1, 1, 1, 0.30f);
  if (hovered)
    drawFills(level, only(level.regions, highlight.hoveredRegion), onlyBounds(regionBounds_, highlight.hoveredRegion),
              view, 1, 1, 1, 0.45f);

  line_.use();
  setCameraUniforms(line_, camera);
  glBindVertexArray(level.lineVao.get());
  const GLint halfWidth = line_.uniform("u_halfWidth");
  const GLint colour = line_.uniform("u_colour");
  const float ratio = static_cast<float>(pixelRatio);
  glUniform1f(halfWidth, 0.5f * ratio);
  setColour(colour, kContextBorder);
  drawLines(level, level.context, contextBounds_, view);
  glUniform1f(halfWidth, 0.7f * ratio);
  setColour(colour, kRegionBorder);
  drawLines(level, level.regions, regionBounds_, view);
  if (hovered) {
    glUniform1f(halfWidth, 1.2f * ratio);
    drawLines(level, only(level.regions, highlight.hoveredRegion), onlyBounds(regionBounds_, highlight.hoveredRegion),
              view);
  }
  if (selected) {
    glUniform1f(halfWidth, 1.8f * ratio);
    setColour(colour, Rgba{0x1B, 0x3A, 0x6B, 0xFF});
    drawLines(level, only(level.regions, highlight.selectedRegion), onlyBounds(regionBounds_, highlight.selectedRegion),
              view);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  glUseProgram(0);
}

}  // namespace kg
