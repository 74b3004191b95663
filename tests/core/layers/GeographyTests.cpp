// The lesson geography of the bundled GeoPackage (BoundaryLoader's water, rivers and landmarks,
// built by tools/make_geodata.sh): each named lake, river and peak lies where the project's
// gazetteer says, and the layers come through the boundary cache whole.
#include <catch2/catch.hpp>

#include <cmath>
#include <set>
#include <stdexcept>
#include <string>

#include "core/geo/Geodesy.h"
#include "core/geo/Projection.h"
#include "core/geometry/HitTester.h"
#include "core/layers/BoundaryCache.h"
#include "support/TestData.h"

using namespace kg;

namespace {

const Feature& named(const std::vector<Feature>& features, const std::string& name) {
  for (const Feature& f : features)
    if (f.nameEn == name) return f;
  FAIL("no feature named " << name);
  throw std::logic_error("unreachable");
}

const Landmark& landmark(const std::string& id) {
  for (const Landmark& l : test::bundled().landmarks)
    if (l.id == id) return l;
  FAIL("no landmark " << id);
  throw std::logic_error("unreachable");
}

// The region or neighbouring country (by code) a map point lies in; "" for none.
std::string whereIs(MapPoint p) {
  const BoundaryData& data = test::bundled();
  for (const Feature& f : data.regions)
    if (featureContains(f, p)) return f.iso;
  for (const Feature& f : data.context)
    if (featureContains(f, p)) return f.iso;
  return "";
}

// Every region and country a river's course passes through.
std::set<std::string> courseThrough(const Feature& river) {
  std::set<std::string> crossed;
  for (const Polygon& line : river.polygons)
    for (const MapPoint& p : line.rings.front()) crossed.insert(whereIs(p));
  crossed.erase("");
  return crossed;
}

double nearestKm(const Feature& river, GeoPoint g) {
  const MapPoint p = Projection().forward(g);
  double best = INFINITY;
  for (const Polygon& line : river.polygons)
    for (const MapPoint& q : line.rings.front())
      best = std::min(best, geodesicDistanceMetres(Projection().inverse(q), Projection().inverse(p)) / 1000);
  return best;
}

}  // namespace

TEST_CASE("the lakes are drawn where the gazetteer puts them: Issyk-Kul in Ysyk-Kol region at its size, "
          "Song-Kul and Chatyr-Kul in Naryn region",
          "[geography]") {
  const BoundaryData& data = test::bundled();
  const Feature& issykKul = named(data.water, "Issyk-Kul");
  CHECK(whereIs(issykKul.bounds.centre()) == "KG-Y");
  // ~6,236 km² (gazetteer); GSHHG's high-resolution shore gives it within a few per cent.
  CHECK(geodesicAreaKm2(issykKul, Projection()) == Approx(6236).epsilon(0.05));
  CHECK(issykKul.nameRu == "Иссык-Куль");
  CHECK(issykKul.nameKy == "Ысык-Көл");
  CHECK(whereIs(named(data.water, "Song-Kul").bounds.centre()) == "KG-N");
  CHECK(whereIs(named(data.water, "Chatyr-Kul").bounds.centre()) == "KG-N");
  // Chatyr-Kul is "near the Chinese border": within 20 km of China.
  const GeoPoint chatyr = Projection().inverse(named(data.water, "Chatyr-Kul").bounds.centre());
  CHECK(whereIs(Projection().forward({chatyr.lat - 0.15, chatyr.lon})) == "CN");
}

TEST_CASE("the rivers run where the gazetteer says: the Naryn through Naryn and Jalal-Abad into Uzbekistan, "
          "the Chu past Bishkek along Kazakhstan, the Talas from Talas into Kazakhstan",
          "[geography]") {
  const BoundaryData& data = test::bundled();
  const auto naryn = courseThrough(named(data.rivers, "Naryn"));
  CHECK(naryn.count("KG-N") == 1);
  CHECK(naryn.count("KG-J") == 1);
  CHECK(naryn.count("UZ") == 1);
  CHECK(nearestKm(named(data.rivers, "Naryn"), landmark("naryn").where) < 3);  // the town on its banks
  const Feature& chu = named(data.rivers, "Chu");
  CHECK(courseThrough(chu).count("KZ") == 1);
  CHECK(nearestKm(chu, landmark("bishkek").where) < 25);  // it runs some 20 km north of the centre
  CHECK(chu.nameKy == "Чүй");
  const auto talas = courseThrough(named(data.rivers, "Talas"));
  CHECK(talas.count("KG-T") == 1);
  CHECK(talas.count("KZ") == 1);
  // The Toktogul Reservoir, marked by a point: on the Naryn, in Jalal-Abad region.
  const Landmark& toktogul = landmark("toktogul-reservoir");
  CHECK(whereIs(toktogul.at) == "KG-J");
  CHECK(nearestKm(named(data.rivers, "Naryn"), toktogul.where) < 5);
}

TEST_CASE("the peaks stand at the gazetteer's coordinates and the capital is marked", "[geography]") {
  const Landmark& pobeda = landmark("jengish-chokusu");
  CHECK(pobeda.where.lat == Approx(42.035));
  CHECK(pobeda.where.lon == Approx(80.126));
  CHECK(pobeda.elevationM == 7439);
  CHECK(pobeda.nameRu == "пик Победы");
  const Landmark& lenin = landmark("lenin-peak");
  CHECK(lenin.where.lat == Approx(39.343));
  CHECK(lenin.where.lon == Approx(72.877));
  CHECK(lenin.elevationM == 7134);
  const Landmark& bishkek = landmark("bishkek");
  CHECK(bishkek.type == "capital");
  CHECK(whereIs(bishkek.at) == "KG-GB");
  CHECK(bishkek.population > 500000);
  CHECK(landmark("karakol").nameKy == "Каракол");
  CHECK(whereIs(landmark("karakol").at) == "KG-Y");
  int capitals = 0;
  for (const Landmark& l : test::bundled().landmarks) capitals += l.type == "capital";
  CHECK(capitals == 1);
}

TEST_CASE("water, rivers and landmarks come back whole from the boundary cache", "[geography][cache]") {
  const BoundaryData& data = test::bundled();
  const ContentKey key{1, 2};
  auto decoded = decodeBoundaryCache(encodeBoundaryCache(data, key), key, data.path);
  REQUIRE(decoded);
  REQUIRE(decoded->water.size() == data.water.size());
  REQUIRE(decoded->rivers.size() == data.rivers.size());
  REQUIRE(decoded->landmarks.size() == data.landmarks.size());
  CHECK(decoded->water[0].nameKy == data.water[0].nameKy);
  CHECK(decoded->landmarks.back().elevationM == data.landmarks.back().elevationM);
  CHECK(decoded->landmarks[0].at.x == data.landmarks[0].at.x);
  CHECK(decoded->landmarks[0].population == data.landmarks[0].population);
}
