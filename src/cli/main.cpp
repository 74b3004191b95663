// kgatlas: parse the command line, load the data, then either print (--list-events,
// --print-passages: no window, no display), write a screenshot, run the benchmark, or open the
// window. Every failure is one line on stderr and a non-zero exit.
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>

#include "app/App.h"
#include "cli/Benchmark.h"
#include "cli/CommandLine.h"
#include "cli/Listing.h"
#include "cli/Screenshot.h"
#include "cli/StateDump.h"
#include "core/events/EventCatalog.h"
#include "core/io/Resources.h"
#include "core/layers/BoundaryLoader.h"

namespace {

int fail(int status, const std::string& message) {
  std::fprintf(stderr, "kgatlas: %s\n", message.c_str());
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  auto options = kg::parseCommandLine(argc, argv);
  if (!options) return fail(2, options.error());
  if (options->help) {
    std::fputs(kg::usageText().c_str(), stdout);
    return 0;
  }
  if (options->version) {
    std::printf("kgatlas %s\n", KGATLAS_VERSION);
    return 0;
  }
  std::optional<kg::StateDump> dump;
  if (!options->dumpState.empty()) {
    auto opened = kg::StateDump::open(options->dumpState);
    if (!opened) return fail(2, opened.error());
    dump = std::move(*opened);
  }

  const std::string path = options->boundaries.empty() ? kg::bundledBoundaries() : options->boundaries;
  auto data = kg::loadBoundaries(path, kg::Projection());
  if (!data) return fail(1, data.error());
  for (const std::string& warning : data->warnings) std::fprintf(stderr, "kgatlas: warning: %s\n", warning.c_str());

  kg::CatalogPaths paths = kg::CatalogPaths::bundled();
  if (!options->events.empty()) paths.events = options->events;
  kg::Catalog catalog = kg::loadCatalog(paths, *data, kg::Projection());
  for (const std::string& problem : catalog.problems) std::fprintf(stderr, "kgatlas: warning: %s\n", problem.c_str());
  for (const std::string* id : {&options->event, &options->printPassages})
    if (!id->empty() && !catalog.findEvent(*id))
      return fail(2, "unknown event '" + *id + "'; known events: " + catalog.knownEventIds());
  if (!options->select.empty() && data->findRegion(options->select) < 0) {
    std::string known;
    for (const kg::Feature& f : data->regions) known += (known.empty() ? "" : ", ") + f.iso;
    return fail(2, "unknown region '" + options->select + "'; known: " + known);
  }
  if (options->listEvents) {
    kg::listEvents(catalog, stdout);
    return 0;
  }
  if (!options->printPassages.empty()) {
    kg::printPassages(catalog, options->printPassages, stdout);
    return 0;
  }
  const double loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  kg::WindowOptions window;
  window.width = options->width;
  window.height = options->height;
  window.font = options->font;
  window.language = options->language;
  window.hidden = !options->screenshot.empty();
  window.vsync = !options->benchmark;
  auto app = kg::App::create(window, std::move(*data), std::move(catalog));
  if (!app) return fail(1, app.error());
  kg::App& viewer = **app;
  if (dump) viewer.setFrameObserver([&dump](const kg::AppState& s, const kg::MapData& d) { dump->write(s, d); });
  // Start-up selections run once the first view is framed.
  if (!options->select.empty()) viewer.commands().post(kg::command::SelectRegion{options->select});
  if (!options->event.empty()) viewer.commands().post(kg::command::SelectEvent{options->event, kg::Motion::Jump});

  if (!options->screenshot.empty()) {
    auto written = kg::writeScreenshot(viewer, options->screenshot, options->width, options->height);
    return written ? 0 : fail(1, written.error());
  }
  if (options->benchmark) return kg::runBenchmark(viewer, options->width, options->height, loadSeconds);
  return viewer.run();
}
