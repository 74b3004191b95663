#pragma once
// Draws the boundary mesh with OpenGL 3.3: fills, then constant-width borders, then the hovered
// and selected regions on top. Owns every GL object it uses. Levels of detail arrive one at a
// time (uploadLevel) and the best one ready for the current scale is drawn.
//
// The drawn map is kept in an offscreen cache larger than the viewport. While the user only
// pans, frames copy the right part of the cache instead of drawing the geometry again; a new
// scale, highlight or level, or a pan past the cache's margin, draws it afresh. On a software
// renderer this is the difference between redrawing a million triangles and copying pixels.
#include <optional>
#include <string>
#include <vector>

#include "core/layers/Overlay.h"
#include "core/view/Camera.h"
#include "core/io/Result.h"
#include "render/Framebuffer.h"
#include "render/GlHandle.h"
#include "render/MapMesh.h"
#include "render/ShaderProgram.h"

namespace kg {

struct MapHighlight {
  int hoveredRegion = -1;
  int selectedRegion = -1;
  // Regions that stand for events whose place is known only to the region (ACLED geo_precision
  // 3): tinted and outlined, the region itself being the event's place.
  std::vector<int> eventRegions;
  std::vector<int> hiddenOverlays;  // overlays (see setOverlays) switched off in the Layers list
  bool water = true, rivers = true;  // the lesson layers, each switched on and off in View
  bool operator==(const MapHighlight&) const = default;
};

class MapRenderer {
 public:
  static Result<MapRenderer> create(const std::string& shaderDir);

  // Forgets any uploaded levels and takes the feature bounds and mesh origin of new data, and
  // its rivers.
  void prepare(const BoundaryData& data, MapPoint origin);
  void uploadLevel(std::size_t index, const MeshLevel& level);
  // prepare() and every level of a fully built mesh.
  void upload(const MapMesh& mesh, const BoundaryData& data);
  // The outlines of boundary files opened beside the map, drawn over the regions' borders in
  // their order; replaces those set before. Call after prepare(): they are kept relative to its
  // origin.
  void setOverlays(const std::vector<OverlayLayer>& overlays);

  // Draws into the framebuffer bound now, covering the camera's viewport. camera is in
  // framebuffer pixels; pixelRatio scales line widths for HiDPI screens.
  void draw(const Camera& camera, const MapHighlight& highlight, double pixelRatio) const;

  std::size_t levelDrawn() const { return lastLevel_; }
  bool hasLevel(std::size_t index) const { return index < levels_.size() && levels_[index].ready; }
  // How many draws were served from the cache, for tests and the benchmark.
  std::size_t cachedDraws() const { return cachedDraws_; }

 private:
  struct GpuLevel {
    bool ready = false;
    gl::VertexArray fillVao, lineVao;
    gl::Buffer vertices, indices;
    std::vector<FeatureRange> context, regions, water;
  };
  struct GpuOutlines {  // one overlay's rings at one detail, laid out as the line shader reads them
    gl::VertexArray vao;
    gl::Buffer vertices;
    std::uint32_t vertexCount = 0;
  };
  struct GpuOverlay {
    GpuOutlines full, coarse;
    double coarseTolerance = 0;
    Bounds bounds;
  };
  struct CacheKey {
    double metresPerPixel = 0;
    std::size_t level = 0;
    MapHighlight highlight;
    int width = 0, height = 0;
    double pixelRatio = 0;
    std::size_t generation = 0;
    bool operator==(const CacheKey&) const = default;
  };
  std::optional<std::size_t> chooseLevel(double metresPerPixel) const;
  void drawScene(const Camera& camera, const MapHighlight& highlight, double pixelRatio, const GpuLevel& level) const;
  void drawFills(const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds, const Bounds& view,
                 float tintR, float tintG, float tintB, float tintA) const;
  void drawLines(const std::vector<FeatureRange>& ranges, const std::vector<Bounds>& bounds, const Bounds& view) const;
  void setCameraUniforms(const ShaderProgram& program, const Camera& camera) const;
  gl::VertexArray makeLineVao(const gl::Buffer& vertices) const;
  GpuOutlines uploadOutlines(const std::vector<Ring>& rings, const std::vector<Ring>& lines) const;
  void drawOverlays(const Camera& camera, const MapHighlight& highlight, double pixelRatio) const;

  ShaderProgram fill_, line_;
  std::vector<GpuLevel> levels_;
  std::vector<GpuOverlay> overlays_;
  std::vector<Bounds> contextBounds_, regionBounds_, waterBounds_;
  GpuOverlay rivers_;
  MapPoint origin_;
  std::size_t generation_ = 0;  // bumped by every upload, so the cache knows to redraw

  mutable std::optional<OffscreenTarget> cache_;
  mutable Camera cacheCamera_;
  mutable std::optional<CacheKey> cacheKey_;
  mutable std::size_t lastLevel_ = 0;
  mutable std::size_t cachedDraws_ = 0;
};

}  // namespace kg
