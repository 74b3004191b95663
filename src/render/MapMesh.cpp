#include "render/MapMesh.h"

#include <thread>

#include "core/view/Palette.h"
#include "core/geometry/Simplifier.h"
#include "core/geometry/Triangulator.h"

namespace kg {
namespace {

void appendFeature(const Feature& feature, Rgba colour, double tolerance, MapPoint origin, MeshLevel& level,
                   std::vector<FeatureRange>& ranges) {
  FeatureRange range;
  range.firstIndex = static_cast<std::uint32_t>(level.indices.size());
  range.firstVertex = static_cast<std::uint32_t>(level.vertices.size());
  std::vector<std::uint32_t> stored;  // triangulator's vertex number -> index in level.vertices
  for (const Polygon& full : feature.polygons) {
    Polygon simplified;
    const Polygon* polygon = &full;
    if (tolerance > 0) {
      simplified = simplifyPolygon(full, tolerance);
      polygon = &simplified;
    }
    if (polygon->rings.empty()) continue;
    stored.clear();
    for (const Ring& ring : polygon->rings) {
      for (const MapPoint& p : ring) {
        stored.push_back(static_cast<std::uint32_t>(level.vertices.size()));
        level.vertices.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y), colour.r,
                                  colour.g, colour.b, colour.a});
      }
      FillVertex closing = level.vertices[stored[stored.size() - ring.size()]];
      closing.a = 0;
      level.vertices.push_back(closing);
    }
    for (std::uint32_t index : triangulate(*polygon)) level.indices.push_back(stored[index]);
  }
  range.indexCount = static_cast<std::uint32_t>(level.indices.size()) - range.firstIndex;
  range.vertexCount = static_cast<std::uint32_t>(level.vertices.size()) - range.firstVertex;
  ranges.push_back(range);
}

}  // namespace

MeshLevel buildMeshLevel(const BoundaryData& data, const std::vector<int>& colours, std::size_t index, MapPoint origin,
                         const std::atomic<bool>* cancel) {
  const double tolerance = kLevelTolerances[index];
  MeshLevel level;
  level.tolerance = tolerance;
  auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
  for (const Feature& f : data.context) {
    if (cancelled()) return level;
    appendFeature(f, kContextFill, tolerance, origin, level, level.context);
  }
  for (std::size_t i = 0; i < data.regions.size(); ++i) {
    if (cancelled()) return level;
    appendFeature(data.regions[i], kRegionPalette[colours[i]], tolerance, origin, level, level.regions);
  }
  for (const Feature& f : data.water) {
    if (cancelled()) return level;
    appendFeature(f, kWaterFill, tolerance, origin, level, level.water);
  }
  return level;
}

MapPoint meshOrigin(const BoundaryData& data) {
  Bounds all = data.regionBounds();
  for (const Feature& f : data.context) all.add(f.bounds);
  return all.empty() ? MapPoint{} : all.centre();
}

MeshLevel buildCoarsestLevel(const BoundaryData& data, const std::atomic<bool>* cancel) {
  return buildMeshLevel(data, assignPaletteColours(data.regions), kLevelCount - 1, meshOrigin(data), cancel);
}

MapMesh MapMesh::build(const BoundaryData& data) {
  MapMesh mesh;
  mesh.origin = meshOrigin(data);
  mesh.regionColours = assignPaletteColours(data.regions);
  mesh.levels.resize(kLevelCount);
  // Full detail is as much work as all the other levels together: give it a thread of its own.
  std::thread full([&] { mesh.levels[0] = buildMeshLevel(data, mesh.regionColours, 0, mesh.origin); });
  for (std::size_t i = 1; i < kLevelCount; ++i) mesh.levels[i] = buildMeshLevel(data, mesh.regionColours, i, mesh.origin);
  full.join();
  return mesh;
}

std::size_t levelForScale(double metresPerPixel) {
  std::size_t chosen = 0;
  for (std::size_t i = 0; i < kLevelCount; ++i)
    if (kLevelTolerances[i] <= metresPerPixel) chosen = i;
  return chosen;
}

}  // namespace kg
