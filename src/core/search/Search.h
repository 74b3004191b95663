#pragma once
// Finding what a lesson points at by name: regions, events and the places the reports name,
// written in Latin or Cyrillic, with or without diacritics, in any of the names they have
// (English, Russian, Kyrgyz). Names are compared by their keys (NameKey); a near miss of a
// letter or two still finds a long name.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/Catalog.h"
#include "core/geometry/Feature.h"
#include "core/layers/BoundaryLoader.h"

namespace kg {

struct SearchEntry {
  std::string kind;                // "region", "lake", "reservoir", "river", "capital", "town", "peak",
                                   // "country", "event", "place" (as --search prints it)
  std::string id;                  // the region's ISO code, the event's or place's id
  std::string name;                // what a list shows (the English name)
  std::vector<std::string> names;  // every name it answers to
  Bounds bounds;                   // where to fly for the geography (lakes, rivers, towns, peaks,
                                   // countries); empty for what has its own way there
};

struct SearchHit {
  std::size_t entry = 0;  // index into SearchIndex::entries()
  int score = 0;          // higher is better: 100 the whole name, less for a start, a part, a near miss
};

class SearchIndex {
 public:
  void add(SearchEntry entry);
  // The entries that match, best first, ties in the order added (regions, events, places); at most `limit`.
  std::vector<SearchHit> find(std::string_view query, std::size_t limit = 20) const;
  const std::vector<SearchEntry>& entries() const { return entries_; }

 private:
  struct Keys {
    std::vector<std::string> whole;               // one a name
    std::vector<std::vector<std::string>> words;  // each name's words
  };
  std::vector<SearchEntry> entries_;
  std::vector<Keys> keys_;
};

// The regions (their English, Russian and Kyrgyz names and code), then the events (title, place,
// id) and the places (name, id) of the catalogue.
SearchIndex buildSearchIndex(const BoundaryData& boundaries, const Catalog& catalog);

}  // namespace kg
