// kgatlas: parse the command line, load the boundaries, then open the window (or write a
// screenshot, or run the benchmark). Every failure is one line on stderr and a non-zero exit.
#include <chrono>
#include <cstdio>

#include "app/App.h"
#include "app/CommandLine.h"
#include "core/BoundaryLoader.h"
#include "core/Resources.h"

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  auto options = kg::parseCommandLine(argc, argv);
  if (!options) {
    std::fprintf(stderr, "kgatlas: %s\n", options.error().c_str());
    return 2;
  }
  if (options->help) {
    std::fputs(kg::usageText().c_str(), stdout);
    return 0;
  }
  if (options->version) {
    std::printf("kgatlas %s\n", KGATLAS_VERSION);
    return 0;
  }

  const std::string path = options->boundaries.empty() ? kg::bundledBoundaries() : options->boundaries;
  auto data = kg::loadBoundaries(path, kg::Projection());
  if (!data) {
    std::fprintf(stderr, "kgatlas: %s\n", data.error().c_str());
    return 1;
  }
  for (const std::string& warning : data->warnings) std::fprintf(stderr, "kgatlas: warning: %s\n", warning.c_str());
  const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  auto app = kg::App::create(*options, std::move(*data));
  if (!app) {
    std::fprintf(stderr, "kgatlas: %s\n", app.error().c_str());
    return 1;
  }
  if (!options->screenshot.empty()) {
    auto written = (*app)->screenshot(options->screenshot);
    if (!written) {
      std::fprintf(stderr, "kgatlas: %s\n", written.error().c_str());
      return 1;
    }
    return 0;
  }
  if (options->benchmark) return (*app)->benchmark(loadSeconds);
  return (*app)->run();
}
