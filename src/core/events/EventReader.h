#pragma once
// Reads events and places from the first layer of any vector file GDAL can open, through a
// field mapping, with the points brought to WGS84. Reading never fails as a whole: a file that
// cannot be read is one problem, a faulty feature is one problem naming the file and the
// feature, and every valid feature is kept. Joining points to regions is the catalog's work.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/events/Event.h"
#include "core/events/FieldMapping.h"

namespace kg {

// A further check of a read event by whoever knows more (the regions): it may complete the event,
// or return why it is left out.
using EventCheck = std::function<std::optional<std::string>(Event&)>;

// Each event needs an id of its own in the file, a title and a valid date (EventDate.h); the
// radius, where the source has one, must be a number of kilometres; then `check`, if given, must
// pass. Kinds are not checked: any name loads (EventKinds).
std::vector<Event> readEvents(const std::string& path, const EventFields& fields, std::vector<std::string>& problems,
                              const EventCheck& check = {});
// Each place needs an id of its own in the file and a name.
std::vector<Place> readPlaces(const std::string& path, const PlaceFields& fields, std::vector<std::string>& problems);

}  // namespace kg
