#pragma once
// Which events are shown: everything that draws or lists events (the markers, the events list,
// stepping, --list-events, screenshots) shows those that pass the filter, and says how many of
// how many that is.
#include <algorithm>
#include <string>
#include <vector>

#include "core/events/Event.h"
#include "core/time/TimeRange.h"
#include "core/time/Timeline.h"

namespace kg {

struct Catalog;

struct EventFilter {
  TimeRange time;
  std::vector<int> hiddenLayers;        // indices into Catalog::layers
  std::vector<std::string> hiddenKinds;  // kinds as the data spells them
  std::string region;                    // an ISO code; "" for every region
  std::string text;                      // words in the title, place, actors or notes, in any case
  std::string actor;                     // words in the actors, in any case

  bool isOpen() const {
    return time.isOpen() && hiddenLayers.empty() && hiddenKinds.empty() && region.empty() && text.empty() &&
           actor.empty();
  }
  bool showsLayer(int layer) const {
    return std::find(hiddenLayers.begin(), hiddenLayers.end(), layer) == hiddenLayers.end();
  }
  bool showsKind(const std::string& kind) const {
    return std::find(hiddenKinds.begin(), hiddenKinds.end(), kind) == hiddenKinds.end();
  }
  // Hides or shows a layer or a kind again.
  void showLayer(int layer, bool shown);
  void showKind(const std::string& kind, bool shown);
  bool matches(const Event& e) const;
  bool operator==(const EventFilter&) const = default;
};

// The indices into catalog.events of those that pass, in the catalog's (time) order.
std::vector<int> shownEvents(const Catalog& catalog, const EventFilter& filter);
// The timeline's bars: the dated events every filter but the time leaves shown, over all the
// catalog's dates, in at most `maxBins` bins. (The time is what the bars' brush chooses.)
Histogram timelineHistogram(const Catalog& catalog, EventFilter filter, int maxBins);

// `text` in lower case for searching: ASCII and the Cyrillic alphabet (Russian and Kyrgyz, with
// Ё, Ң, Ө, Ү); other characters are kept as they are.
std::string foldCase(const std::string& text);

}  // namespace kg
