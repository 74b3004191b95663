#include "render/MapRenderer.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

#include "core/view/Palette.h"

namespace kg {
namespace {

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
  auto line = ShaderProgram::fromFiles(shaderDir + "/line.vertex.glsl", shaderDir + "/line.fragment.glsl",
                                       shaderDir + "/line.geometry.glsl");
  if (!line) return Error{line.error()};
  renderer.fill_ = std::move(*fill);
  renderer.line_ = std::move(*line);
  return renderer;
}

void MapRenderer::prepare(const BoundaryData& data, MapPoint origin) {
  overlays_.clear();  // kept relative to the old origin: set them again
  levels_.clear();
  levels_.resize(kLevelCount);
  origin_ = origin;
  contextBounds_.clear();
  regionBounds_.clear();
  for (const Feature& f : data.context) contextBounds_.push_back(f.bounds);
  for (const Feature& f : data.regions) regionBounds_.push_back(f.bounds);
  waterBounds_.clear();
  for (const Feature& f : data.water) waterBounds_.push_back(f.bounds);
  std::vector<Ring> rivers;
  rivers_.bounds = {};
  for (const Feature& f : data.rivers) {
    rivers_.bounds.add(f.bounds);
    for (const Polygon& line : f.polygons) rivers.push_back(line.rings.front());
  }
  rivers_.full = uploadOutlines({}, rivers);
  ++generation_;
}

void MapRenderer::upload(const MapMesh& mesh, const BoundaryData& data) {
  prepare(data, mesh.origin);
  for (std::size_t i = 0; i < mesh.levels.size(); ++i) uploadLevel(i, mesh.levels[i]);
}

// The line shader's inputs: each vertex's position and its flag (0 where a ring ends), read
// from a buffer laid out as FillVertex.
gl::VertexArray MapRenderer::makeLineVao(const gl::Buffer& vertices) const {
  gl::VertexArray vao = gl::makeVertexArray();
  glBindVertexArray(vao.get());
  glBindBuffer(GL_ARRAY_BUFFER, vertices.get());
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, sizeof(FillVertex), reinterpret_cast<void*>(0));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 1, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(FillVertex),
                        reinterpret_cast<void*>(offsetof(FillVertex, a)));
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  return vao;
}

void MapRenderer::setOverlays(const std::vector<OverlayLayer>& overlays) {
  overlays_.clear();
  for (const OverlayLayer& overlay : overlays)
    overlays_.push_back({uploadOutlines(overlay.rings, overlay.lines),
                         uploadOutlines(overlay.coarseRings, overlay.coarseLines), overlay.coarseTolerance,
                         overlay.bounds});
  ++generation_;
}

// Each ring in order with its first point repeated at the end, flagged as a ring's end, as the
// mesh lays out its borders (see FillVertex); then each open line, its last point so flagged.
MapRenderer::GpuOutlines MapRenderer::uploadOutlines(const std::vector<Ring>& rings,
                                                     const std::vector<Ring>& lines) const {
  std::vector<FillVertex> vertices;
  auto vertex = [&](MapPoint p, std::uint8_t flag) {
    vertices.push_back({static_cast<float>(p.x - origin_.x), static_cast<float>(p.y - origin_.y), 0, 0, 0, flag});
  };
  for (const Ring& ring : rings) {
    if (ring.size() < 2) continue;
    for (const MapPoint& p : ring) vertex(p, 255);
    vertex(ring.front(), 0);
  }
  for (const Ring& line : lines) {
    if (line.size() < 2) continue;
    for (std::size_t i = 0; i + 1 < line.size(); ++i) vertex(line[i], 255);
    vertex(line.back(), 0);
  }
  GpuOutlines gpu;
  gpu.vertexCount = static_cast<std::uint32_t>(vertices.size());
  gpu.vertices = gl::makeBuffer();
  glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vertices.size() * sizeof(FillVertex)), vertices.data(),
               GL_STATIC_DRAW);
  gpu.vao = makeLineVao(gpu.vertices);
  return gpu;
}

void MapRenderer::uploadLevel(std::size_t index, const MeshLevel& level) {
  if (index >= levels_.size()) return;
  GpuLevel gpu;
  gpu.context = level.context;
  gpu.regions = level.regions;
  gpu.water = level.water;
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

  gpu.lineVao = makeLineVao(gpu.vertices);
  gpu.ready = true;
  levels_[index] = std::move(gpu);
  ++generation_;
}

std::optional<std::size_t> MapRenderer::chooseLevel(double metresPerPixel) const {
  const std::size_t wanted = levelForScale(metresPerPixel);
  // The wanted level, else the nearest coarser one that is ready, else the nearest finer one.
  for (std::size_t i = wanted; i < levels_.size(); ++i)
    if (levels_[i].ready) return i;
  for (std::size_t i = std::min(wanted, levels_.size()); i-- > 0;)
    if (levels_[i].ready) return i;
  return std::nullopt;
}

void MapRenderer::setCameraUniforms(const ShaderProgram& program, const Camera& camera) const {
  const MapPoint c = camera.centre();
  glUniform2f(program.uniform("u_centre"), static_cast<float>(c.x - origin_.x), static_cast<float>(c.y - origin_.y));
  glUniform1f(program.uniform("u_pixelsPerMetre"), static_cast<float>(1.0 / camera.metresPerPixel()));
  glUniform2f(program.uniform("u_viewport"), static_cast<float>(camera.viewportWidth()),
              static_cast<float>(camera.viewportHeight()));
}

void MapRenderer::drawFills(const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds,
                            const Bounds& view, float r, float g, float b, float a) const {
  glUniform4f(fill_.uniform("u_tint"), r, g, b, a);
  forVisibleRuns(
      ranges, bounds, view, [](const FeatureRange& f) { return f.firstIndex; },
      [](const FeatureRange& f) { return f.indexCount; },
      [](std::uint32_t first, std::uint32_t count) {
        glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(count), GL_UNSIGNED_INT,
                       reinterpret_cast<void*>(static_cast<std::uintptr_t>(first) * sizeof(std::uint32_t)));
      });
}

void MapRenderer::drawLines(const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds,
                            const Bounds& view) const {
  forVisibleRuns(
      ranges, bounds, view, [](const FeatureRange& f) { return f.firstVertex; },
      [](const FeatureRange& f) { return f.vertexCount; },
      [](std::uint32_t first, std::uint32_t count) {
        glDrawArrays(GL_LINE_STRIP, static_cast<GLint>(first), static_cast<GLsizei>(count));
      });
}

void MapRenderer::draw(const Camera& camera, const MapHighlight& highlight, double pixelRatio) const {
  GLint target = 0;
  glGetIntegerv(GL_DRAW_FRAMEBUFFER_BINDING, &target);
  const int width = static_cast<int>(camera.viewportWidth()), height = static_cast<int>(camera.viewportHeight());
  const auto level = chooseLevel(camera.metresPerPixel());
  if (!level) {
    glViewport(0, 0, width, height);
    glClearColor(kBackground.r / 255.f, kBackground.g / 255.f, kBackground.b / 255.f, 1.f);
    glClear(GL_COLOR_BUFFER_BIT);
    return;
  }
  lastLevel_ = *level;

  const int margin = std::max(128, std::min(width, height) / 3);
  const CacheKey key{camera.metresPerPixel(), *level, highlight, width, height, pixelRatio, generation_};
  double dx = (camera.centre().x - cacheCamera_.centre().x) / camera.metresPerPixel();
  double dy = (camera.centre().y - cacheCamera_.centre().y) / camera.metresPerPixel();
  const bool reusable = cache_ && cacheKey_ && *cacheKey_ == key && std::abs(dx) <= margin && std::abs(dy) <= margin;
  if (reusable) {
    ++cachedDraws_;
  } else {
    if (!cache_ || cache_->width() != width + 2 * margin || cache_->height() != height + 2 * margin) {
      cache_.reset();
      if (auto made = OffscreenTarget::create(width + 2 * margin, height + 2 * margin)) cache_ = std::move(*made);
    }
    if (!cache_) {  // too large for the driver: draw straight into the target
      glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
      drawScene(camera, highlight, pixelRatio, levels_[*level]);
      return;
    }
    cacheCamera_ = camera;
    cacheCamera_.setViewport(width + 2 * margin, height + 2 * margin);
    cache_->bind();
    drawScene(cacheCamera_, highlight, pixelRatio, levels_[*level]);
    cacheKey_ = key;
    dx = dy = 0;
  }
  // Map y and framebuffer y both grow upwards, so the offsets apply as they are.
  const int sx = margin + static_cast<int>(std::lround(dx)), sy = margin + static_cast<int>(std::lround(dy));
  glBindFramebuffer(GL_READ_FRAMEBUFFER, cache_->framebufferId());
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, static_cast<GLuint>(target));
  glBlitFramebuffer(sx, sy, sx + width, sy + height, 0, 0, width, height, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, static_cast<GLuint>(target));
  glViewport(0, 0, width, height);
}

// Over the regions' borders and under the hovered and selected region's outline; the coarse
// copy where its tolerance is under a pixel.
void MapRenderer::drawOverlays(const Camera& camera, const MapHighlight& highlight, double pixelRatio) const {
  const Bounds view = camera.visibleBounds();
  glUniform1f(line_.uniform("u_halfWidth"), 0.9f * static_cast<float>(pixelRatio));
  setColour(line_.uniform("u_colour"), kOverlayBorder);
  for (std::size_t i = 0; i < overlays_.size(); ++i) {
    const GpuOverlay& overlay = overlays_[i];
    const auto& hidden = highlight.hiddenOverlays;
    if (std::find(hidden.begin(), hidden.end(), static_cast<int>(i)) != hidden.end()) continue;
    if (!overlay.bounds.intersects(view)) continue;
    const GpuOutlines& outlines = overlay.coarseTolerance < camera.metresPerPixel() ? overlay.coarse : overlay.full;
    if (outlines.vertexCount < 2) continue;
    glBindVertexArray(outlines.vao.get());
    glDrawArrays(GL_LINE_STRIP, 0, static_cast<GLsizei>(outlines.vertexCount));
  }
}

void MapRenderer::drawScene(const Camera& camera, const MapHighlight& highlight, double pixelRatio,
                            const GpuLevel& level) const {
  glViewport(0, 0, static_cast<GLsizei>(camera.viewportWidth()), static_cast<GLsizei>(camera.viewportHeight()));
  glClearColor(kBackground.r / 255.f, kBackground.g / 255.f, kBackground.b / 255.f, 1.f);
  glClear(GL_COLOR_BUFFER_BIT);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_CULL_FACE);
  glDisable(GL_SCISSOR_TEST);
  glDisable(GL_BLEND);  // fills are opaque: skipping the blend saves a read per pixel

  const Bounds view = camera.visibleBounds();
  auto only = [](const std::vector<FeatureRange>& all, int i) { return std::vector<FeatureRange>{all[i]}; };
  auto onlyBounds = [](const std::vector<Bounds>& all, int i) { return std::vector<Bounds>{all[i]}; };
  const bool hovered = highlight.hoveredRegion >= 0 && highlight.hoveredRegion < static_cast<int>(level.regions.size());
  const bool selected =
      highlight.selectedRegion >= 0 && highlight.selectedRegion < static_cast<int>(level.regions.size());
  std::vector<FeatureRange> eventRanges;
  std::vector<Bounds> eventBounds;
  for (const int r : highlight.eventRegions) {
    if (r < 0 || r >= static_cast<int>(level.regions.size())) continue;
    eventRanges.push_back(level.regions[static_cast<std::size_t>(r)]);
    eventBounds.push_back(regionBounds_[static_cast<std::size_t>(r)]);
  }

  fill_.use();
  setCameraUniforms(fill_, camera);
  glBindVertexArray(level.fillVao.get());
  drawFills(level.context, contextBounds_, view, 0, 0, 0, 0);
  drawFills(level.regions, regionBounds_, view, 0, 0, 0, 0);
  drawFills(eventRanges, eventBounds, view, kEventRegion.r / 255.f, kEventRegion.g / 255.f, kEventRegion.b / 255.f, 0.16f);
  if (selected && highlight.selectedRegion != highlight.hoveredRegion)
    drawFills(only(level.regions, highlight.selectedRegion), onlyBounds(regionBounds_, highlight.selectedRegion), view,
              1, 1, 1, 0.30f);
  if (hovered)
    drawFills(only(level.regions, highlight.hoveredRegion), onlyBounds(regionBounds_, highlight.hoveredRegion), view,
              1, 1, 1, 0.45f);
  if (highlight.water) drawFills(level.water, waterBounds_, view, 0, 0, 0, 0);  // lakes stay blue under a highlight

  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  line_.use();
  setCameraUniforms(line_, camera);
  glBindVertexArray(level.lineVao.get());
  const GLint halfWidth = line_.uniform("u_halfWidth");
  const GLint colour = line_.uniform("u_colour");
  const float ratio = static_cast<float>(pixelRatio);
  glUniform1f(halfWidth, 0.5f * ratio);
  setColour(colour, kContextBorder);
  drawLines(level.context, contextBounds_, view);
  glUniform1f(halfWidth, 0.7f * ratio);
  setColour(colour, kRegionBorder);
  drawLines(level.regions, regionBounds_, view);
  if (!eventRanges.empty()) {
    glUniform1f(halfWidth, 1.6f * ratio);
    setColour(colour, kEventRegion);
    drawLines(eventRanges, eventBounds, view);
    glUniform1f(halfWidth, 0.7f * ratio);
    setColour(colour, kRegionBorder);
  }
  if (highlight.water) {
    glUniform1f(halfWidth, 0.5f * ratio);
    setColour(colour, kWaterLine);
    drawLines(level.water, waterBounds_, view);
  }
  if (highlight.rivers && rivers_.full.vertexCount > 1 && rivers_.bounds.intersects(view)) {
    glUniform1f(halfWidth, 0.8f * ratio);
    setColour(colour, kWaterLine);
    glBindVertexArray(rivers_.full.vao.get());
    glDrawArrays(GL_LINE_STRIP, 0, static_cast<GLsizei>(rivers_.full.vertexCount));
  }
  drawOverlays(camera, highlight, pixelRatio);
  glBindVertexArray(level.lineVao.get());
  glUniform1f(halfWidth, 0.7f * ratio);
  setColour(colour, kRegionBorder);
  if (hovered) {
    glUniform1f(halfWidth, 1.2f * ratio);
    drawLines(only(level.regions, highlight.hoveredRegion), onlyBounds(regionBounds_, highlight.hoveredRegion),
              view);
  }
  if (selected) {
    glUniform1f(halfWidth, 1.8f * ratio);
    setColour(colour, Rgba{0x1B, 0x3A, 0x6B, 0xFF});
    drawLines(only(level.regions, highlight.selectedRegion), onlyBounds(regionBounds_, highlight.selectedRegion),
              view);
  }
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  glUseProgram(0);
}

}  // namespace kg
