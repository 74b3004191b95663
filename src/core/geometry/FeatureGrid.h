#pragma once
// Which feature is under a map point, for many points against the same features (a million
// events placed in their regions): the same answer as HitTester, mostly without a ring test.
//
// A grid over the features' bounds: a cell that no boundary segment touches lies wholly inside
// one feature or outside all of them, so it holds that answer; a cell some segment touches asks
// HitTester. Cells no segment touches that meet side by side share their answer (no boundary
// runs between them), so one exact test answers each such stretch of cells.
#include <vector>

#include "core/geometry/HitTester.h"

namespace kg {

class FeatureGrid {
 public:
  // `features` must outlive the grid and stay unchanged. `cells` along each side.
  explicit FeatureGrid(const std::vector<Feature>* features, int cells = 512);
  // Index of the feature containing p, or -1: as HitTester::featureAt.
  int featureAt(MapPoint p) const;
  // Share of the cells that answer without a ring test, 0 to 1 (for tests and the benchmark).
  double settledShare() const;

 private:
  static constexpr int kCrossed = -2;  // a boundary touches the cell: ask exact_
  HitTester exact_;
  Bounds bounds_;
  int side_ = 0;  // 0: no grid (no features): every point goes to exact_
  double cellW_ = 0, cellH_ = 0;
  std::vector<int> cells_;  // row by row: a feature index, -1 for none, or kCrossed

  int column(double x) const;
  int row(double y) const;
};

}  // namespace kg
