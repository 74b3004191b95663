#pragma once
// The events on the map, the other places the reports name, the articles and the passages
// quoted from them: loaded together, cross-checked, and looked up by id. Loading never fails as
// a whole: each problem is reported with its file and line (or feature id), the faulty item is
// left out, and everything valid is kept. The lookups are built once, at load, since the panels
// ask them every frame.
#include <string>
#include <unordered_map>
#include <vector>

#include "core/events/Event.h"
#include "core/events/EventKinds.h"
#include "core/events/FieldMapping.h"
#include "core/events/IdIndex.h"
#include "core/layers/BoundaryLoader.h"
#include "core/story/Article.h"
#include "core/story/Passage.h"

namespace kg {

// One source of events: a file (or database layer) the map shows as a layer of its own, which
// can be hidden.
struct EventLayer {
  std::string name;    // the file's name, or "Events in the reports" for the bundled ones
  std::string path;
  std::size_t count = 0;  // events loaded from it
  std::string credit;     // whose data it is ("ACLED"), or ""
};

struct CatalogPaths {
  // `events` is the first layer (the bundled events, which the passages belong to); each of
  // `moreEvents` is a layer beside it, each read with its own field mapping.
  std::string events, places, articles, passages;
  std::vector<EventSource> moreEvents;
  EventFields eventFields;  // which field of the events layer holds what
  PlaceFields placeFields;
  static CatalogPaths bundled();
};

// A layer of events read on its own, to be added to a catalog already loaded (File > Open).
struct LoadedLayer {
  EventLayer layer;
  std::vector<Event> events;  // in time order; each in a region
  std::vector<std::string> problems;
};
// Reads one source, placing each event in one of `regions` (the map's). Ids are checked against
// the catalog's other layers by Catalog::addLayer, on the thread that owns the catalog.
LoadedLayer readEventLayer(const EventSource& source, const std::vector<Feature>& regions, const Projection& projection);

// The layers' order after moving the one at `from` to `to`: order[i] is the old index of the
// layer now at i. Unchanged when either is out of range.
std::vector<int> movedOrder(int count, int from, int to);
// Where each layer went in that move: newIndex[old] is its index now (for the catalog's events
// and for whatever else names layers by index, such as the hidden ones).
std::vector<int> movedIndices(int count, int from, int to);
// A list of layer indices (the hidden ones) after removing the layer at `removed`: it goes, and
// those after it move up one.
std::vector<int> indicesAfterRemoving(const std::vector<int>& indices, int removed);

struct Catalog {
  std::vector<Event> events;  // in time order, from every layer
  std::vector<EventLayer> layers;
  std::vector<Place> places;
  std::vector<Article> articles;
  std::vector<Passage> passages;  // in file order
  EventKinds kinds = EventKinds::standard();
  std::vector<std::string> problems;

  const Event* findEvent(const std::string& id) const;
  int eventIndex(const std::string& id) const;
  const Place* findPlace(const std::string& id) const;
  const Article* findArticle(const std::string& id) const;
  const Passage* findPassage(const std::string& id) const;
  std::vector<const Passage*> passagesForEvent(const std::string& id) const;
  std::vector<const Passage*> passagesForPlace(const std::string& id) const;
  std::vector<const Event*> eventsInRegion(const std::string& iso) const;
  std::vector<const Place*> placesWithPassages() const;
  // The kinds the events have: the table's in its order, then others as they first appear. For a
  // legend that shows every marker on the map and nothing else.
  const std::vector<std::string>& kindsInUse() const { return kindsInUse_; }
  // From the first day of the earliest event to the last day of the latest ({0, 0} when none).
  DaySpan dateExtent() const { return dateExtent_; }  // of the dated events
  std::size_t undatedEvents() const { return undatedEvents_; }
  // The events are in time order (dated by first day, then the undated): so they are whenever the
  // catalog was loaded and changed through its functions. Then the events of a stretch of time
  // can be found by binary search, looking back at most longestSpan() days before its start.
  bool timeOrdered() const { return timeOrdered_; }
  Day longestSpan() const { return longestSpan_; }  // days from first to last, of the longest event
  std::size_t regionOnlyEvents() const { return regionOnlyEvents_; }  // placed only to their region

  // "“Headline” — Outlet — events of 5–6 October 2020"
  std::string sourceLine(const Passage& passage) const;
  // "The same paragraph is in the other version of this report: “Headline”", or "".
  std::string versionNote(const Passage& passage) const;
  std::string knownEventIds() const;

  // The layer goes last; an event whose id another layer has is left out and named in problems.
  void addLayer(LoadedLayer loaded);
  // Its events go with it; the layers after it move up one.
  void removeLayer(int layer);
  // The layer at `from` goes to `to` (the first layer's markers are drawn on top).
  void moveLayer(int from, int to);

  // Rebuilds the lookups from the vectors above. loadCatalog does it; whoever changes the vectors
  // afterwards must do it too.
  void reindex();
  // A new number at each reindex(), never given to another catalog: what was derived from the
  // events (their places on the map, the timeline's bars) is out of date when this has changed.
  int revision() const { return revision_; }

 private:
  IdIndex eventIds_;  // a million events: see IdIndex
  std::unordered_map<std::string, int> placeById_, articleById_, passageById_;
  std::unordered_map<std::string, std::vector<int>> passagesByEvent_, passagesByPlace_, eventsByRegion_;
  std::vector<int> placesWithPassages_;
  std::vector<std::string> kindsInUse_;
  DaySpan dateExtent_;
  std::size_t undatedEvents_ = 0, regionOnlyEvents_ = 0;
  bool timeOrdered_ = false;  // known only once reindex() has looked
  Day longestSpan_ = 0;
  int revision_ = 0;
};

// Reads the files, keeps each event whose point lies in a region of `boundaries` (its own region
// must agree, if it names one) and whose id no earlier layer has, and links passages to
// articles, events and places.
Catalog loadCatalog(const CatalogPaths& paths, const BoundaryData& boundaries, const Projection& projection);

}  // namespace kg
