// kgatlas: parse the command line, load the boundaries, then open the window (or write a
// screenshot, or run the benchmark). Every failure is one line on stderr and a non-zero exit.
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>

#include "app/App.h"
#include "app/CommandLine.h"
#include "core/layers/BoundaryLoader.h"
#include "core/events/EventCatalog.h"
#include "core/io/Resources.h"

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

  if (!options->dumpState.empty()) {
    // Only ever replace a state file this program wrote: never someone's other file.
    std::ifstream existing(options->dumpState);
    std::string start(12, '\0');
    if (existing && (!existing.read(start.data(), 12) || start != "{\"selected\":")) {
      std::fprintf(stderr, "kgatlas: %s: exists and is not a kgatlas state file; not overwriting it\n",
                   options->dumpState.c_str());
      return 2;
    }
  }

  const std::string path = options->boundaries.empty() ? kg::bundledBoundaries() : options->boundaries;
  auto data = kg::loadBoundaries(path, kg::Projection());
  if (!data) {
    std::fprintf(stderr, "kgatlas: %s\n", data.error().c_str());
    return 1;
  }
  for (const std::string& warning : data->warnings) std::fprintf(stderr, "kgatlas: warning: %s\n", warning.c_str());

  kg::CatalogPaths paths = kg::CatalogPaths::bundled();
  if (!options->events.empty()) paths.events = options->events;
  kg::Catalog catalog = kg::loadCatalog(paths, *data, kg::Projection());
  for (const std::string& problem : catalog.problems) std::fprintf(stderr, "kgatlas: warning: %s\n", problem.c_str());
  for (const std::string* id : {&options->event, &options->printPassages}) {
    if (!id->empty() && !catalog.findEvent(*id)) {
      std::fprintf(stderr, "kgatlas: unknown event '%s'; known events: %s\n", id->c_str(), catalog.knownEventIds().c_str());
      return 2;
    }
  }
  if (options->listEvents) {
    for (const kg::Event& e : catalog.events)
      std::printf("%s\t%s\t%.4f\t%.4f\t%s\t%s\n", e.id.c_str(), e.date.c_str(), e.point.lat, e.point.lon,
                  e.regionIso.c_str(), e.title.c_str());
    return 0;
  }
  if (!options->printPassages.empty()) {
    for (const kg::Passage* p : catalog.passagesForEvent(options->printPassages)) {
      std::printf("%s\n— %s\n", p->text.c_str(), catalog.sourceLine(*p).c_str());
      if (const std::string note = catalog.versionNote(*p); !note.empty()) std::printf("  (%s)\n", note.c_str());
      std::printf("\n");
    }
    return 0;
  }
  const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  auto app = kg::App::create(*options, std::move(*data), std::move(catalog));
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
