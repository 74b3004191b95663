#include <catch2/catch.hpp>

#include <cmath>

#include "core/layers/CrsProjection.h"

using namespace kg;

TEST_CASE("a projected CRS is the map's projection, longitude first and x east", "[projection][crs]") {
  const auto mercator = projectionNamed("EPSG:3857", "test");
  REQUIRE(mercator);
  const MapPoint m = mercator->forward({0, 179.999999});
  CHECK(m.x == Approx(20037508.34).margin(1));
  CHECK(m.y == Approx(0).margin(1e-6));
  CHECK(mercator->edge().maxLat == Approx(85));
  CHECK(std::isnan(mercator->forward({89.9, 0}).x));  // beyond the map's latitudes
  const GeoPoint back = mercator->inverse(mercator->forward({42.877, 74.603}));
  CHECK(back.lat == Approx(42.877).margin(1e-8));
  CHECK(back.lon == Approx(74.603).margin(1e-8));
}

TEST_CASE("a polar stereographic CRS is a map centred on its pole, not cut", "[projection][crs]") {
  const auto antarctic = projectionNamed("EPSG:3031", "test");
  REQUIRE(antarctic);
  CHECK(antarctic->edge().pole == -1);
  const MapPoint pole = antarctic->forward({-90, 0});
  CHECK(pole.x == Approx(0).margin(1e-3));
  CHECK(pole.y == Approx(0).margin(1e-3));
  const MapPoint greenwich = antarctic->forward({-71, 0});  // straight up from the pole in EPSG:3031
  CHECK(greenwich.x == Approx(0).margin(1e-3));
  CHECK(greenwich.y > 1e6);
  const MapPoint east = antarctic->forward({-71, 90});
  CHECK(east.x > 1e6);
  CHECK(antarctic->name().find("Antarctic Polar Stereographic") != std::string::npos);
}

TEST_CASE("a CRS's central meridian is where its map is cut opposite", "[projection][crs]") {
  const auto pacific = projectionNamed("EPSG:3832", "test");  // Mercator centred on 150 E
  REQUIRE(pacific);
  CHECK(pacific->edge().centreLon == Approx(150));
  CHECK(pacific->cutLongitude() == Approx(-30));
  const auto robinson = projectionNamed("ESRI:54030", "test");
  REQUIRE(robinson);
  CHECK(robinson->edge().centreLon == Approx(0));
  CHECK(robinson->edge().pole == 0);
  const auto utm = projectionNamed("EPSG:32613", "test");  // UTM 13N: 105 W
  REQUIRE(utm);
  CHECK(utm->edge().centreLon == Approx(-105));
  CHECK(utm->edge().halfWidth == Approx(60));
  CHECK(std::isnan(utm->forward({42.877, 74.603}).x));  // Bishkek is not on a map of Colorado
}

TEST_CASE("a PROJ string is used as PROJ reads it, and text that is no projection is refused", "[projection][crs][bad-input]") {
  const Projection kyrgyz;
  const auto named = projectionNamed(kyrgyz.definition(), "the file's KGATLAS_PROJECTION");
  REQUIRE(named);
  CHECK(*named == kyrgyz);
  const MapPoint a = named->forward({42.877, 74.603}), b = kyrgyz.forward({42.877, 74.603});
  CHECK(a.x == b.x);
  CHECK(a.y == b.y);
  for (const char* bad : {"", "EPSG:4326", "+proj=longlat +datum=WGS84", "not a crs", "EPSG:999999"}) {
    INFO(bad);
    const auto refused = projectionNamed(bad, "x.gpkg: its KGATLAS_PROJECTION");
    REQUIRE_FALSE(refused);
    CHECK(refused.error().rfind("x.gpkg: its KGATLAS_PROJECTION", 0) == 0);
  }
}
