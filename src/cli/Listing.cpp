#include "cli/Listing.h"

#include "core/io/TextFormats.h"
#include "core/story/SourceText.h"

namespace kg {

namespace {

void writeTsv(const Event& e, std::FILE* out) {
  std::fprintf(out, "%s\t%s\t%.4f\t%.4f\t%s\t%s\n", tsvField(e.id).c_str(), tsvField(e.date).c_str(), e.point.lat,
               e.point.lon, tsvField(e.regionIso).c_str(), tsvField(e.title).c_str());
}

void writeCsv(const Event& e, std::FILE* out) {
  std::fprintf(out, "%s,%s,%.6f,%.6f,%s,%s,%s\r\n", csvField(e.id).c_str(), csvField(e.date).c_str(), e.point.lat,
               e.point.lon, csvField(e.regionIso).c_str(), csvField(e.kind).c_str(), csvField(e.title).c_str());
}

void writeFeature(const Event& e, bool first, std::FILE* out) {
  const EventFields names;
  std::string properties;
  auto add = [&](const std::string& name, const std::string& value) {
    if (!value.empty()) properties += (properties.empty() ? "" : ", ") + jsonString(name) + ": " + jsonString(value);
  };
  add(names.id, e.id);
  add(names.title, e.title);
  add(names.date, e.date);
  add(names.dateLabel, e.dateLabel);
  add(names.kind, e.kind);
  add(names.place, e.place);
  add(names.region, e.regionIso);
  add(names.locationBasis, e.locationBasis);
  char number[64];
  std::snprintf(number, sizeof number, "%.3f", e.radiusKm);
  properties += ", " + jsonString(names.radiusKm) + ": " + number;
  std::fprintf(out, "%s\n{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [%.6f, %.6f]}, "
               "\"properties\": {%s}}",
               first ? "" : ",", e.point.lon, e.point.lat, properties.c_str());
}

}  // namespace

void listEvents(const Catalog& catalog, const std::vector<int>& shown, ListFormat format, std::FILE* out) {
  if (format == ListFormat::Csv) std::fputs("id,date,latitude,longitude,region,kind,title\r\n", out);
  if (format == ListFormat::GeoJson) std::fputs("{\"type\": \"FeatureCollection\", \"features\": [", out);
  bool first = true;
  for (const int i : shown) {
    const Event& e = catalog.events[static_cast<std::size_t>(i)];
    if (format == ListFormat::Tsv) writeTsv(e, out);
    if (format == ListFormat::Csv) writeCsv(e, out);
    if (format == ListFormat::GeoJson) writeFeature(e, first, out);
    first = false;
  }
  if (format == ListFormat::GeoJson) std::fputs("\n]}\n", out);
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
