#include "render/MapMesh.h"

#include <thread>

#include "core/Palette.h"
#include "core/Simplifier.h"
#include "core/Triangulator.h"

namespace kg {
namespace {

constexpr double kLevelTolerances[] = {0, 60, 240, 960, 3840, 15360};

void appendFeature(const Feature& feature, Rgba colour, double tolerance, MapPoint origin, MeshLevel& level,
                   std::vector<FeatureRange>& ranges) {
  FeatureRange range;
  range.firstIndex = static_cast<std::uint32_t>(level.indices.size());
  range.firstSegment = static_cast<std::uint32_t>(level.segments.size());
  for (const Polygon& full : feature.polygons) {
    Polygon simplified;
    const Polygon* polygon = &full;
    if (tolerance > 0) {
      simplified = simplifyPolygon(full, tolerance);
      polygon = &simplified;
    }
    if (polygon->rings.empty()) continue;
    const auto base = static_cast<std::uint32_t>(level.vertices.size());
    for (const Ring& ring : polygon->rings) {
      for (const MapPoint& p : ring)
        level.vertices.push_back({static_cast<float>(p.x - origin.x), static_cast<float>(p.y - origin.y),
                                  colour.r, colour.g, colour.b, colour.a});
      for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++)
        level.segments.push_back({static_cast<float>(ring[j].x - origin.x), static_cast<float>(ring[j].y - origin.y),
                                  static_cast<float>(ring[i].x - origin.x), static_cast<float>(ring[i].y - origin.y)});
    }
    for (std::uint32_t index : triangulate(*polygon)) level.indices.push_back(base + index);
  }
  range.indexCount = static_cast<std::uint32_t>(level.indices.size()) - range.firstIndex;
  range.segmentCount = static_cast<std::uint32_t>(level.segments.size()) - range.firstSegment;
  ranges.push_back(range);
}

MeshLevel buildLevel(const BoundaryData& data, const std::vector<int>& colours, double tolerance, MapPoint origin) {
  MeshLevel level;
  level.tolerance = tolerance;
  for (const Feature& f : data.context) appendFeature(f, kContextFill, tolerance, origin, level, level.context);
  for (std::size_t i = 0; i < data.regions.size(); ++i)
    appendFeature(data.regions[i], kRegionPalette[colours[i]], tolerance, origin, level, level.regions);
  return level;
}

}  // namespace

MapMesh MapMesh::build(const BoundaryData& data) {
  MapMesh mesh;
  Bounds all = data.regionBounds();
  for (const Feature& f : data.context) all.add(f.bounds);
  mesh.origin = all.empty() ? MapPoint{} : all.centre();
  mesh.regionColours = assignPaletteColours(data.regions);

  constexpr std::size_t count = std::size(kLevelTolerances);
  mesh.levels.resize(count);
  // Full detail is as much work as all the other levels together: give it a thread of its own.
  std::thread full([&] { mesh.levels[0] = buildLevel(data, mesh.regionColours, kLevelTolerances[0], mesh.origin); });
  for (std::size_t i = 1; i < count; ++i)
    mesh.levels[i] = buildLevel(data, mesh.regionColours, kLevelTolerances[i], mesh.origin);
  full.join();
  return mesh;
}

std::size_t MapMesh::levelFor(double metresPerPixel) const {
  std::size_t chosen = 0;
  for (std::size_t i = 0; i < levels.size(); ++i)
    if (levels[i].tolerance <= 0.5 * metresPerPixel) chosen = i;
  return chosen;
}

}  // namespace kg
