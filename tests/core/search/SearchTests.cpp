// Finding regions, events and places by name (core/search/Search).
#include <catch2/catch.hpp>

#include "core/geo/Projection.h"
#include "core/search/Search.h"
#include "support/TestData.h"

using namespace kg;

namespace {

const SearchIndex& bundledIndex() {
  static const SearchIndex index = [] {
    const Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
    return buildSearchIndex(test::bundled(), catalog);
  }();
  return index;
}

std::string first(std::string_view query) {
  const auto hits = bundledIndex().find(query);
  if (hits.empty()) return "";
  const SearchEntry& e = bundledIndex().entries()[hits[0].entry];
  return e.kind + " " + e.id;
}

}  // namespace

std::vector<std::string> top(std::string_view query, std::size_t count) {
  std::vector<std::string> found;
  for (const SearchHit& h : bundledIndex().find(query, count))
    found.push_back(bundledIndex().entries()[h.entry].kind + " " + bundledIndex().entries()[h.entry].id);
  return found;
}

TEST_CASE("a region is found by any of its names, in either script, whole or begun", "[search]") {
  CHECK(first("Иссык-Кульская область") == "region KG-Y");
  CHECK(first("Ysyk-Köl Region") == "region KG-Y");
  CHECK(first("Нарынская") == "region KG-N");
  CHECK(first("jalal") == "region KG-J");
  CHECK(first("KG-GB") == "region KG-GB");
  CHECK(first("Bishkek city") == "region KG-GB");
}

TEST_CASE("the lesson geography is found: the lake before the region named after it, rivers, towns, peaks and neighbours",
          "[search][geography]") {
  // Issyk-Kul = Ysyk-Köl = Иссык-Куль = Ысык-Көл: the lake first, its region next.
  for (const char* spelling : {"Issyk-Kul", "Ysyk-Köl", "Иссык-Куль", "Ысык-Көл", "issyk kul"}) {
    INFO(spelling);
    CHECK(top(spelling, 2) == std::vector<std::string>{"lake issyk-kul", "region KG-Y"});
  }
  const auto naryn = top("Нарын", 3);
  CHECK(naryn == std::vector<std::string>{"river naryn", "town naryn", "region KG-N"});
  CHECK(top("Bishkek", 2) == std::vector<std::string>{"capital bishkek", "region KG-GB"});
  CHECK(first("Каракол") == "town karakol");
  CHECK(first("Өзгөн") == "town uzgen");
  CHECK(first("пик Победы") == "peak jengish-chokusu");
  CHECK(first("Lenin Peak") == "peak lenin-peak");
  CHECK(first("Соң-Көл") == "lake song-kul");
  CHECK(first("Токтогульское водохранилище") == "reservoir toktogul-reservoir");
  CHECK(first("Чүй") == "river chu");
  CHECK(first("Казахстан") == "country KZ");
}

TEST_CASE("events and places are found by title, place and id, and 'osh' finds the region and the event",
          "[search]") {
  const auto hits = bundledIndex().find("osh");
  std::vector<std::string> kinds;
  for (const SearchHit& h : hits) kinds.push_back(bundledIndex().entries()[h.entry].kind + " " + bundledIndex().entries()[h.entry].id);
  CHECK(std::find(kinds.begin(), kinds.end(), "region KG-O") != kinds.end());
  CHECK(std::find(kinds.begin(), kinds.end(), "event osh") != kinds.end());
  CHECK(first("white house") == "event bishkek-white-house");
  CHECK(first("Kara-Keche") != "");
}

TEST_CASE("a letter wrong in a longer name still finds it, and nonsense finds nothing", "[search]") {
  CHECK(first("Jalal-Abd") == "region KG-J");
  CHECK(first("Batkne") == "region KG-B");
  CHECK(bundledIndex().find("qqqqzzzz").empty());
  CHECK(bundledIndex().find("").empty());
  CHECK(bundledIndex().find("osh", 1).size() == 1);
}
