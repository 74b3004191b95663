// The event loader (core/events: EventReader, FieldMapping, EventDate, through loadCatalog) on
// any bytes read by GDAL as a point file, used both as the events and as the places file. The
// regions that events are checked against are the bundled ones, loaded once.
#include "core/events/Catalog.h"
#include "core/io/Resources.h"
#include "fuzz/FuzzSupport.h"

namespace {

const kg::Projection projection;

const kg::BoundaryData& regions() {
  static const kg::BoundaryData data = [] {
    auto loaded = kg::loadBoundaries(kg::bundledBoundaries(), projection);
    if (!loaded) {
      std::fprintf(stderr, "%s\n", loaded.error().c_str());
      std::abort();
    }
    return std::move(*loaded);
  }();
  return data;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kg::fuzz::quietGdal();
  (void)regions();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto input = kg::fuzz::bytes(data, size);
  const kg::fuzz::MemFile file(std::string("/vsimem/fuzz/events") + kg::fuzz::extensionFor(input), input);
  kg::CatalogPaths paths;  // no articles or passages: each is one problem, cheaply
  paths.events = file.path();
  paths.places = file.path();
  const kg::Catalog catalog = kg::loadCatalog(paths, regions(), projection);
  if (!catalog.events.empty()) (void)catalog.eventsInRegion(catalog.events.front().regionIso);
  (void)catalog.kindsInUse();
  (void)catalog.knownEventIds();
  return 0;
}
