#pragma once
// --benchmark: load-to-first-frame, then 300 frames panning across the data set, printed as
// figures (median and 95th-percentile frame time, peak memory, detail levels).
#include "app/App.h"

namespace kg {

int runBenchmark(App& app, int width, int height, double loadSeconds);

}  // namespace kg
