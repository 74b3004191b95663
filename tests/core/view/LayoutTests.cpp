#include <catch2/catch.hpp>

#include "core/geo/Geodesy.h"
#include "core/geometry/HitTester.h"
#include "core/geometry/LabelAnchor.h"
#include "core/view/LabelLayout.h"
#include "core/view/Palette.h"
#include "core/view/ScaleBar.h"
#include "core/geometry/Simplifier.h"
#include "core/geometry/Triangulator.h"
#include "support/TestData.h"

using namespace kg;

TEST_CASE("labels never overlap and the higher priority one wins", "[labels]") {
  std::vector<LabelCandidate> c{{0, {100, 100}, 80, 16, 1, 500, 500}, {1, {120, 105}, 80, 16, 5, 500, 500},
                                {2, {400, 100}, 80, 16, 2, 500, 500}};
  const auto placed = layoutLabels(c, 800, 600, nullptr);
  REQUIRE(placed.size() == 3);
  // The highest priority keeps its anchor; the one it displaced moved; none overlap.
  CHECK(placed[0].feature == 1);
  CHECK(placed[0].left == Approx(120 - 40));
  CHECK(placed[0].top == Approx(105 - 8));
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      const PlacedLabel &a = placed[i], &b = placed[j];
      CHECK_FALSE((a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height &&
                   b.top < a.top + a.height));
    }
}

TEST_CASE("a label that cannot sit on its anchor moves nearby rather than vanish", "[labels]") {
  // Region: the strip y in [100, 140). The first label takes the anchor's spot.
  std::vector<LabelCandidate> c{{0, {200, 110}, 80, 16, 5, 500, 40}, {1, {205, 112}, 60, 16, 1, 500, 40}};
  auto inStrip = [](int, ScreenPoint p) { return p.y >= 100 && p.y < 140; };
  const auto placed = layoutLabels(c, 800, 600, inStrip, 1);
  REQUIRE(placed.size() == 2);
  CHECK(placed[0].top == Approx(102));
  CHECK(placed[1].top == Approx(120));  // moved down one line, still inside the strip
  CHECK(placed[1].top + placed[1].height < 140);
}

TEST_CASE("labels keep clear of obstacles such as markers", "[labels]") {
  const std::vector<LabelCandidate> c{{0, {100, 100}, 80, 16, 1, 500, 500}};
  const std::vector<PlacedLabel> marker{{-1, 95, 95, 10, 10}};
  const auto placed = layoutLabels(c, 800, 600, nullptr, 3, marker);
  REQUIRE(placed.size() == 1);
  CHECK(placed[0].feature == 0);
  const PlacedLabel& p = placed[0];
  CHECK_FALSE((p.left < 105 && 95 < p.left + p.width && p.top < 105 && 95 < p.top + p.height));
}

TEST_CASE("labels that leave their region or the screen are dropped", "[labels]") {
  std::vector<LabelCandidate> c{{0, {100, 100}, 80, 16, 1, 500, 500}, {1, {795, 100}, 80, 16, 1, 500, 500}};
  auto insideLeftHalf = [](int, ScreenPoint p) { return p.x < 90; };
  const auto placed = layoutLabels(c, 800, 600, insideLeftHalf);
  CHECK(placed.empty());
}

TEST_CASE("every bundled region's label anchor lies inside it", "[labels]") {
  for (const Feature& f : test::bundled().regions) {
    INFO(f.iso);
    CHECK(featureContains(f, labelAnchor(f)));
  }
}

TEST_CASE("the eight bundled regions get eight different colours", "[palette]") {
  auto colours = assignPaletteColours(test::bundled().regions);
  std::sort(colours.begin(), colours.end());
  CHECK(std::unique(colours.begin(), colours.end()) == colours.end());
}

TEST_CASE("the scale bar is a round length that matches the ground distance", "[scale]") {
  Camera c;
  c.setViewport(1000, 800);
  c.setCentre(c.projection().forward({41.5, 74.5}));
  c.setMetresPerPixel(500);
  const ScaleBar bar = chooseScaleBar(c, 150);
  CHECK(bar.label == "50 km");
  CHECK(bar.lengthPx <= 150);
  // The bar's pixels measured on the ellipsoid give back its label's length.
  const GeoPoint a = c.screenToGeo({500, 400}), b = c.screenToGeo({500 + bar.lengthPx, 400});
  CHECK(geodesicDistanceMetres(a, b) == Approx(50000).epsilon(0.005));
}

TEST_CASE("simplification keeps rings closed, valid and within tolerance of area", "[simplify]") {
  for (const Feature& f : test::bundled().regions) {
    for (const Polygon& p : f.polygons) {
      const Polygon s = simplifyPolygon(p, 500);
      REQUIRE_FALSE(s.rings.empty());
      CHECK(s.rings[0].size() < p.rings[0].size());
      CHECK(planarArea(s) == Approx(planarArea(p)).epsilon(0.02));
    }
  }
}

namespace {
// The larger of the horizontal and vertical gaps between two boxes (negative when they overlap).
double gapBetween(const PlacedLabel& a, const PlacedLabel& b) {
  const double horizontal = std::max(b.left - (a.left + a.width), a.left - (b.left + b.width));
  const double vertical = std::max(b.top - (a.top + a.height), a.top - (b.top + b.height));
  return std::max(horizontal, vertical);
}
}  // namespace

TEST_CASE("placed labels stay on the screen and keep the margin from each other", "[labels]") {
  // Crowded candidates, some near or beyond the edges, without a region test to hold them back.
  std::vector<LabelCandidate> c;
  for (int i = 0; i < 60; ++i)
    c.push_back({i, {-30.0 + (i * 97) % 860, -20.0 + (i * 53) % 640}, 60.0 + (i % 5) * 10, 16, double(i % 7), 500, 500});
  c.push_back({60, {850, 300}, 80, 16, 100, 500, 500});  // past the right edge: no nudge brings it in
  const double margin = 3;
  const auto placed = layoutLabels(c, 800, 600, nullptr, margin);
  REQUIRE(placed.size() > 10);
  for (const PlacedLabel& p : placed) {
    INFO("label " << p.feature << " at " << p.left << ", " << p.top);
    CHECK(p.left >= 0);
    CHECK(p.top >= 0);
    CHECK(p.left + p.width <= 800);
    CHECK(p.top + p.height <= 600);
    CHECK(p.feature != 60);
  }
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j) {
      INFO("labels " << placed[i].feature << " and " << placed[j].feature);
      CHECK(gapBetween(placed[i], placed[j]) >= margin);
    }
}

TEST_CASE("a label beside another keeps the margin on either side", "[labels]") {
  // The second label's own spot starts 1 px right of the first, then 1 px left of it: too close
  // for a 3 px margin either way, so it is nudged farther off.
  for (double x : {300 + 40 + 1 + 30.0, 300 - 40 - 1 - 30.0}) {
    INFO("second label at " << x);
    std::vector<LabelCandidate> c{{0, {300, 100}, 80, 16, 5, 500, 500}, {1, {x, 100}, 60, 16, 1, 500, 500}};
    const auto placed = layoutLabels(c, 800, 600, nullptr, 3);
    REQUIRE(placed.size() == 2);
    CHECK(placed[0].left == Approx(260));
    CHECK(gapBetween(placed[0], placed[1]) >= 3);
  }
}

TEST_CASE("the scale bar says 1 km, not 1000 m, and metres below that", "[scale]") {
  Camera c;
  c.setViewport(1000, 800);
  c.setCentre(c.projection().forward({41.5, 74.5}));
  c.setMetresPerPixel(10);  // 150 px is about 1.5 km on the ground
  ScaleBar bar = chooseScaleBar(c, 150);
  CHECK(bar.label == "1 km");
  CHECK(bar.metres == 1000);
  c.setMetresPerPixel(4);  // about 600 m
  bar = chooseScaleBar(c, 150);
  CHECK(bar.label == "500 m");
  c.setMetresPerPixel(2.2);  // about 330 m
  bar = chooseScaleBar(c, 150);
  CHECK(bar.label == "200 m");
  CHECK(bar.lengthPx <= 150);
  CHECK(bar.lengthPx > 150 * 200 / 340.0);
}
