#include "core/LabelLayout.h"

#include <algorithm>

namespace kg {

std::vector<PlacedLabel> layoutLabels(std::vector<LabelCandidate> candidates, double viewportWidth,
                                      double viewportHeight, const InsideTest& inside, double marginPx) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
  std::vector<PlacedLabel> placed;
  for (const LabelCandidate& c : candidates) {
    PlacedLabel box{c.feature, c.anchor.x - c.width / 2, c.anchor.y - c.height / 2, c.width, c.height};
    if (box.left < 0 || box.top < 0 || box.left + box.width > viewportWidth || box.top + box.height > viewportHeight)
      continue;
    const bool tinyRegion = c.featureWidthPx < c.width || c.featureHeightPx < c.height;
    if (!tinyRegion && inside) {
      const double r = box.left + box.width, b = box.top + box.height;
      if (!inside(c.feature, {box.left, box.top}) || !inside(c.feature, {r, box.top}) ||
          !inside(c.feature, {box.left, b}) || !inside(c.feature, {r, b}))
        continue;
    }
    const bool collides = std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel& p) {
      return box.left < p.left + p.width + marginPx && p.left < box.left + box.width + marginPx &&
             box.top < p.top + p.height + marginPx && p.top < box.top + box.height + marginPx;
    });
    if (!collides) placed.push_back(box);
  }
  return placed;
}

}  // namespace kg
