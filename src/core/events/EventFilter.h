#pragma once
// Which events are shown: everything that draws or lists events (the markers, the events list,
// stepping, --list-events, screenshots) shows those that pass the filter, and says how many of
// how many that is.
#include <algorithm>
#include <vector>

#include "core/events/Event.h"
#include "core/time/TimeRange.h"

namespace kg {

struct Catalog;

struct EventFilter {
  TimeRange time;
  std::vector<int> hiddenLayers;  // indices into Catalog::layers

  bool isOpen() const { return time.isOpen() && hiddenLayers.empty(); }
  bool showsLayer(int layer) const {
    return std::find(hiddenLayers.begin(), hiddenLayers.end(), layer) == hiddenLayers.end();
  }
  bool matches(const Event& e) const { return time.contains(e.days) && showsLayer(e.layer); }
  bool operator==(const EventFilter&) const = default;
};

// The indices into catalog.events of those that pass, in the catalog's (time) order.
std::vector<int> shownEvents(const Catalog& catalog, const EventFilter& filter);

}  // namespace kg
