#include "core/search/Search.h"

#include <cctype>

#include <algorithm>
#include <numeric>

#include "core/search/NameKey.h"

namespace kg {
namespace {

// The edit distance between two keys, a swap of two neighbouring letters counting as one edit
// (optimal string alignment); given up once it passes `limit`.
int distance(const std::string& a, const std::string& b, int limit) {
  if (std::abs(static_cast<int>(a.size()) - static_cast<int>(b.size())) > limit) return limit + 1;
  const std::size_t width = b.size() + 1;
  std::vector<int> before(width), previous(width), row(width);
  std::iota(previous.begin(), previous.end(), 0);
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = static_cast<int>(i);
    int best = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      row[j] = std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) row[j] = std::min(row[j], before[j - 2] + 1);
      best = std::min(best, row[j]);
    }
    if (best > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, row);
  }
  return previous[b.size()];
}

// How well one name matches: its whole key and its words against the query's.
int scoreName(const std::string& whole, const std::vector<std::string>& words, const std::string& query,
              const std::vector<std::string>& queryWords) {
  if (query.empty()) return 0;
  if (whole == query) return 100;
  if (whole.rfind(query, 0) == 0) return 90;
  // Every word of the query starts a word of the name, in any order ("kul issyk").
  const bool allWords = !queryWords.empty() && std::all_of(queryWords.begin(), queryWords.end(), [&](const std::string& q) {
    return std::any_of(words.begin(), words.end(), [&](const std::string& w) { return w.rfind(q, 0) == 0; });
  });
  if (allWords) return 80;
  if (query.size() >= 3 && whole.find(query) != std::string::npos) return 60;
  // A letter or two wrong in a longer name (one in five).
  const int limit = static_cast<int>(query.size()) / 5;
  if (limit > 0) {
    // Against the whole name, its beginning as long as the query, and each word.
    int best = std::min(distance(whole, query, limit), distance(whole.substr(0, query.size()), query, limit));
    for (const std::string& w : words) best = std::min(best, distance(w, query, limit));
    if (best <= limit) return 50 - 5 * best;
  }
  return 0;
}

}  // namespace

void SearchIndex::add(SearchEntry entry) {
  Keys keys;
  for (const std::string& name : entry.names) {
    if (name.empty()) continue;
    keys.words.push_back(wordKeys(name));
    std::string whole;
    for (const std::string& w : keys.words.back()) whole += w;
    keys.whole.push_back(whole);
  }
  entries_.push_back(std::move(entry));
  keys_.push_back(std::move(keys));
}

std::vector<SearchHit> SearchIndex::find(std::string_view query, std::size_t limit) const {
  const std::vector<std::string> queryWords = wordKeys(query);
  std::string whole;
  for (const std::string& w : queryWords) whole += w;
  std::vector<SearchHit> hits;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    int best = 0;
    for (std::size_t n = 0; n < keys_[i].whole.size(); ++n)
      best = std::max(best, scoreName(keys_[i].whole[n], keys_[i].words[n], whole, queryWords));
    if (best > 0) hits.push_back({i, best});
  }
  // Ties keep the order entries were added in (regions first), which stable_sort preserves.
  std::stable_sort(hits.begin(), hits.end(), [](const SearchHit& a, const SearchHit& b) { return a.score > b.score; });
  if (hits.size() > limit) hits.resize(limit);
  return hits;
}

SearchIndex buildSearchIndex(const BoundaryData& boundaries, const Catalog& catalog) {
  SearchIndex index;
  for (const Feature& r : boundaries.regions) index.add({"region", r.iso, r.nameEn, {r.nameEn, r.nameRu, r.nameKy, r.iso}, {}});
  // A lake or river is known by its English name made an id ("issyk-kul"), a country by its code.
  auto named = [&](const Feature& f, const std::string& kind) {
    if (!f.nameEn.empty()) index.add({kind, featureId(f), f.nameEn, {f.nameEn, f.nameRu, f.nameKy}, f.bounds});
  };
  for (const Feature& f : boundaries.water) named(f, f.type == "reservoir" ? "reservoir" : "lake");
  for (const Feature& f : boundaries.rivers) named(f, "river");
  for (const Landmark& l : boundaries.landmarks) {
    Bounds around;  // a point: the country round it, some 25 km each way
    around.add(MapPoint{l.at.x - 25000, l.at.y - 25000});
    around.add(MapPoint{l.at.x + 25000, l.at.y + 25000});
    index.add({l.type, l.id, l.nameEn, {l.nameEn, l.nameRu, l.nameKy}, around});
  }
  for (const Feature& f : boundaries.context) named(f, "country");
  for (const Event& e : catalog.events) index.add({"event", e.id, e.title, {e.title, e.place, e.id}, {}});
  for (const Place& p : catalog.places) index.add({"place", p.id, p.name, {p.name, p.id}, {}});
  return index;
}

}  // namespace kg
