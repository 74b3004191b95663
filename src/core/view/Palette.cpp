#include "core/view/Palette.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kg {

namespace {

// The features' bounds filed in a grid of about one cell per feature, so that the features near
// one are found without comparing it with every other: 100,000 regions take a moment instead of
// the minutes that comparing every pair took.
class BoundsGrid {
 public:
  explicit BoundsGrid(const std::vector<Feature>& features) {
    for (const Feature& f : features) all_.add(f.bounds);
    side_ = std::max<std::size_t>(1, static_cast<std::size_t>(std::sqrt(static_cast<double>(features.size()))));
    cells_.resize(side_ * side_);
    for (std::size_t i = 0; i < features.size(); ++i)
      forCells(features[i].bounds, [&](std::vector<std::size_t>& cell) { cell.push_back(i); });
  }

  // Calls visit(j) once for each feature j filed in a cell that `b` overlaps.
  template <class Visit>
  void near(const Bounds& b, std::vector<std::size_t>& lastVisit, std::size_t visitor, Visit visit) {
    forCells(b, [&](std::vector<std::size_t>& cell) {
      for (std::size_t j : cell)
        if (lastVisit[j] != visitor) {
          lastVisit[j] = visitor;
          visit(j);
        }
    });
  }

 private:
  template <class Visit>
  void forCells(const Bounds& b, Visit visit) {
    if (b.empty() || all_.empty()) return;
    auto column = [&](double x) { return cellOf(x, all_.minX, all_.width()); };
    auto row = [&](double y) { return cellOf(y, all_.minY, all_.height()); };
    for (std::size_t r = row(b.minY); r <= row(b.maxY); ++r)
      for (std::size_t c = column(b.minX); c <= column(b.maxX); ++c) visit(cells_[r * side_ + c]);
  }
  std::size_t cellOf(double v, double min, double extent) const {
    if (!(extent > 0)) return 0;
    const double at = (v - min) / extent * static_cast<double>(side_);
    return std::min(side_ - 1, static_cast<std::size_t>(std::max(0.0, at)));
  }

  Bounds all_;
  std::size_t side_ = 1;
  std::vector<std::vector<std::size_t>> cells_;
};

}  // namespace

std::vector<int> assignPaletteColours(const std::vector<Feature>& features) {
  const std::size_t n = features.size();
  std::vector<int> colour(n, -1);
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  // Largest first: big regions get the first, calmest choices.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return features[a].bounds.width() * features[a].bounds.height() >
           features[b].bounds.width() * features[b].bounds.height();
  });
  BoundsGrid grid(features);
  std::vector<std::size_t> lastVisit(n, n);
  std::array<int, kRegionPalette.size()> usedAnywhere{};
  for (std::size_t i : order) {
    std::array<int, kRegionPalette.size()> usedNearby{};
    grid.near(features[i].bounds, lastVisit, i, [&](std::size_t j) {
      if (colour[j] >= 0 && features[i].bounds.intersects(features[j].bounds)) ++usedNearby[colour[j]];
    });
    // Fewest neighbours with the colour first, then the colour used least overall, so a
    // handful of regions all get different colours.
    int best = 0;
    for (int c = 1; c < static_cast<int>(kRegionPalette.size()); ++c)
      if (usedNearby[c] < usedNearby[best] || (usedNearby[c] == usedNearby[best] && usedAnywhere[c] < usedAnywhere[best]))
        best = c;
    colour[i] = best;
    ++usedAnywhere[best];
  }
  return colour;
}

}  // namespace kg
