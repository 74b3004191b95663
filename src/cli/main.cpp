// kgatlas: parse the command line, then either print (--list-events, --print-passages: no
// window, no display), write a screenshot, run the benchmark, or open the window at once and
// load the data in the background. Every failure is one line on stderr and a non-zero exit;
// in the window, a file that cannot be opened is shown there and the window stays.
#include <chrono>
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <thread>

#include "app/App.h"
#include "app/Translate.h"
#include "core/settings/Settings.h"
#include "app/MapLoading.h"
#include "cli/Benchmark.h"
#include "cli/CommandLine.h"
#include "cli/Listing.h"
#include "cli/Screenshot.h"
#include "cli/StateDump.h"
#include "core/briefing/Briefing.h"
#include "core/export/EventExport.h"
#include "core/search/Search.h"
#include "core/export/GeoTiffExport.h"
#include "core/export/KmlExport.h"
#include "app/panels/MapOverlay.h"
#include "core/io/ProcessMemory.h"
#include "core/layers/BoundaryCache.h"
#include "core/io/Resources.h"

namespace {

int fail(int status, const std::string& message) {
  std::fprintf(stderr, "kgatlas: %s\n", message.c_str());
  return status;
}

// Scripted work done and its output written: the process ends without freeing the loaded data
// item by item (a million events take seconds to free; the system takes the memory back at
// once). Sanitizer builds tear everything down, so that their leak check sees all of it.
int endScripted(int status) {
#if !defined(KGATLAS_FULL_TEARDOWN)
  std::fflush(nullptr);
  std::_Exit(status);
#endif
  return status;
}

void printWarnings(const kg::BoundaryData& boundaries, const kg::Catalog& catalog) {
  for (const std::string& warning : boundaries.warnings) std::fprintf(stderr, "kgatlas: warning: %s\n", warning.c_str());
  for (const std::string& problem : catalog.problems)
    std::fprintf(stderr, "kgatlas: warning: %s\n", problem.c_str());
}

// --kind names the kinds to show; the filter holds those to hide, of the kinds in the data.
std::vector<std::string> hiddenKinds(const kg::Options& options, const kg::Catalog& catalog) {
  std::vector<std::string> hidden;
  if (options.kinds.empty()) return hidden;
  for (const std::string& kind : catalog.kindsInUse())
    if (std::find(options.kinds.begin(), options.kinds.end(), kind) == options.kinds.end()) hidden.push_back(kind);
  return hidden;
}

// The ids the command line names, checked against the data: "" when all are known.
std::string unknownIds(const kg::Options& options, const kg::BoundaryData& boundaries, const kg::Catalog& catalog) {
  for (const std::string* id : {&options.event, &options.printPassages}) {
    if (id->empty()) continue;
    const kg::Event* event = catalog.findEvent(*id);
    if (!event) return "unknown event '" + *id + "'; known events: " + catalog.knownEventIds();
    if (!options.time.contains(event->days))
      return "event '" + *id + "' (" + event->dateLabel + ") is outside --time " + options.time.text();
    kg::EventFilter filter;
    filter.text = options.words;
    filter.actor = options.actor;
    filter.region = options.region;
    filter.hiddenKinds = hiddenKinds(options, catalog);
    if (!filter.matches(*event))
      return "event '" + *id + "' is not among the events --kind, --search, --actor and --region leave shown";
  }
  const std::vector<std::string> regions = kg::regionIds(boundaries);
  for (const std::string* region : {&options.select, &options.region}) {
    if (region->empty() || std::find(regions.begin(), regions.end(), *region) != regions.end()) continue;
    std::string known;
    for (const std::string& id : regions) known += (known.empty() ? "" : ", ") + id;
    return "unknown region '" + *region + "'; known: " + known;
  }
  const std::vector<std::string> kinds = catalog.kindsInUse();
  for (const std::string& kind : options.kinds) {
    if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) continue;
    std::string known;
    for (const std::string& k : kinds) known += (known.empty() ? "" : ", ") + k;
    return "no events of kind '" + kind + "'; the kinds are: " + known;
  }
  return "";
}

// Start-up selections run once the first view of the data is framed. The briefing opens then,
// with what it names that the data lacks among the problems, and --slide presents its slide.
void postStartupSelection(const kg::Options& options, const std::optional<kg::BriefingFile>& briefing, kg::App& app) {
  if (!options.select.empty()) app.commands().post(kg::command::SelectRegion{options.select});
  if (!options.event.empty()) app.commands().post(kg::command::SelectEvent{options.event, kg::Motion::Jump});
  if (options.quiz) app.commands().post(kg::command::StartQuiz{options.lesson});
  if (!briefing) return;
  app.openBriefing(*briefing, options.briefing);
  if (options.slide > 0) app.commands().post(kg::command::ShowSlide{options.slide - 1, kg::Motion::Jump});
}

}  // namespace

int main(int argc, char** argv) {
  const auto started = std::chrono::steady_clock::now();
  kg::returnLargeBlocksToSystem();  // memory stays flat over a long session (see tests/soak)
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
  // Before any thread: the Russian and Kyrgyz interface (gettext catalogues beside the program).
  const std::string translations = kg::startTranslations();
  if (!translations.empty() && options->language != kg::Language::English)
    std::fprintf(stderr, "kgatlas: warning: %s\n", translations.c_str());
  // A briefing is read first: --list-slides needs nothing else, and a file that cannot be read
  // is said before any window opens.
  std::optional<kg::BriefingFile> briefing;
  if (!options->briefing.empty()) {
    auto read = kg::readBriefing(options->briefing);
    if (!read) return fail(1, read.error());
    for (const std::string& problem : read->problems) std::fprintf(stderr, "kgatlas: warning: %s\n", problem.c_str());
    if (options->listSlides) {
      std::fputs(kg::slideList(read->briefing).c_str(), stdout);
      return 0;
    }
    const int count = static_cast<int>(read->briefing.slides.size());
    if (options->slide > count)
      return fail(2, "--slide " + std::to_string(options->slide) + ": " + options->briefing + " has " +
                         std::to_string(count) + (count == 1 ? " slide" : " slides"));
    briefing = std::move(*read);
  }
  std::optional<kg::StateDump> dump;
  if (!options->dumpState.empty()) {
    auto opened = kg::StateDump::open(options->dumpState);
    if (!opened) return fail(2, opened.error());
    dump = std::move(*opened);
  }
  kg::LoadRequest request{options->boundaries.empty() ? kg::bundledBoundaries() : options->boundaries,
                          kg::CatalogPaths::bundled(), options->overlays, kg::boundaryCacheFolder()};
  request.catalog.moreEvents = options->events;
  request.projection = options->projection;

  kg::WindowOptions window;
  window.width = options->width;
  window.height = options->height;
  window.font = options->font;
  window.language = options->language;
  kg::hideLayers(window.geography, options->hiddenLayers);
  window.highContrast = options->highContrast;
  window.lesson = options->lesson;
  window.projector = options->projector;
  window.filter.time = options->time;
  window.filter.text = options->words;
  window.filter.actor = options->actor;
  window.filter.region = options->region;
  window.timeline = options->timeline;
  window.hidden = !options->screenshot.empty() || !options->exportPng.empty() || !options->exportGeoTiff.empty();
  // A picture for print: its text and lines grow with its size (twice at 3840x2160).
  if (!options->exportPng.empty()) window.scale = std::max(1.0f, static_cast<float>(options->height) / 1080.0f);
  window.vsync = !options->benchmark;
  const bool interactive = !options->listEvents && options->search.empty() && options->printPassages.empty() &&
                           options->screenshot.empty() &&
                           !options->benchmark && options->exportKml.empty() && options->exportPng.empty() &&
                           options->exportEvents.empty() &&
                           options->exportGeoTiff.empty();

  if (interactive) {
    // What was remembered from the last run, unless the command line says otherwise. A file
    // that cannot be read is said so and kept as it is: nothing is written over it.
    std::string settingsFile = kg::settingsPath();
    kg::Settings remembered;
    if (auto read = kg::readSettings(settingsFile)) {
      remembered = *read;
    } else {
      std::fprintf(stderr, "kgatlas: warning: %s; starting with the usual settings, and leaving the file as it is\n",
                   read.error().c_str());
      settingsFile.clear();
    }
    if (!options->languageGiven && remembered.language) window.language = *remembered.language;
    if (!options->sizeGiven && remembered.width > 0) {
      window.width = remembered.width;
      window.height = remembered.height;
    }
    if (options->hiddenLayers.empty()) kg::hideLayers(window.geography, remembered.hiddenLayers);
    window.timeline = options->timeline || remembered.timeline;
    window.highContrast = options->highContrast || remembered.highContrast;
    window.projector = options->projector || remembered.projector;
    // The window first, so a large file never keeps a person waiting for it to appear.
    auto app = kg::App::create(window);
    if (!app) return fail(1, app.error());
    kg::App& viewer = **app;
    viewer.rememberSettings(settingsFile, remembered);
    if (options->kiosk) viewer.startKiosk(options->slideSeconds, options->idleSeconds);
    if (options->presenter) viewer.commands().dispatch(kg::command::ShowPresenterView{true});
    const std::uint64_t lastFrame = options->quitAfterFrames;
    std::uint64_t frames = 0;
    if (dump || lastFrame > 0)
      viewer.setFrameObserver([&](const kg::AppState& s, const kg::MapData& d) {
        ++frames;
        if (dump) dump->write(s, d, frames);
        if (frames == lastFrame) viewer.closeWithoutAsking();  // a scripted run: nobody to ask
      });
    bool first = true;
    viewer.setDataObserver([&](kg::App& shown) {
      const kg::MapData& data = shown.data();
      printWarnings(data.boundaries, data.catalog);
      // What the command line names applies to the data it named, once: not to the bundled map
      // someone opens after that file failed.
      if (!first || data.boundaries.path != request.boundaries) return;
      first = false;
      if (const std::string problem = unknownIds(*options, data.boundaries, data.catalog); !problem.empty())
        return shown.fail(2, problem);
      if (!options->kinds.empty()) {
        kg::EventFilter filter = shown.state().filter;
        filter.hiddenKinds = hiddenKinds(*options, data.catalog);
        shown.commands().dispatch(kg::command::SetEventFilter{filter});
      }
      postStartupSelection(*options, briefing, shown);
    });
    viewer.startLoading(request);
    return viewer.run();
  }

  // Scripted work: the data, and for a picture a window drawn straight through. As in the window,
  // the window and its renderer are made while the data loads on another thread.
  const bool drawing = !options->listEvents && options->search.empty() && options->printPassages.empty() &&
                       options->exportKml.empty() &&
                       options->exportEvents.empty();
  kg::Progress progress;
  std::optional<kg::Result<kg::LoadedData>> loadedSlot;
  double loadSeconds = 0;
  auto load = [&] {
    const auto start = std::chrono::steady_clock::now();
    loadedSlot = kg::loadMapData(request, progress);
    loadSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  std::optional<kg::Result<std::unique_ptr<kg::App>>> app;
  double windowSeconds = 0;
  if (drawing) {
    std::thread loader(load);
    const auto start = std::chrono::steady_clock::now();
    app = kg::App::create(window);
    if (*app) (**app)->warmUp(options->width, options->height);
    windowSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    loader.join();
  } else {
    load();
  }
  auto& loaded = *loadedSlot;
  // The data's problems first, as when nothing is drawn: a bad file matters more than no display.
  if (!loaded) return fail(1, loaded.error());
  printWarnings(loaded->boundaries, loaded->catalog);
  if (const std::string problem = unknownIds(*options, loaded->boundaries, loaded->catalog); !problem.empty())
    return fail(2, problem);
  window.filter.hiddenKinds = hiddenKinds(*options, loaded->catalog);  // --kind, now the data's kinds are known
  if (!options->search.empty()) {
    const kg::SearchIndex index = kg::buildSearchIndex(loaded->boundaries, loaded->catalog);
    for (const kg::SearchHit& hit : index.find(options->search)) {
      const kg::SearchEntry& e = index.entries()[hit.entry];
      std::fprintf(stdout, "%s\t%s\t%s\n", e.kind.c_str(), e.id.c_str(), e.name.c_str());
    }
    return endScripted(0);
  }
  if (options->listEvents) {
    kg::listEvents(loaded->catalog, kg::shownEvents(loaded->catalog, window.filter), options->listFormat, stdout);
    return endScripted(0);
  }
  if (!options->exportEvents.empty()) {
    auto written = kg::exportEvents(options->exportEvents, kg::shownEvents(loaded->catalog, window.filter),
                                    loaded->catalog);
    if (!written) return fail(1, written.error());
    return endScripted(0);
  }
  if (!options->exportKml.empty()) {
    if (briefing)
      for (const std::string& p : kg::unknownIds(briefing->briefing, options->briefing, loaded->catalog,
                                                 loaded->boundaries.regions))
        std::fprintf(stderr, "kgatlas: warning: %s\n", p.c_str());
    const kg::KmlContent content{briefing ? briefing->briefing.title : "Events shown by kgatlas",
                                 kg::shownEvents(loaded->catalog, window.filter),
                                 briefing ? &briefing->briefing : nullptr};
    auto written = kg::exportKml(options->exportKml, content, loaded->catalog, loaded->boundaries.regions);
    if (!written) return fail(1, written.error());
    return endScripted(0);
  }
  if (!options->printPassages.empty()) {
    kg::printPassages(loaded->catalog, options->printPassages, stdout);
    return 0;
  }
  if (!*app) return fail(1, app->error());
  kg::App& viewer = ***app;
  viewer.state().filter.hiddenKinds = window.filter.hiddenKinds;
  std::uint64_t frames = 0;
  if (dump) viewer.setFrameObserver([&](const kg::AppState& s, const kg::MapData& d) { dump->write(s, d, ++frames); });
  viewer.setData(std::move(*loaded));
  postStartupSelection(*options, briefing, viewer);
  if (!options->exportPng.empty()) {
    viewer.state().picture.on = true;
    viewer.state().picture.title = !options->title.empty() ? options->title
                                   : options->slide > 0    ? briefing->briefing.slides[options->slide - 1].title
                                                           : kg::kDefaultPictureTitle;
  }
  if (!options->exportGeoTiff.empty()) {
    viewer.state().picture.on = viewer.state().picture.bare = true;
    auto pixels = kg::renderOffscreen(viewer, options->width, options->height);
    if (!pixels) return fail(1, pixels.error());
    const kg::GeoPicture geo{options->width, options->height, std::move(*pixels), viewer.state().camera,
                             kg::creditLine(viewer.state(), viewer.data())};
    auto written = kg::exportGeoTiff(options->exportGeoTiff, geo);
    if (!written) return fail(1, written.error());
    return endScripted(0);
  }
  const std::string& picture = options->exportPng.empty() ? options->screenshot : options->exportPng;
  if (!picture.empty()) {
    auto written = kg::writeScreenshot(viewer, picture, options->width, options->height);
    if (!written) return fail(1, written.error());
    return endScripted(0);  // a state dump is written whole at each frame, before this
  }
  return endScripted(kg::runBenchmark(viewer, options->width, options->height, {started, loadSeconds, windowSeconds}));
}
