// Where a slide puts the camera (core/briefing/SlideFraming), in the part of the window its
// title and passages leave free.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/briefing/SlideFraming.h"
#include "core/geo/Projection.h"
#include "support/TestData.h"

using namespace kg;

namespace {

struct Fixture {
  Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  Camera camera;
  Insets insets{100, 0, 250, 0};  // a title band along the top, passages along the bottom
  Fixture() { camera.setViewport(1280, 720); }

  // The free part of the view the slide gives, in map metres.
  Bounds freeView(const SlideView& view) {
    const auto to = slideCamera(view, camera, insets, catalog, test::bundled().regions, 32);
    REQUIRE(to);
    Camera c = camera;
    REQUIRE(applyView(c, *to));
    Bounds free;
    free.add(c.screenToMap({0, insets.top}));
    free.add(c.screenToMap({1280, 720 - insets.bottom}));
    return free;
  }
};

}  // namespace

TEST_CASE("a slide frames its events, with room around one event alone, inside the free part of the window",
          "[briefing]") {
  Fixture f;
  SlideView view;
  view.kind = SlideView::Kind::Events;
  view.events = {"bishkek-white-house"};
  const MapPoint bishkek = f.camera.projection().forward(f.catalog.findEvent("bishkek-white-house")->point);
  const Bounds free = f.freeView(view);
  CHECK(free.contains(bishkek));
  CHECK(std::abs(free.centre().x - bishkek.x) < 1000);  // in the middle of what is seen
  CHECK(std::abs(free.centre().y - bishkek.y) < 1000);
  CHECK(free.height() >= kSlideNearestKm * 1000);  // the region borders around it show

  view.events = {"talas-mine", "naryn-coal-mine", "no-such-event"};
  const Bounds both = f.freeView(view);
  for (const char* id : {"talas-mine", "naryn-coal-mine"})
    CHECK(both.contains(f.camera.projection().forward(f.catalog.findEvent(id)->point)));

  view.events = {"no-such-event"};
  CHECK_FALSE(slideCamera(view, f.camera, f.insets, f.catalog, test::bundled().regions, 32));
}

TEST_CASE("a slide frames its region, the whole map, or its centre at its width", "[briefing]") {
  Fixture f;
  SlideView region;
  region.kind = SlideView::Kind::Region;
  region.region = "KG-N";
  const Bounds naryn = f.freeView(region);
  for (const Feature& r : test::bundled().regions) {
    if (r.iso != "KG-N") continue;
    CHECK(naryn.contains({r.bounds.minX, r.bounds.minY}));
    CHECK(naryn.contains({r.bounds.maxX, r.bounds.maxY}));
    // Framed, not the whole country: it fills the free part in one direction at least.
    CHECK((naryn.width() < r.bounds.width() * 1.5 || naryn.height() < r.bounds.height() * 1.5));
  }
  const Bounds whole = f.freeView(SlideView());
  CHECK(whole.contains({test::bundled().regionBounds().minX, test::bundled().regionBounds().minY}));
  CHECK(whole.contains({test::bundled().regionBounds().maxX, test::bundled().regionBounds().maxY}));

  SlideView centre;
  centre.kind = SlideView::Kind::Centre;
  centre.centre = {42.87, 74.6};
  centre.widthKm = 64;
  const Bounds around = f.freeView(centre);
  CHECK(around.width() == Approx(64000).epsilon(1e-6));
  CHECK(std::abs(around.centre().x - f.camera.projection().forward(centre.centre).x) < 1);
}

TEST_CASE("the current view kept as a slide comes back as the same view", "[briefing][edit]") {
  Fixture f;
  SlideView region;
  region.kind = SlideView::Kind::Region;
  region.region = "KG-C";
  const auto shown = slideCamera(region, f.camera, f.insets, f.catalog, test::bundled().regions, 32);
  REQUIRE(shown);
  Camera camera = f.camera;
  REQUIRE(applyView(camera, *shown));

  const SlideView kept = centreView(camera, f.insets);
  CHECK(kept.kind == SlideView::Kind::Centre);
  // Rounded for the file: 1e-4 degrees, 0.1 km.
  CHECK(kept.centre.lat * 1e4 == Approx(std::round(kept.centre.lat * 1e4)));
  CHECK(kept.widthKm * 10 == Approx(std::round(kept.widthKm * 10)));
  const double freeWidth = 1280;
  CHECK(kept.widthKm == Approx(freeWidth * camera.metresPerPixel() / 1000).margin(0.05));

  const auto back = slideCamera(kept, f.camera, f.insets, f.catalog, test::bundled().regions, 32);
  REQUIRE(back);
  Camera again = f.camera;
  REQUIRE(applyView(again, *back));
  // The same ground in the free part of the window, to within the rounding (10 m, 50 m of width).
  const MapPoint a = camera.screenToMap({640, f.insets.top + (720 - f.insets.top - f.insets.bottom) / 2});
  const MapPoint b = again.screenToMap({640, f.insets.top + (720 - f.insets.top - f.insets.bottom) / 2});
  CHECK(std::abs(a.x - b.x) < 30);
  CHECK(std::abs(a.y - b.y) < 30);
  CHECK(again.metresPerPixel() == Approx(camera.metresPerPixel()).epsilon(0.001));
}
