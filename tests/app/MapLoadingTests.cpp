// File > Open's choice between events and things drawn over the map (app/MapLoading).
#include <catch2/catch.hpp>

#include "app/MapLoading.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

TEST_CASE("File > Open draws polygons and lines over the map and reads points as events", "[overlay][open]") {
  const std::string dir = test::scratchDir("open-source");
  test::writeFile(dir + "/road.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[73.0,41.5],[76.0,41.5]]}}]})");
  const auto& regions = test::bundled().regions;

  const OpenedSource road = openSource(dir + "/road.geojson", regions, test::bundled().projection);
  REQUIRE(road.overlay);
  CHECK(road.overlay->lines.size() == 1);
  CHECK(road.events.events.empty());

  const OpenedSource area = openSource(test::bundledPath(), regions, test::bundled().projection);
  REQUIRE(area.overlay);
  CHECK(!area.overlay->rings.empty());
  CHECK(area.overlay->lines.empty());

  const OpenedSource events = openSource(CatalogPaths::bundled().events, regions, test::bundled().projection);
  CHECK_FALSE(events.overlay);
  CHECK(events.events.events.size() == 5);

  const OpenedSource missing = openSource(dir + "/nothing.geojson", regions, test::bundled().projection);
  CHECK_FALSE(missing.overlay);
  REQUIRE_FALSE(missing.events.problems.empty());
  CHECK_THAT(missing.events.problems[0], Contains(dir + "/nothing.geojson"));
}

TEST_CASE("loading the map builds its coarsest level of detail on the loading thread", "[loading][lod]") {
  Progress progress;
  LoadRequest request{test::bundledPath(), CatalogPaths::bundled(), {}, ""};
  auto loaded = loadMapData(request, progress);
  REQUIRE(loaded);
  REQUIRE(loaded->coarsest);
  CHECK(loaded->coarsest->tolerance == kLevelTolerances[kLevelCount - 1]);
  CHECK(loaded->coarsest->regions.size() == loaded->boundaries.regions.size());
  CHECK(!loaded->coarsest->indices.empty());

  Progress cancelled;
  cancelled.cancel();
  auto stopped = loadMapData(request, cancelled);
  REQUIRE_FALSE(stopped);
  CHECK_THAT(stopped.error(), Contains("loading cancelled"));
}

TEST_CASE("the map read again in another projection keeps the layers opened since", "[projection][open]") {
  LoadRequest first{test::bundledPath(), CatalogPaths::bundled(), {"given.gpkg"}, ""};
  first.catalog.moreEvents.push_back({"given.csv", {}});
  Catalog catalog;
  catalog.layers = {{"Events", "bundled.geojson", 5, ""}, {"given.csv", "given.csv", 1, ""}, {"opened.csv", "opened.csv", 2, ""}};
  std::vector<OverlayLayer> overlays(2);
  overlays[0].path = "given.gpkg";
  overlays[1].path = "opened.gpkg";
  const LoadRequest again = withOpenedLayers(first, catalog, overlays, ProjectionMode::EqualEarth);
  CHECK(again.projection == ProjectionMode::EqualEarth);
  REQUIRE(again.catalog.moreEvents.size() == 2);
  CHECK(again.catalog.moreEvents[1].path == "opened.csv");
  CHECK(again.overlays == std::vector<std::string>{"given.gpkg", "opened.gpkg"});
  CHECK(again.boundaries == first.boundaries);
}
