#include "core/view/Palette.h"

#include <algorithm>
#include <numeric>

namespace kg {

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
  std::array<int, kRegionPalette.size()> usedAnywhere{};
  for (std::size_t i : order) {
    std::array<int, kRegionPalette.size()> usedNearby{};
    for (std::size_t j = 0; j < n; ++j)
      if (colour[j] >= 0 && features[i].bounds.intersects(features[j].bounds)) ++usedNearby[colour[j]];
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
