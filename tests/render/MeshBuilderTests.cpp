// Levels of detail built when a view asks for them (render/MeshBuilder), on worker threads.
#include <catch2/catch.hpp>

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
