#pragma once
// --benchmark: load-to-first-frame, then 300 frames panning across the data set, printed as
// figures (median and 95th-percentile frame time, peak memory, detail levels).
#include <chrono>

#include "app/App.h"

namespace kg {

struct StartupTimes {
  std::chrono::steady_clock::time_point started;  // the process's main()
  double loadSeconds = 0;                         // reading the data (on its own thread)
  double windowSeconds = 0;                       // the window and renderer, made meanwhile
};

int runBenchmark(App& app, int width, int height, const StartupTimes& startup);

}  // namespace kg
