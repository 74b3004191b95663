// The passage file format (core/story/PassageFile, on core/io/BlockFile and TextMatch) on any
// bytes, read against the bundled articles, events and places (loaded once), the way the
// catalog reads assets/passages.txt.
#include "core/events/Catalog.h"
#include "core/io/Resources.h"
#include "core/story/PassageFile.h"
#include "fuzz/FuzzSupport.h"

namespace {

const kg::Catalog& bundled() {
  static const kg::Catalog catalog = [] {
    const kg::Projection projection;
    auto regions = kg::loadBoundaries(kg::bundledBoundaries(), projection);
    if (!regions) {
      std::fprintf(stderr, "%s\n", regions.error().c_str());
      std::abort();
    }
    return kg::loadCatalog(kg::CatalogPaths::bundled(), *regions, projection);
  }();
  return catalog;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kg::fuzz::quietGdal();
  if (bundled().articles.empty() || bundled().passages.empty()) {
    std::fprintf(stderr, "the bundled catalog did not load\n");
    std::abort();
  }
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const kg::Catalog& c = bundled();
  static const std::string path = kg::fuzz::scratchDir() + "/passages.txt";
  kg::fuzz::writeFile(path, kg::fuzz::bytes(data, size));
  const kg::PassageTargets targets{[&](const std::string& id) { return c.findEvent(id) != nullptr; },
                                   [&](const std::string& id) { return c.findPlace(id) != nullptr; }};
  std::vector<std::string> problems;
  const std::vector<kg::Passage> passages = kg::readPassages(path, c.articles, targets, problems);
  for (const kg::Passage& p : passages) {  // what the panel shows for each
    (void)c.sourceLine(p);
    (void)c.versionNote(p);
  }
  return 0;
}
