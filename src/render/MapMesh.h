#pragma once
// The boundaries as GPU-ready arrays, built once at load: fill triangles and border segments
// for several levels of detail. Level 0 is full detail; each coarser level is simplified with
// a tolerance four times larger, so a zoomed-out view of the whole world draws about 40,000
// vertices instead of 1.3 million. No GL here: the renderer uploads these arrays.
#include <atomic>
#include <cstdint>
#include <vector>

#include "core/layers/BoundaryLoader.h"
#include "core/view/Camera.h"

namespace kg {

// Each ring is stored in order with its first point repeated at the end, so borders can be
// drawn from the same buffer as the fills: segment i runs from vertex i to vertex i+1. The
// repeated point has a = 0 ("ring ends here"), so no segment joins one ring to the next.
struct FillVertex {
  float x, y;                  // map metres relative to MapMesh::origin (keeps float precision)
  std::uint8_t r, g, b, a;
};

struct FeatureRange {
  std::uint32_t firstIndex = 0, indexCount = 0;    // fill triangles
  std::uint32_t firstVertex = 0, vertexCount = 0;  // border segments: vertexCount - 1 of them
};

struct MeshLevel {
  double tolerance = 0;  // map metres
  std::vector<FillVertex> vertices;
  std::vector<std::uint32_t> indices;
  std::vector<FeatureRange> context;  // drawn first, grey
  std::vector<FeatureRange> regions;
  std::vector<FeatureRange> water;  // lakes, drawn over the regions
};

// Simplification tolerance of each level, in map metres. Level 0 is full detail: it drops only
// what no zoom can show, a quarter of a pixel at the closest one. Without that, a ring of a
// million vertices along straight or gently curved edges (a densified outline) took ear clipping
// minutes, fanning across the whole run; with it, a few hundred vertices remain.
inline constexpr double kLevelTolerances[] = {Camera::kMinMetresPerPixel / 4, 240, 960, 3840, 15360};
inline constexpr std::size_t kLevelCount = std::size(kLevelTolerances);

// The coarsest level whose simplification stays within a pixel at this scale.
std::size_t levelForScale(double metresPerPixel);
// Where mesh coordinates are measured from: the centre of everything loaded.
MapPoint meshOrigin(const BoundaryData& data);
// Builds one level; returns early (with a partial level) once *cancel becomes true.
MeshLevel buildMeshLevel(const BoundaryData& data, const std::vector<int>& regionColours, std::size_t level,
                         MapPoint origin, const std::atomic<bool>* cancel = nullptr);

// The coarsest level, with the colours and origin a MeshBuilder of the same data uses.
MeshLevel buildCoarsestLevel(const BoundaryData& data, const std::atomic<bool>* cancel = nullptr);

struct MapMesh {
  MapPoint origin;
  std::vector<MeshLevel> levels;
  std::vector<int> regionColours;  // palette index per region

  // Every level, built before returning (tests and tools; the app builds in the background).
  static MapMesh build(const BoundaryData& data);
};

}  // namespace kg
