#include <catch2/catch.hpp>

#include <cmath>

#include "core/geometry/Triangulator.h"
#include "support/TestData.h"

using namespace kg;

namespace {
double trianglesArea(const Polygon& polygon, const std::vector<std::uint32_t>& indices) {
  std::vector<MapPoint> flat;
  for (const Ring& r : polygon.rings) flat.insert(flat.end(), r.begin(), r.end());
  double area = 0;
  for (std::size_t i = 0; i + 2 < indices.size(); i += 3) {
    const MapPoint a = flat.at(indices[i]), b = flat.at(indices[i + 1]), c = flat.at(indices[i + 2]);
    area += std::abs((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)) / 2;
  }
  return area;
}
Ring square(double x, double y, double size, bool clockwise = false) {
  Ring r{{x, y}, {x + size, y}, {x + size, y + size}, {x, y + size}};
  if (clockwise) std::reverse(r.begin(), r.end());
  return r;
}
}  // namespace

TEST_CASE("a square becomes two triangles", "[triangulation]") {
  const Polygon p{{square(0, 0, 10)}};
  const auto indices = triangulate(p);
  CHECK(indices.size() == 6);
  CHECK(trianglesArea(p, indices) == Approx(100));
}

TEST_CASE("ring orientation does not matter", "[triangulation]") {
  const Polygon p{{square(0, 0, 10, true), square(2, 2, 3, false)}};
  CHECK(trianglesArea(p, triangulate(p)) == Approx(91).epsilon(1e-12));
}

TEST_CASE("holes are left out of the triangles", "[triangulation]") {
  const Polygon p{{square(0, 0, 10), square(1, 1, 2), square(6, 6, 3), square(6, 1, 1)}};
  CHECK(planarArea(p) == Approx(100 - 4 - 9 - 1));
  CHECK(trianglesArea(p, triangulate(p)) == Approx(planarArea(p)).epsilon(1e-12));
}

TEST_CASE("a concave comb triangulates to its exact area", "[triangulation]") {
  Ring comb;
  for (int i = 0; i < 20; ++i) {
    comb.push_back({i * 2.0, 0});
    comb.push_back({i * 2.0 + 1, 0});
  }
  comb.push_back({39, 10});
  for (int i = 19; i >= 0; --i) {
    comb.push_back({i * 2.0 + 1, 10});
    comb.push_back({i * 2.0 + 1, 3});
    comb.push_back({i * 2.0, 3});
    if (i > 0) comb.push_back({i * 2.0, 10});
  }
  comb.push_back({0, 10});
  const Polygon p{{comb}};
  CHECK(trianglesArea(p, triangulate(p)) == Approx(planarArea(p)).epsilon(1e-9));
}

TEST_CASE("a large star polygon (z-order path) triangulates to its exact area", "[triangulation]") {
  Ring star;
  const int n = 5000;
  for (int i = 0; i < n; ++i) {
    const double angle = 2 * M_PI * i / n;
    const double radius = i % 2 ? 100 : 60 + 30 * std::sin(angle * 7);
    star.push_back({radius * std::cos(angle), radius * std::sin(angle)});
  }
  const Polygon p{{star}};
  const auto indices = triangulate(p);
  CHECK(indices.size() == 3 * (n - 2));
  CHECK(trianglesArea(p, indices) == Approx(planarArea(p)).epsilon(1e-6));
}

TEST_CASE("every bundled polygon's triangles add up to its area within 1e-6", "[triangulation]") {
  const auto& data = test::bundled();
  int withHoles = 0;
  for (const auto* features : {&data.regions, &data.context})
    for (const Feature& f : *features)
      for (const Polygon& p : f.polygons) {
        INFO(f.iso << " polygon with " << p.rings.size() << " rings");
        if (p.rings.size() > 1) ++withHoles;
        CHECK(trianglesArea(p, triangulate(p)) == Approx(planarArea(p)).epsilon(1e-6));
      }
  CHECK(withHoles > 0);  // Batken's enclaves are holes: the test covers them
}

TEST_CASE("degenerate input does not crash", "[triangulation]") {
  CHECK(triangulate(Polygon{}).empty());
  CHECK(triangulate(Polygon{{Ring{{0, 0}, {1, 1}}}}).empty());
  CHECK(triangulate(Polygon{{Ring{{0, 0}, {1, 1}, {2, 2}}}}).empty());  // collinear
  const Polygon repeated{{Ring{{0, 0}, {0, 0}, {4, 0}, {4, 0}, {4, 4}, {0, 4}}}};
  CHECK(trianglesArea(repeated, triangulate(repeated)) == Approx(16));
}

// Self-intersecting rings on a coarse grid (shared points, crossing and overlapping edges): what
// simplifying a polygon hard can leave. Curing a crossing could shrink the ring to two points that
// were then taken for another crossing, unlinking the node the loop waited for: the loop never ended.
TEST_CASE("tangled small rings always finish", "[triangulation][bad-input]") {
  std::uint32_t seed = 12345;
  const auto next = [&] {
    seed = seed * 1664525u + 1013904223u;
    return static_cast<double>((seed >> 16) % 4);
  };
  for (int i = 0; i < 200000; ++i) {
    Ring ring;
    const int n = 4 + i % 4;
    for (int k = 0; k < n; ++k) ring.push_back({next(), next()});
    const auto indices = triangulate(Polygon{{ring}});
    CHECK(indices.size() % 3 == 0);
  }
}
