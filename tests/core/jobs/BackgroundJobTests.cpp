// Background work with progress and cancel, without a window.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <cmath>
#include <thread>

#include "core/jobs/BackgroundJob.h"

using namespace kg;

TEST_CASE("a background job hands back its whole value when ready", "[jobs]") {
  std::atomic<bool> release{false};
  BackgroundJob<int> job([&](Progress& progress) {
    progress.setStage("counting", 0.5);
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return 42;
  });
  for (int i = 0; i < 1000 && job.progress().snapshot().stage.empty(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  CHECK_FALSE(job.ready());
  CHECK(job.progress().snapshot().stage == "counting");
  CHECK(job.progress().snapshot().fraction == 0.5);
  release = true;
  job.wait();
  CHECK(job.ready());
  CHECK(job.take() == 42);
}

TEST_CASE("destroying a job under way cancels it and waits for it", "[jobs]") {
  std::atomic<bool> sawCancel{false};
  {
    BackgroundJob<int> job([&](Progress& progress) {
      while (!progress.cancelled()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
      sawCancel = true;
      return 0;
    });
  }
  CHECK(sawCancel);
}

TEST_CASE("progress keeps fractions between 0 and 1, or unknown", "[jobs]") {
  Progress p;
  p.setStage("reading", 1.7);
  CHECK(p.snapshot().fraction == 1.0);
  p.setFraction(std::nan(""));
  CHECK(p.snapshot().fraction == -1);
  p.setFraction(-3);
  CHECK(p.snapshot().fraction == -1);
  CHECK_FALSE(p.cancelled());
  p.cancel();
  CHECK(p.cancelled());
}
