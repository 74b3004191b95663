#include <catch2/catch.hpp>

#include <cmath>

#include "core/events/Catalog.h"
#include "core/layers/Overlay.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {
std::size_t vertices(const std::vector<Ring>& rings) {
  std::size_t n = 0;
  for (const Ring& r : rings) n += r.size();
  return n;
}
}  // namespace

TEST_CASE("a boundary file read as an overlay keeps every ring, with a coarser copy", "[overlay]") {
  const BoundaryData& map = test::bundled();
  const auto overlay = readOverlay(test::bundledPath(), Projection());
  REQUIRE(overlay);
  CHECK(overlay->shapes() == map.regions.size() + map.context.size());
  CHECK(overlay->name == "kyrgyzstan.gpkg");
  CHECK(vertices(overlay->rings) == map.vertexCount);
  CHECK(vertices(overlay->coarseRings) > 0);
  CHECK(vertices(overlay->coarseRings) < vertices(overlay->rings) / 2);
  CHECK(overlay->coarseTolerance > 0);
  const Bounds regions = map.regionBounds();
  CHECK(overlay->bounds.contains({regions.minX, regions.minY}));
  CHECK(overlay->bounds.contains({regions.maxX, regions.maxY}));
}

TEST_CASE("File > Open tells boundaries from events by the geometry of the layer", "[overlay]") {
  const auto polygons = shapesIn(test::bundledPath());
  REQUIRE(polygons);
  CHECK(*polygons == LayerShapes::Polygons);
  const auto points = shapesIn(CatalogPaths::bundled().events);
  REQUIRE(points);
  CHECK(*points == LayerShapes::Other);
  const auto missing = shapesIn("/no/such/districts.gpkg");
  REQUIRE_FALSE(missing);
  CHECK_THAT(missing.error(), Contains("/no/such/districts.gpkg"));
}

TEST_CASE("a file of points is refused as an overlay, naming the file", "[overlay]") {
  const std::string events = CatalogPaths::bundled().events;
  const auto overlay = readOverlay(events, Projection());
  REQUIRE_FALSE(overlay);
  CHECK_THAT(overlay.error(), Contains(events));
}

namespace {
// Three lines: a river-like polyline, a two-part line, and a route across the map's cut meridian
// (longitude 74.5 - 180 = -105.5), which must be drawn as two pieces, not across the whole map.
const char* kLines = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"LineString","coordinates":[[73.0,41.5],[74.0,41.6],[75.0,41.4],[76.0,41.5]]}},
{"type":"Feature","properties":{"name":"b"},"geometry":{"type":"MultiLineString","coordinates":[[[72.0,40.0],[73.0,40.5]],[[73.5,40.5],[74.5,40.0]]]}},
{"type":"Feature","properties":{"name":"c"},"geometry":{"type":"LineString","coordinates":[[-110.0,40.0],[-100.0,40.0]]}}]})";
}  // namespace

TEST_CASE("a file of lines is drawn over the map as lines, cut at the map's edge", "[overlay][lines]") {
  const std::string dir = test::scratchDir("overlay-lines");
  test::writeFile(dir + "/rivers.geojson", kLines);
  const auto lines = shapesIn(dir + "/rivers.geojson");
  REQUIRE(lines);
  CHECK(*lines == LayerShapes::Lines);
  CHECK(*shapesIn(test::bundledPath()) == LayerShapes::Polygons);
  CHECK(*shapesIn(CatalogPaths::bundled().events) == LayerShapes::Other);

  const auto overlay = readOverlay(dir + "/rivers.geojson", Projection());
  REQUIRE(overlay);
  CHECK(overlay->rings.empty());
  CHECK(overlay->shapes() == 3);
  REQUIRE(overlay->lines.size() == 5);  // a, the two parts of b, and c in two pieces
  CHECK(overlay->lines[0].size() == 4);
  // No piece of c reaches across the cut: each stays on its own side of the map.
  const Projection projection;
  const double west = projection.forward({40, -110}).x, east = projection.forward({40, -100}).x;
  for (std::size_t i = 3; i < 5; ++i) {
    Bounds piece;
    for (const MapPoint& p : overlay->lines[i]) piece.add(p);
    CHECK(piece.width() < std::abs(east - west));
  }
  CHECK(overlay->coarseLines.size() == overlay->lines.size());
  CHECK(overlay->bounds.contains(projection.forward({41.5, 73.0})));
}

TEST_CASE("a line file with no usable line says so, naming the file", "[overlay][lines]") {
  const std::string dir = test::scratchDir("overlay-lines-bad");
  test::writeFile(dir + "/broken.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[73.0,141.5],[74.0,141.6]]}}]})");
  const auto overlay = readOverlay(dir + "/broken.geojson", Projection());
  REQUIRE_FALSE(overlay);
  CHECK_THAT(overlay.error(), Contains(dir + "/broken.geojson") && Contains("no usable lines"));
}

TEST_CASE("the overlay feature under a point: a line within reach, else a polygon outside its holes", "[overlay][hit]") {
  const std::string dir = test::scratchDir("overlay-hit");
  test::writeFile(dir + "/areas.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Ring with a hole"},"geometry":{"type":"Polygon","coordinates":[[[73,40],[75,40],[75,42],[73,42],[73,40]],[[73.5,40.5],[74.5,40.5],[74.5,41.5],[73.5,41.5],[73.5,40.5]]]}},
{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[76,40],[77,40],[77,41],[76,41],[76,40]]]}}]})");
  test::writeFile(dir + "/road.geojson", R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Road"},"geometry":{"type":"LineString","coordinates":[[73,43],[76,43]]}}]})");
  const Projection projection;
  const auto areas = readOverlay(dir + "/areas.geojson", projection);
  REQUIRE(areas);
  REQUIRE(areas->names.size() == 2);
  CHECK(areas->names[0] == "Ring with a hole");
  CHECK(areas->names[1].empty());
  CHECK(overlayShapeAt(*areas, projection.forward({40.2, 73.2}), 10) == 0);  // in the ring
  CHECK(overlayShapeAt(*areas, projection.forward({41.0, 74.0}), 10) == -1);  // in the hole
  CHECK(overlayShapeAt(*areas, projection.forward({40.5, 76.5}), 10) == 1);
  CHECK(overlayShapeAt(*areas, projection.forward({40.5, 75.5}), 10) == -1);  // between them
  CHECK(overlayShapeAt(*areas, {std::nan(""), 0}, 10) == -1);

  const auto road = readOverlay(dir + "/road.geojson", projection);
  REQUIRE(road);
  REQUIRE(road->names.size() == 1);
  CHECK(road->names[0] == "Road");
  // Midway along a drawn segment: a long edge is divided every degree, so the line follows its
  // parallel's curve on the map; between two of its points it is straight.
  const MapPoint west = projection.forward({43.0, 74.0}), east = projection.forward({43.0, 75.0});
  const MapPoint on{(west.x + east.x) / 2, (west.y + east.y) / 2};
  CHECK(overlayShapeAt(*road, on, 10) == 0);
  CHECK(overlayShapeAt(*road, {on.x, on.y + 500}, 1000) == 0);  // within reach
  CHECK(overlayShapeAt(*road, {on.x, on.y + 5000}, 1000) == -1);
}
