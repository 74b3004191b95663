#include "core/view/LabelLayout.h"

#include <algorithm>
#include <iterator>

namespace kg {

std::vector<PlacedLabel> layoutLabels(std::vector<LabelCandidate> candidates, double viewportWidth,
                                      double viewportHeight, const InsideTest& inside, double marginPx,
                                      const std::vector<PlacedLabel>& obstacles) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const LabelCandidate& a, const LabelCandidate& b) { return a.priority > b.priority; });
  std::vector<PlacedLabel> placed = obstacles;
  for (const LabelCandidate& c : candidates) {
    const bool tinyRegion = !c.beside && (c.featureWidthPx < c.width || c.featureHeightPx < c.height);
    // Cheapest tests first: the screen, then the boxes already placed, and only then the
    // region's outline, which costs a walk along its rings.
    auto fits = [&](const PlacedLabel& box) {
      if (box.left < 0 || box.top < 0 || box.left + box.width > viewportWidth || box.top + box.height > viewportHeight)
        return false;
      const bool collides = std::any_of(placed.begin(), placed.end(), [&](const PlacedLabel& p) {
        return box.left < p.left + p.width + marginPx && p.left < box.left + box.width + marginPx &&
               box.top < p.top + p.height + marginPx && p.top < box.top + box.height + marginPx;
      });
      if (collides) return false;
      if (tinyRegion || !inside) return true;
      const double r = box.left + box.width, b = box.top + box.height;
      return inside(c.feature, {box.left, box.top}) && inside(c.feature, {r, box.top}) &&
             inside(c.feature, {box.left, b}) && inside(c.feature, {r, b});
    };
    // Centred on the anchor first; then nudged up, down, left and right by up to a box's size,
    // so a narrow region or a neighbour's label does not cost this one its name.
    const double w = c.width, h = c.height;
    const double nudges[][2] = {{0, 0},       {0, -h},     {0, h},      {-w / 3, 0}, {w / 3, 0},
                                {-w / 3, -h}, {w / 3, -h}, {-w / 3, h}, {w / 3, h},  {0, -2 * h},
                                {0, 2 * h},   {-w / 2, 0}, {w / 2, 0}};
    const double g = c.gapPx;
    // Right, left, above, below; then from the point's corners (for a point at the screen's edge);
    // then the same further out (past a marker on the point).
    const double G = g + h;
    const double beside[][2] = {{w / 2 + g, 0},          {-w / 2 - g, 0},          {0, -h / 2 - g},
                                {0, h / 2 + g},          {-w / 2, -h / 2 - g},     {-w / 2, h / 2 + g},
                                {w / 2, -h / 2 - g},     {w / 2, h / 2 + g},       {w / 2 + G, 0},
                                {-w / 2 - G, 0},         {0, -h / 2 - G},          {0, h / 2 + G}};
    auto tryAt = [&](const double n[2]) {
      const PlacedLabel box{c.feature, c.anchor.x - w / 2 + n[0], c.anchor.y - h / 2 + n[1], w, h};
      if (!fits(box)) return false;
      placed.push_back(box);
      return true;
    };
    const bool shown = c.beside ? std::any_of(std::begin(beside), std::end(beside), tryAt)
                                : std::any_of(std::begin(nudges), std::end(nudges), tryAt);
    (void)shown;  // a name that fits nowhere is left out
  }
  placed.erase(placed.begin(), placed.begin() + static_cast<std::ptrdiff_t>(obstacles.size()));
  return placed;
}

}  // namespace kg
