#include <catch2/catch.hpp>

#include <algorithm>

#include "app/EventMarkers.h"
#include "app/panels/MarkerStyle.h"
#include "support/TestData.h"

using namespace kg;

namespace {
const Catalog& catalog();
AppState bishkekView() {
  AppState state;
  state.shownEvents = shownEvents(catalog(), {});
  state.camera.setViewport(1000, 800);
  state.camera.setCentre(state.camera.projection().forward(test::kBishkekWhiteHouse));
  state.camera.setMetresPerPixel(50);
  return state;
}
const Catalog& catalog() {
  static const Catalog c = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  return c;
}
}  // namespace

TEST_CASE("uncertainty circles are drawn to scale, only where a spot is uncertain", "[markers]") {
  AppState state = bishkekView();
  state.showPlaces = false;
  const auto instances = markerInstances(state, catalog());
  const MapPoint whiteHouse = state.camera.projection().forward(test::kBishkekWhiteHouse);
  int circles = 0;
  std::vector<MarkerInstance> atWhiteHouse;
  for (const MarkerInstance& m : instances) {
    if (m.fill.a == 255) continue;  // markers are opaque; circles are faint
    ++circles;
    CHECK(m.sizeInMetres);  // circles keep their ground size at any zoom
    if (std::abs(m.position.x - whiteHouse.x) < 1 && std::abs(m.position.y - whiteHouse.y) < 1) atWhiteHouse.push_back(m);
  }
  CHECK(circles == 5);  // every event is uncertain by more than 300 m
  // The White House's circle is there, and 0.5 km in radius: 20 px across at 50 m a pixel.
  REQUIRE(atWhiteHouse.size() == 1);
  CHECK(atWhiteHouse[0].sizePx / state.camera.metresPerPixel() == Approx(2 * 500 / 50.0).epsilon(0.01));
  state.showPlaces = true;
  int faintWithPlaces = 0;
  for (const MarkerInstance& m : markerInstances(state, catalog())) faintWithPlaces += m.fill.a != 255;
  // Ala-Too Square (0.1 km) gets none, and it has no passages, so it is not on the layer at all.
  CHECK(faintWithPlaces == 5 + 7);
}

TEST_CASE("the selected event gets a halo and stands out", "[markers]") {
  AppState state = bishkekView();
  state.showPlaces = false;
  const std::size_t plain = markerInstances(state, catalog()).size();
  state.selection.eventId = "bishkek-white-house";
  const auto selected = markerInstances(state, catalog());
  CHECK(selected.size() == plain + 1);
}

TEST_CASE("hit-test markers follow the places switch", "[markers]") {
  AppState state = bishkekView();
  state.showPlaces = true;
  const std::size_t withPlaces = screenMarkers(state, catalog()).size();
  state.showPlaces = false;
  CHECK(screenMarkers(state, catalog()).size() == 5);
  CHECK(withPlaces == 5 + 7);
}

TEST_CASE("among many events only the hovered and the selected draw their circles", "[markers]") {
  Catalog many = catalog();
  const Event model = many.events.front();
  many.events.clear();
  for (std::size_t i = 0; i <= kEveryCircleUpTo; ++i) {
    Event e = model;
    e.id = "e" + std::to_string(i);
    e.radiusKm = 10;
    many.events.push_back(e);
  }
  many.reindex();
  AppState state = bishkekView();
  state.showPlaces = false;
  auto faint = [&] {
    const auto instances = markerInstances(state, many);
    return std::count_if(instances.begin(), instances.end(), [](const MarkerInstance& m) { return m.sizeInMetres; });
  };
  state.shownEvents = shownEvents(many, {});
  state.selection.eventId = "e3";
  state.hover.eventId = "e7";
  CHECK(faint() == 2);
  state.shownEvents.resize(kEveryCircleUpTo);  // at the limit, every one
  CHECK(faint() == static_cast<long>(kEveryCircleUpTo));
}

TEST_CASE("an event whose region only is known is drawn hollow in its kind's colour", "[markers]") {
  Catalog one = catalog();
  one.events.resize(1);
  one.events[0].regionOnly = true;
  one.events[0].radiusKm = 0;
  one.reindex();
  AppState state = bishkekView();
  state.showPlaces = false;
  state.shownEvents = shownEvents(one, {});
  const auto instances = markerInstances(state, one);
  REQUIRE(instances.size() == 1);
  const MarkerStyle style = styleFor(one.events[0].kind);
  CHECK(instances[0].fill.r == 255);
  CHECK(instances[0].fill.g == 255);
  CHECK(instances[0].fill.b == 255);
  CHECK(instances[0].stroke.r == style.colour.r);
  CHECK(instances[0].stroke.g == style.colour.g);
  CHECK(instances[0].stroke.b == style.colour.b);
}

TEST_CASE("markers of the first layer in the list are drawn, and hit, on top", "[markers][layers]") {
  Catalog two = catalog();
  LoadedLayer theirs;
  theirs.layer.name = "theirs";
  Event same = *two.findEvent("osh");  // another report at the very same spot
  same.id = "their-osh";
  theirs.events.push_back(same);
  two.addLayer(std::move(theirs));
  AppState state = bishkekView();
  state.showPlaces = false;
  state.shownEvents = shownEvents(two, {});
  const ScreenPoint osh = state.camera.geoToScreen(two.findEvent("osh")->point);
  auto top = [&] { return two.events[static_cast<std::size_t>(markersAt(screenMarkers(state, two), osh).front().index)].id; };
  CHECK(markersAt(screenMarkers(state, two), osh).size() == 2);
  CHECK(top() == "osh");
  two.moveLayer(1, 0);
  CHECK(top() == "their-osh");
}

TEST_CASE("past a hundred events shown, overlapping markers group, the selected one stays apart", "[markers][clustering]") {
  Catalog many = catalog();
  const Event model = *many.findEvent("osh");
  many.events.clear();
  for (std::size_t i = 0; i <= kGroupAbove; ++i) {
    Event e = model;
    e.id = "e" + std::to_string(i);
    many.events.push_back(e);
  }
  many.reindex();
  AppState state = bishkekView();
  state.showPlaces = false;
  state.shownEvents = shownEvents(many, {});
  state.shownEvents.resize(kGroupAbove);  // at the limit: each its own marker
  ++state.shownGeneration;
  updateGrouping(state, many, 1);
  CHECK_FALSE(state.grouping.active);
  CHECK(screenMarkers(state, many).size() == kGroupAbove);

  state.shownEvents = shownEvents(many, {});  // one more: one cluster of them all
  ++state.shownGeneration;
  state.hover.cluster = 0;
  updateGrouping(state, many, 1);
  REQUIRE(state.grouping.active);
  REQUIRE(state.grouping.groups.clusters.size() == 1);
  CHECK(state.grouping.groups.clusters[0].members.size() == kGroupAbove + 1);
  CHECK(state.hover.cluster == -1);  // the groups changed under the pointer
  const auto markers = screenMarkers(state, many);
  REQUIRE(markers.size() == 1);
  CHECK(markers[0].ref.kind == MarkerRef::Kind::Cluster);

  const int generation = state.grouping.generation;
  updateGrouping(state, many, 1);  // nothing changed: nothing done
  CHECK(state.grouping.generation == generation);

  state.selection.eventId = "e7";
  updateGrouping(state, many, 1);
  CHECK(state.grouping.groups.loose == std::vector<int>{many.eventIndex("e7")});
  CHECK(state.grouping.groups.clusters[0].members.size() == kGroupAbove);

  state.grouping.enabled = false;  // View > Group overlapping markers, off
  updateGrouping(state, many, 1);
  CHECK_FALSE(state.grouping.active);
  CHECK(screenMarkers(state, many).size() == kGroupAbove + 1);
}
