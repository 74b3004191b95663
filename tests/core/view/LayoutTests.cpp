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
