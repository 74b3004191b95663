#pragma once
// --list-events and --print-passages: plain text from the catalog, no window and no display.
#include <cstdio>
#include <string>
#include <vector>

#include "core/events/Catalog.h"

namespace kg {

enum class ListFormat { Tsv, Csv, GeoJson };

// The events at `shown` (indices into catalog.events, in time order):
//   tsv: id, date, latitude, longitude, region, title; one line each, no header;
//   csv: the same and the kind, with a header line, quoted where a field needs it (RFC 4180);
//   geojson: a FeatureCollection with the field names kgatlas reads, so the file opens again
//            with --events.
void listEvents(const Catalog& catalog, const std::vector<int>& shown, ListFormat format, std::FILE* out);
// The passages about one event, each with its source line (and the note on the other version).
void printPassages(const Catalog& catalog, const std::string& eventId, std::FILE* out);

}  // namespace kg
