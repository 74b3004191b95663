#include "cli/Listing.h"

#include "core/story/SourceText.h"

namespace kg {

void listEvents(const Catalog& catalog, std::FILE* out) {
  for (const Event& e : catalog.events)
    std::fprintf(out, "%s\t%s\t%.4f\t%.4f\t%s\t%s\n", e.id.c_str(), e.date.c_str(), e.point.lat, e.point.lon,
                 e.regionIso.c_str(), e.title.c_str());
}

void printPassages(const Catalog& catalog, const std::string& eventId, std::FILE* out) {
  for (const Passage* p : catalog.passagesForEvent(eventId)) {
    // A caption is said to be one before its words; an editor's note stands after the source.
    if (const std::string label = passageLabel(*p); !label.empty()) std::fprintf(out, "[%s]\n", label.c_str());
    std::fprintf(out, "%s\n— %s\n", p->text.c_str(), catalog.sourceLine(*p).c_str());
    if (const std::string note = editorsNote(*p); !note.empty()) std::fprintf(out, "  %s\n", note.c_str());
    if (const std::string note = catalog.versionNote(*p); !note.empty()) std::fprintf(out, "  (%s)\n", note.c_str());
    std::fprintf(out, "\n");
  }
}

}  // namespace kg
