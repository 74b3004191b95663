#include "core/geometry/FeatureGrid.h"

#include <algorithm>
#include <cmath>

namespace kg {
namespace {
constexpr int kUnknown = -3;  // not yet settled while the grid is built
}

FeatureGrid::FeatureGrid(const std::vector<Feature>* features, int cells)
    : exact_(features), features_(features), cellsAsked_(cells) {}

void FeatureGrid::build() const {
  built_ = true;
  const std::vector<Feature>* features = features_;
  const int cells = cellsAsked_;
  if (!features || features->empty() || cells < 1) return;
  for (const Feature& f : *features)
    bounds_.add(f.bounds);
  if (bounds_.empty() || !(bounds_.width() > 0) || !(bounds_.height() > 0) || !std::isfinite(bounds_.width()) ||
      !std::isfinite(bounds_.height()))
    return;
  side_ = cells;
  cellW_ = bounds_.width() / side_;
  cellH_ = bounds_.height() / side_;
  cells_.assign(static_cast<std::size_t>(side_) * static_cast<std::size_t>(side_), kUnknown);

  // Every cell a segment's bounding box meets is crossed: more than the segment itself touches,
  // never fewer, and the grid stays right whatever a cell is marked.
  auto cross = [&](MapPoint a, MapPoint b) {
    if (!isFinite(a) || !isFinite(b)) return;
    const int c0 = column(std::min(a.x, b.x)), c1 = column(std::max(a.x, b.x));
    const int r0 = row(std::min(a.y, b.y)), r1 = row(std::max(a.y, b.y));
    for (int r = r0; r <= r1; ++r)
      std::fill_n(cells_.begin() + static_cast<std::ptrdiff_t>(r) * side_ + c0, c1 - c0 + 1, kCrossed);
  };
  for (const Feature& f : *features) {
    for (const Polygon& polygon : f.polygons)
      for (const Ring& ring : polygon.rings)
        for (std::size_t i = 0, j = ring.empty() ? 0 : ring.size() - 1; i < ring.size(); j = i++) cross(ring[i], ring[j]);
    // HitTester looks no further than a feature's bounds: their sides are edges too (they differ
    // from the rings' only where a hole runs outside its shell, in a broken file).
    if (f.bounds.empty()) continue;
    const Bounds& b = f.bounds;
    cross({b.minX, b.minY}, {b.maxX, b.minY});
    cross({b.maxX, b.minY}, {b.maxX, b.maxY});
    cross({b.maxX, b.maxY}, {b.minX, b.maxY});
    cross({b.minX, b.maxY}, {b.minX, b.minY});
  }

  // Each stretch of uncrossed cells, found by flood fill, takes the answer at one cell's centre.
  std::vector<int> stack;
  for (int start = 0; start < side_ * side_; ++start) {
    if (cells_[static_cast<std::size_t>(start)] != kUnknown) continue;
    const MapPoint centre{bounds_.minX + (start % side_ + 0.5) * cellW_, bounds_.minY + (start / side_ + 0.5) * cellH_};
    const int answer = exact_.featureAt(centre);
    cells_[static_cast<std::size_t>(start)] = answer;
    stack.assign(1, start);
    while (!stack.empty()) {
      const int at = stack.back();
      stack.pop_back();
      const int c = at % side_, r = at / side_;
      auto visit = [&](int next) {
        if (cells_[static_cast<std::size_t>(next)] != kUnknown) return;
        cells_[static_cast<std::size_t>(next)] = answer;
        stack.push_back(next);
      };
      if (c > 0) visit(at - 1);
      if (c + 1 < side_) visit(at + 1);
      if (r > 0) visit(at - side_);
      if (r + 1 < side_) visit(at + side_);
    }
  }
}

// Clamped as a double first: a cast of a value beyond int's range is undefined.
int FeatureGrid::column(double x) const {
  return static_cast<int>(std::clamp(std::floor((x - bounds_.minX) / cellW_), 0.0, side_ - 1.0));
}
int FeatureGrid::row(double y) const {
  return static_cast<int>(std::clamp(std::floor((y - bounds_.minY) / cellH_), 0.0, side_ - 1.0));
}

int FeatureGrid::featureAt(MapPoint p) const {
  if (!isFinite(p)) return -1;
  if (!built_ && ++queries_ > kDirectQueries) build();
  if (side_ == 0) return exact_.featureAt(p);
  if (!bounds_.contains(p)) return -1;
  const int cell = cells_[static_cast<std::size_t>(row(p.y)) * static_cast<std::size_t>(side_) +
                          static_cast<std::size_t>(column(p.x))];
  return cell == kCrossed ? exact_.featureAt(p) : cell;
}

double FeatureGrid::settledShare() const {
  if (!built_) build();
  if (cells_.empty()) return 0;
  return static_cast<double>(std::count_if(cells_.begin(), cells_.end(), [](int c) { return c != kCrossed; })) /
         static_cast<double>(cells_.size());
}

}  // namespace kg
