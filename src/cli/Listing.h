#pragma once
// --list-events and --print-passages: plain text from the catalog, no window and no display.
#include <cstdio>
#include <string>

#include "core/events/Catalog.h"

namespace kg {

// id, date, latitude, longitude, region, title; tab-separated, in time order.
void listEvents(const Catalog& catalog, std::FILE* out);
// The passages about one event, each with its source line (and the note on the other version).
void printPassages(const Catalog& catalog, const std::string& eventId, std::FILE* out);

}  // namespace kg
