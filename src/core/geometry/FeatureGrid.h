#pragma once
// Which feature is under a map point, for many points against the same features (a million
// events placed in their regions): the same answer as HitTester, mostly without a ring test.
//
// A grid over the features' bounds: a cell that no boundary segment touches lies wholly inside
// one feature or outside all of them, so it holds that answer; a cell some segment touches asks
// HitTester. Cells no segment touches that meet side by side share their answer (no boundary
// runs between them), so one exact test answers each such stretch of cells.
//
// The grid is built at the first query past a thousand: placing the five bundled events on the
// world's 4,596 regions is quicker with HitTester alone than building 512 x 512 cells first.
#include <vector>

#include "core/geometry/HitTester.h"

namespace kg {

class FeatureGrid {
 public:
  // `features` must outlive the grid and stay unchanged. `cells` along each side. Not for use
  // from several threads at once (the grid is built inside the first queries).
  explicit FeatureGrid(const std::vector<Feature>* features, int cells = 512);
  // Index of the feature containing p, or -1: as HitTester::featureAt.
  int featureAt(MapPoint p) const;
  // Share of the cells that answer without a ring test, 0 to 1 (for tests and the benchmark).
  double settledShare() const;

 private:
  static constexpr int kCrossed = -2;  // a boundary touches the cell: ask exact_
  static constexpr int kDirectQueries = 1000;  // answered by exact_ before the grid is built
  HitTester exact_;
  const std::vector<Feature>* features_;
  int cellsAsked_;
  mutable std::size_t queries_ = 0;
  mutable bool built_ = false;
  mutable Bounds bounds_;
  mutable int side_ = 0;  // 0: no grid (not built yet, or no features): every point goes to exact_
  mutable double cellW_ = 0, cellH_ = 0;
  mutable std::vector<int> cells_;  // row by row: a feature index, -1 for none, or kCrossed

  void build() const;

  int column(double x) const;
  int row(double y) const;
};

}  // namespace kg
