#include "cli/Listing.h"

namespace kg {

void listEvents(const Catalog& catalog, std::FILE* out) {
  for (const Event& e : catalog.events)
    std::fprintf(out, "%s\t%s\t%.4f\t%.4f\t%s\t%s\n", e.id.c_str(), e.date.c_str(), e.point.lat, e.point.lon,
                 e.regionIso.c_str(), e.title.c_str());
}

void printPassages(const Catalog& catalog, const std::string& eventId, std::FILE* out) {
  for (const Passage* p : catalog.passagesForEvent(eventId)) {
    std::fprintf(out, "%s\n— %s\n", p->text.c_str(), catalog.sourceLine(*p).c_str());
    if (const std::string note = catalog.versionNote(*p); !note.empty()) std::fprintf(out, "  (%s)\n", note.c_str());
    std::fprintf(out, "\n");
  }
}

}  // namespace kg
