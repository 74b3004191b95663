#pragma once
// The events on the map, the other places the reports name, the articles and the passages
// quoted from them: loaded, cross-checked and queried here. Loading never fails as a whole:
// each problem is reported with its file and line (or feature id), the faulty item is left out,
// and everything valid is kept.
#include <string>
#include <vector>

#include "core/layers/BoundaryLoader.h"
#include "core/geo/GeoTypes.h"
#include "core/story/TextMatch.h"

namespace kg {

enum class EventKind { Protest, ArmedClash, MineAttack };
const char* eventKindName(EventKind kind);  // "protest", "armed clash", "attack on a mine"

struct Event {
  std::string id, title;
  std::string date, dateStart, dateEnd;  // ISO 8601: "2010-06", "2019-08-07/2019-08-08"
  std::string dateLabel;                 // as people read it: "7–8 August 2019"
  EventKind kind = EventKind::Protest;
  std::string place, regionIso, locationBasis;
  GeoPoint point;
  double radiusKm = 0;
};

struct Place {
  std::string id, name, regionIso, locationBasis;
  GeoPoint point;
  double radiusKm = 0;
};

struct Article {
  std::string id, file, headline, description, outlet, eventsDate, versionOf;
  std::string text;
};

struct Passage {
  std::string id;
  std::string articleId;
  std::vector<std::string> events, places;
  std::string text;
  int line = 0;
  TextSpan span;                        // where it stands in the article
  std::vector<std::string> alsoIn;      // other versions of the report with the same paragraph
};

struct CatalogPaths {
  std::string events, places, articles, passages;
  static CatalogPaths bundled();
};

struct Catalog {
  std::vector<Event> events;  // in time order
  std::vector<Place> places;
  std::vector<Article> articles;
  std::vector<Passage> passages;
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
  // "“Headline” — Outlet — events of 5–6 October 2020"
  std::string sourceLine(const Passage& passage) const;
  // "Also in the other version of this report: “Headline”", or "".
  std::string versionNote(const Passage& passage) const;
  std::string knownEventIds() const;
};

Catalog loadCatalog(const CatalogPaths& paths, const BoundaryData& boundaries, const Projection& projection);

// Parsing pieces, exposed for tests.
bool parseEventDate(const std::string& text, std::string& start, std::string& end);

}  // namespace kg
