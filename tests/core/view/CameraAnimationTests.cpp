// Fly-to and framing without a window: the animation is a function of the time passed in.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <random>

#include "core/view/Camera.h"
#include "core/view/CameraAnimation.h"
#include "core/view/Framing.h"

using namespace kg;

namespace {

const CameraView kFrom{{0, 0}, 1000};
const CameraView kTo{{100000, -50000}, 100};

}  // namespace

TEST_CASE("a flight starts where it starts and ends where it ends", "[camera][animation]") {
  const auto flight = CameraAnimation::fly(kFrom, kTo, 10.0, 0.8);
  CHECK(flight.at(9.0) == kFrom);
  CHECK(flight.at(10.0) == kFrom);
  CHECK(flight.at(10.8) == kTo);
  CHECK(flight.at(99.0) == kTo);
  CHECK_FALSE(flight.finished(10.4));
  CHECK(flight.finished(10.8));
  CHECK(CameraAnimation().finished(0));
}

TEST_CASE("half way through a flight the camera is half way, and zooming geometrically", "[camera][animation]") {
  const auto flight = CameraAnimation::fly(kFrom, kTo, 0, 1);
  const CameraView middle = flight.at(0.5);
  CHECK(middle.centre.x == Approx(50000));
  CHECK(middle.centre.y == Approx(-25000));
  // 1000 to 100 m/px: the geometric middle, not the arithmetic 550.
  CHECK(middle.metresPerPixel == Approx(std::sqrt(1000.0 * 100.0)));
  // It moves monotonically: no overshoot on the way in.
  double last = kFrom.metresPerPixel;
  for (double t = 0; t <= 1.0; t += 0.05) {
    const double s = flight.at(t).metresPerPixel;
    CHECK(s <= last + 1e-9);
    last = s;
  }
}

TEST_CASE("a flight that only zooms changes the scale", "[camera][animation]") {
  const auto flight = CameraAnimation::fly({{5, 5}, 400}, {{5, 5}, 50}, 0, 1);
  CHECK(flight.at(0.25).metresPerPixel < 400);
  CHECK(flight.at(0.25).metresPerPixel > 50);
  CHECK(flight.at(1).metresPerPixel == 50);
}

TEST_CASE("a new flight interrupting one under way starts where the camera is", "[camera][animation]") {
  const auto first = CameraAnimation::fly(kFrom, kTo, 0, 1);
  const CameraView elsewhere{{-20000, 70000}, 300};
  const auto second = first.retarget(0.4, elsewhere, 1);
  CHECK(second.at(0.4) == first.at(0.4));   // no jump at the moment of the interruption
  CHECK(second.at(1.5) == elsewhere);
  CHECK(second.target() == elsewhere);
  CHECK_FALSE(second.finished(1.0));        // the first would have ended here; the second goes on
}

TEST_CASE("a flight rejects a clock that is not finite", "[camera][animation]") {
  const auto flight = CameraAnimation::fly(kFrom, kTo, 0, 1);
  CHECK(flight.at(std::nan("")) == kTo);
  CHECK_FALSE(CameraAnimation::fly(kFrom, kTo, std::nan("")).active());
  Camera camera;
  CHECK_FALSE(applyView(camera, {{std::nan(""), 0}, 100}));
  CHECK(applyView(camera, kTo));
  CHECK(viewOf(camera) == kTo);
}

TEST_CASE("a framed box lies inside the free part of the window at any size and inset", "[camera][framing]") {
  std::mt19937 random(42);
  std::uniform_real_distribution<double> size(200, 4000), share(0, 0.45), unit(0, 1);
  for (int i = 0; i < 500; ++i) {
    Camera camera;
    const double height = size(random), width = size(random);  // in order: argument order is unspecified
    REQUIRE(camera.setViewport(width, height));
    const Insets insets{share(random) * camera.viewportHeight(), share(random) * camera.viewportWidth(),
                        share(random) * camera.viewportHeight(), share(random) * camera.viewportWidth()};
    const double cx = (unit(random) - 0.5) * 4e6, cy = (unit(random) - 0.5) * 4e6;
    const double w = 1000 + unit(random) * 2e6, h = 1000 + unit(random) * 2e6;
    const Bounds box{cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2};
    CameraView view;
    REQUIRE(frameBounds(camera, box, insets, 10, view));
    REQUIRE(applyView(camera, view));
    const ScreenPoint topLeft = camera.mapToScreen({box.minX, box.maxY});
    const ScreenPoint bottomRight = camera.mapToScreen({box.maxX, box.minY});
    INFO("viewport " << camera.viewportWidth() << "x" << camera.viewportHeight() << ", insets " << insets.top << " "
                     << insets.right << " " << insets.bottom << " " << insets.left);
    CHECK(topLeft.x >= insets.left + 10 - 1e-6);
    CHECK(topLeft.y >= insets.top + 10 - 1e-6);
    CHECK(bottomRight.x <= camera.viewportWidth() - insets.right - 10 + 1e-6);
    CHECK(bottomRight.y <= camera.viewportHeight() - insets.bottom - 10 + 1e-6);
    // As large as fits: one pair of sides touches the padding.
    const double spareX = (camera.viewportWidth() - insets.left - insets.right - 20) - (bottomRight.x - topLeft.x);
    const double spareY = (camera.viewportHeight() - insets.top - insets.bottom - 20) - (bottomRight.y - topLeft.y);
    CHECK(std::min(spareX, spareY) == Approx(0).margin(1e-6));
  }
}

TEST_CASE("centring on a point puts it in the middle of the free area", "[camera][framing]") {
  Camera camera;
  REQUIRE(camera.setViewport(1200, 800));
  const Insets insets{30, 400, 20, 300};
  const MapPoint place{123456, -654321};
  REQUIRE(applyView(camera, centreOn(camera, place, 250, insets)));
  const ScreenPoint s = camera.mapToScreen(place);
  CHECK(s.x == Approx(300 + (1200 - 300 - 400) / 2.0));
  CHECK(s.y == Approx(30 + (800 - 30 - 20) / 2.0));
  CHECK(camera.metresPerPixel() == 250);
}

TEST_CASE("framing refuses empty and non-finite bounds and survives absurd insets", "[camera][framing]") {
  Camera camera;
  CameraView view;
  CHECK_FALSE(frameBounds(camera, Bounds{}, {}, 10, view));
  CHECK_FALSE(frameBounds(camera, Bounds{0, 0, std::numeric_limits<double>::infinity(), 1}, {}, 10, view));
  REQUIRE(frameBounds(camera, Bounds{0, 0, 1000, 1000}, {1e9, 1e9, -5, std::nan("")}, 10, view));
  CHECK(applyView(camera, view));
}

TEST_CASE("a flight's scale and centre move in step, both eased at the ends", "[camera][animation]") {
  const auto flight = CameraAnimation::fly(kFrom, kTo, 0, 1);
  for (double t : {0.05, 0.1, 0.25, 0.4, 0.6, 0.75, 0.9, 0.95}) {
    INFO("t = " << t);
    const CameraView v = flight.at(t);
    const double along = (v.centre.x - kFrom.centre.x) / (kTo.centre.x - kFrom.centre.x);
    const double zoomed = std::log(v.metresPerPixel / kFrom.metresPerPixel) /
                          std::log(kTo.metresPerPixel / kFrom.metresPerPixel);
    CHECK(zoomed == Approx(along).margin(1e-9));
    CHECK((v.centre.y - kFrom.centre.y) / (kTo.centre.y - kFrom.centre.y) == Approx(along).margin(1e-9));
  }
  // Eased: slower than linear near the ends, faster in the middle.
  CHECK((flight.at(0.1).centre.x - kFrom.centre.x) / (kTo.centre.x - kFrom.centre.x) < 0.05);
  CHECK((flight.at(0.9).centre.x - kFrom.centre.x) / (kTo.centre.x - kFrom.centre.x) > 0.95);
}
