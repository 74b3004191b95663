#include <catch2/catch.hpp>

#include "core/geo/GeoText.h"

using namespace kg;

TEST_CASE("coordinates read latitude first, then longitude, each with its hemisphere", "[geo]") {
  CHECK(latLonText({41.43, 75.99}) == "41.4300° N   75.9900° E");
  CHECK(latLonText({-33.86882, -70.66931}) == "33.8688° S   70.6693° W");
  CHECK(latLonText({0, 0}) == "0.0000° N   0.0000° E");
}
