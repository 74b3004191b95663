#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/events/IdIndex.h"

using namespace kg;

TEST_CASE("the id index finds each of 100,000 ids where std::unordered_map does, and no other", "[ids]") {
  std::mt19937 random(3);
  std::vector<std::string> ids;
  std::unordered_map<std::string, int> expected;
  for (int i = 0; i < 100000; ++i) {
    ids.push_back("KGZ" + std::to_string(random() % 60000));  // about a third repeat an earlier id
    expected.emplace(ids.back(), i);                           // keeps the first, as the index must
  }
  auto idOf = [&](int i) -> const std::string& { return ids[static_cast<std::size_t>(i)]; };
  IdIndex index;
  index.build(ids.size(), idOf);
  CHECK(index.size() == expected.size());
  for (const auto& [id, at] : expected) REQUIRE(index.find(id, idOf) == at);
  CHECK(index.find("KGZ60000", idOf) == -1);
  CHECK(index.find("", idOf) == -1);
  CHECK(index.find("KGZ1 ", idOf) == -1);
}

TEST_CASE("the id index adds an id once, growing as it goes", "[ids]") {
  std::vector<std::string> ids;
  auto idOf = [&](int i) -> const std::string& { return ids[static_cast<std::size_t>(i)]; };
  IdIndex index;
  CHECK(index.find("a", idOf) == -1);  // empty: nothing, no crash
  for (int i = 0; i < 1000; ++i) {
    ids.push_back("id" + std::to_string(i));
    REQUIRE(index.insert(ids.back(), i, idOf));
  }
  ids.push_back("id7");
  CHECK_FALSE(index.insert(ids.back(), 1000, idOf));
  CHECK(index.find("id7", idOf) == 7);
  CHECK(index.find("id999", idOf) == 999);
  CHECK(index.size() == 1000);
  index.clear();
  CHECK(index.find("id7", idOf) == -1);
}
