#include "core/events/EventFilter.h"

#include "core/events/Catalog.h"

namespace kg {

std::vector<int> shownEvents(const Catalog& catalog, const EventFilter& filter) {
  std::vector<int> shown;
  shown.reserve(catalog.events.size());
  for (std::size_t i = 0; i < catalog.events.size(); ++i)
    if (filter.matches(catalog.events[i])) shown.push_back(static_cast<int>(i));
  return shown;
}

}  // namespace kg
