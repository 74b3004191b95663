#pragma once
// The boundaries as GPU-ready arrays, built once at load: fill triangles and border segments
// for several levels of detail. Level 0 is full detail; each coarser level is simplified with
// a tolerance four times larger, so a zoomed-out view of the whole world draws a few hundred
// thousand vertices instead of 1.3 million. No GL here: the renderer uploads these arrays.
#include <cstdint>
#include <vector>

#include "core/BoundaryLoader.h"

namespace kg {

struct FillVertex {
  float x, y;                  // map metres relative to MapMesh::origin (keeps float precision)
  std::uint8_t r, g, b, a;
};

struct Segment {
  float ax, ay, bx, by;
};

struct FeatureRange {
  std::uint32_t firstIndex = 0, indexCount = 0;
  std::uint32_t firstSegment = 0, segmentCount = 0;
};

struct MeshLevel {
  double tolerance = 0;  // map metres
  std::vector<FillVertex> vertices;
  std::vector<std::uint32_t> indices;
  std::vector<Segment> segments;
  std::vector<FeatureRange> context;  // drawn first, grey
  std::vector<FeatureRange> regions;
};

struct MapMesh {
  MapPoint origin;
  std::vector<MeshLevel> levels;
  std::vector<int> regionColours;  // palette index per region

  static MapMesh build(const BoundaryData& data);
  // The coarsest level whose simplification stays under about half a pixel.
  std::size_t levelFor(double metresPerPixel) const;
};

}  // namespace kg
