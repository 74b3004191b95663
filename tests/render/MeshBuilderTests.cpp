// Levels of detail built when a view asks for them (render/MeshBuilder), on worker threads.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

#include "render/MeshBuilder.h"
#include "support/TestData.h"

using namespace kg;

TEST_CASE("the mesh builder makes the coarsest level at once and a finer one only when asked", "[render][lod]") {
  const BoundaryData& data = test::bundled();
  MeshBuilder builder(data);
  builder.waitFor(kLevelCount - 1);
  // Time enough for idle workers to build anything nobody asked for, which they must not.
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(builder.finishedCount() == 1);
  CHECK_FALSE(builder.finished(0));
  CHECK_FALSE(builder.allFinished());

  builder.request(0);
  builder.request(0);  // asking twice builds it once
  builder.waitFor(0);
  CHECK(builder.finished(0));
  CHECK(builder.finishedCount() == 2);
  const auto taken = builder.takeFinished();
  REQUIRE(taken.size() == 2);
  for (const auto& [index, level] : taken) {
    CHECK((index == 0 || index == kLevelCount - 1));
    CHECK(!level.vertices.empty());
    CHECK(level.regions.size() == data.regions.size());
  }
  CHECK(builder.takeFinished().empty());  // each level is handed over once

  builder.waitForAll();
  CHECK(builder.allFinished());
  CHECK(builder.takeFinished().size() == kLevelCount - 2);
}

TEST_CASE("a coarsest level built while loading is handed over as it is, not built again", "[render][lod]") {
  const BoundaryData& data = test::bundled();
  MeshLevel built = buildCoarsestLevel(data);
  // The same level a builder makes for itself: same colours, same origin.
  MeshBuilder own(data, 1);
  own.waitFor(kLevelCount - 1);
  const auto ownTaken = own.takeFinished();
  REQUIRE(ownTaken.size() == 1);
  const MeshLevel& reference = ownTaken[0].second;
  REQUIRE(built.vertices.size() == reference.vertices.size());
  CHECK(std::equal(built.vertices.begin(), built.vertices.end(), reference.vertices.begin(),
                   [](const FillVertex& a, const FillVertex& b) {
                     return a.x == b.x && a.y == b.y && a.r == b.r && a.g == b.g && a.b == b.b && a.a == b.a;
                   }));
  CHECK(built.indices == reference.indices);

  // A marked copy shows which one comes back.
  built.tolerance = -1;
  MeshBuilder builder(data, 1, std::move(built));
  CHECK(builder.finished(kLevelCount - 1));
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // a worker building it again would show
  const auto taken = builder.takeFinished();
  REQUIRE(taken.size() == 1);
  CHECK(taken[0].first == kLevelCount - 1);
  CHECK(taken[0].second.tolerance == -1);
  CHECK(builder.finishedCount() == 1);
  builder.waitFor(0);  // finer levels are still built on request
  CHECK(builder.finishedCount() == 2);
}
