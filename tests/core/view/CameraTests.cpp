#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/view/Camera.h"

using namespace kg;

namespace {
Camera kyrgyzView() {
  Camera c;
  REQUIRE(c.setViewport(1600, 1000));
  REQUIRE(c.setCentre(c.projection().forward({41.3, 74.5})));
  REQUIRE(c.setMetresPerPixel(600));
  return c;
}
}  // namespace

TEST_CASE("screen to geo and back returns the same pixel", "[camera]") {
  const Camera c = kyrgyzView();
  for (double x : {0.0, 13.5, 800.0, 1599.0})
    for (double y : {0.0, 500.0, 999.0}) {
      const ScreenPoint back = c.geoToScreen(c.screenToGeo({x, y}));
      CHECK(back.x == Approx(x).margin(1e-6));
      CHECK(back.y == Approx(y).margin(1e-6));
    }
}

TEST_CASE("geo to screen and back returns the same place", "[camera]") {
  const Camera c = kyrgyzView();
  for (GeoPoint g : {GeoPoint{42.877, 74.603}, GeoPoint{40.53, 72.8}, GeoPoint{39.5, 69.3}, GeoPoint{43.2, 80.2}}) {
    const GeoPoint back = c.screenToGeo(c.geoToScreen(g));
    CHECK(back.lat == Approx(g.lat).margin(1e-9));
    CHECK(back.lon == Approx(g.lon).margin(1e-9));
  }
}

TEST_CASE("the centre of the viewport shows the camera centre, north is up and east is right", "[camera]") {
  const Camera c = kyrgyzView();
  const GeoPoint centre = c.screenToGeo({800, 500});
  CHECK(centre.lat == Approx(41.3).margin(1e-9));
  CHECK(centre.lon == Approx(74.5).margin(1e-9));
  CHECK(c.screenToGeo({800, 100}).lat > centre.lat);
  CHECK(c.screenToGeo({1200, 500}).lon > centre.lon);
}

TEST_CASE("zooming about the cursor keeps the point under it fixed", "[camera]") {
  Camera c = kyrgyzView();
  const ScreenPoint cursor{312.25, 701.5};
  const GeoPoint before = c.screenToGeo(cursor);
  for (double factor : {1.25, 2.0, 0.5, 1 / 1.25, 3.0}) {
    REQUIRE(c.zoomAbout(cursor, factor));
    const GeoPoint after = c.screenToGeo(cursor);
    CHECK(after.lat == Approx(before.lat).margin(1e-9));
    CHECK(after.lon == Approx(before.lon).margin(1e-9));
  }
}

TEST_CASE("zooming in by two halves the metres per pixel", "[camera]") {
  Camera c = kyrgyzView();
  REQUIRE(c.zoomAbout({10, 10}, 2.0));
  CHECK(c.metresPerPixel() == Approx(300));
}

TEST_CASE("panning moves the map with the pointer", "[camera]") {
  Camera c = kyrgyzView();
  const GeoPoint under = c.screenToGeo({500, 400});
  REQUIRE(c.panByPixels(40, -25));
  const GeoPoint moved = c.screenToGeo({540, 375});
  CHECK(moved.lat == Approx(under.lat).margin(1e-9));
  CHECK(moved.lon == Approx(under.lon).margin(1e-9));
}

TEST_CASE("fit frames the bounds inside the padding", "[camera]") {
  Camera c;
  REQUIRE(c.setViewport(1000, 500));
  Bounds b;
  b.add(MapPoint{-200000, -50000});
  b.add(MapPoint{600000, 150000});
  REQUIRE(c.fit(b, 50));
  const ScreenPoint lo = c.mapToScreen({b.minX, b.minY});
  const ScreenPoint hi = c.mapToScreen({b.maxX, b.maxY});
  CHECK(lo.x == Approx(50));
  CHECK(hi.x == Approx(950));
  CHECK(lo.y <= 450.0 + 1e-9);
  CHECK(hi.y >= 50.0 - 1e-9);
}

TEST_CASE("NaN, infinite and absurd input is rejected and leaves the camera unchanged", "[camera]") {
  Camera c = kyrgyzView();
  const Camera before = c;
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const double inf = std::numeric_limits<double>::infinity();
  CHECK_FALSE(c.setCentre({nan, 0}));
  CHECK_FALSE(c.setCentre({0, inf}));
  CHECK_FALSE(c.setCentre({1e12, 0}));
  CHECK_FALSE(c.setMetresPerPixel(nan));
  CHECK_FALSE(c.setMetresPerPixel(-5));
  CHECK_FALSE(c.setMetresPerPixel(0));
  CHECK_FALSE(c.setViewport(0, 100));
  CHECK_FALSE(c.setViewport(nan, 100));
  CHECK_FALSE(c.setViewport(1e9, 100));
  CHECK_FALSE(c.zoomAbout({nan, 3}, 2));
  CHECK_FALSE(c.zoomAbout({3, 3}, nan));
  CHECK_FALSE(c.zoomAbout({3, 3}, 0));
  CHECK_FALSE(c.zoomAbout({3, 3}, -2));
  CHECK_FALSE(c.panByPixels(inf, 0));
  CHECK_FALSE(c.fit(Bounds{}, 10));
  CHECK(c.centre().x == before.centre().x);
  CHECK(c.centre().y == before.centre().y);
  CHECK(c.metresPerPixel() == before.metresPerPixel());
  CHECK(c.viewportWidth() == before.viewportWidth());
}

TEST_CASE("zoom is clamped to a usable range", "[camera]") {
  Camera c = kyrgyzView();
  REQUIRE(c.setMetresPerPixel(1e-6));
  CHECK(c.metresPerPixel() == Camera::kMinMetresPerPixel);
  REQUIRE(c.setMetresPerPixel(1e12));
  CHECK(c.metresPerPixel() == Camera::kMaxMetresPerPixel);
}
