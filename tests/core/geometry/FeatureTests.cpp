#include <catch2/catch.hpp>

#include "core/geometry/Feature.h"

using namespace kg;

TEST_CASE("a name missing in one language falls back to English, then to the code", "[names]") {
  Feature f;
  f.iso = "XX-1";
  f.nameEn = "Somewhere";
  CHECK(f.name(Language::English) == "Somewhere");
  CHECK(f.name(Language::Russian) == "Somewhere");
  CHECK(f.name(Language::Kyrgyz) == "Somewhere");
  f.nameRu = "Где-то";
  CHECK(f.name(Language::Russian) == "Где-то");
  CHECK(f.name(Language::Kyrgyz) == "Somewhere");
  f.nameKy = "Бир жерде";
  CHECK(f.name(Language::Kyrgyz) == "Бир жерде");
  CHECK(f.name(Language::English) == "Somewhere");
  Feature unnamed;
  unnamed.iso = "XX-2";
  CHECK(unnamed.name(Language::English) == "XX-2");
  CHECK(unnamed.name(Language::Russian) == "XX-2");
}
