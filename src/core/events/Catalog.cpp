#include "core/events/Catalog.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <cstdint>
#include <iterator>
#include <limits>
#include <optional>
#include <tuple>
#include <unordered_set>

#include "core/events/EventReader.h"
#include "core/events/IdIndex.h"
#include "core/geometry/FeatureGrid.h"
#include "core/io/ProblemList.h"
#include "core/io/Say.h"
#include "core/io/SourceName.h"
#include "core/io/Resources.h"
#include "core/story/ArticleFile.h"
#include "core/story/PassageFile.h"
#include "core/story/SourceText.h"

namespace kg {
namespace {

template <class T>
const T* lookup(const std::unordered_map<std::string, int>& index, const std::vector<T>& items, const std::string& id) {
  const auto it = index.find(id);
  return it == index.end() ? nullptr : &items[static_cast<std::size_t>(it->second)];
}

template <class T>
std::vector<const T*> pick(const std::unordered_map<std::string, std::vector<int>>& index, const std::vector<T>& items,
                           const std::string& id) {
  std::vector<const T*> out;
  const auto it = index.find(id);
  if (it == index.end()) return out;
  out.reserve(it->second.size());
  for (int i : it->second) out.push_back(&items[static_cast<std::size_t>(i)]);
  return out;
}

template <class T>
std::unordered_map<std::string, int> byId(const std::vector<T>& items) {
  std::unordered_map<std::string, int> index;
  index.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) index.emplace(items[i].id, static_cast<int>(i));
  return index;
}

// Time order: by first day, undated events after all the dated ones, each kept in the order it came.
bool earlier(const Event& a, const Event& b) {
  if (a.undated != b.undated) return b.undated;
  return !a.undated && a.days.first < b.days.first;
}

// Puts events in time order (see earlier), those of one day by layer and then in the order they
// came, by sorting their keys and then moving each event once, in place: an Event is large, and a
// sort that moves it at every step costs seconds for a million.
void sortByTime(std::vector<Event>& events) {
  struct Key {
    std::int64_t day;  // the first day; undated events after all
    int layer;
    std::size_t at;  // where it is now
    bool operator<(const Key& o) const { return std::tie(day, layer, at) < std::tie(o.day, o.layer, o.at); }
  };
  const std::size_t n = events.size();
  std::vector<Key> keys(n);
  for (std::size_t i = 0; i < n; ++i)
    keys[i] = {events[i].undated ? std::numeric_limits<std::int64_t>::max() : events[i].days.first, events[i].layer, i};
  std::sort(keys.begin(), keys.end());
  // keys[i].at is the event that goes to i: follow each cycle of that permutation once.
  std::vector<bool> placed(n, false);
  for (std::size_t start = 0; start < n; ++start) {
    if (placed[start] || keys[start].at == start) continue;
    Event held = std::move(events[start]);
    std::size_t at = start;
    while (keys[at].at != start) {
      events[at] = std::move(events[keys[at].at]);
      placed[at] = true;
      at = keys[at].at;
    }
    events[at] = std::move(held);
    placed[at] = true;
  }
}

// An event takes the code of the region its point lies in. One that names a region of these
// boundaries must lie in it. One outside every region is shown where it is (the boundaries may
// be another country's, or a study area), unless it names one of them.
std::optional<std::string> placeInRegion(Event& e, const FeatureGrid& regions, const std::vector<Feature>& features,
                                         const Projection& projection) {
  const auto named = [&] {
    if (e.regionIso.empty()) return false;
    for (const Feature& f : features)
      if (f.iso == e.regionIso) return true;
    return false;
  };
  const int i = regions.featureAt(projection.forward(e.point));
  if (i < 0) {
    if (!named()) return std::nullopt;
    static const std::string outside = say("its point lies outside every region");  // said once: rows may be many
    return outside;
  }
  const std::string& actual = features[static_cast<std::size_t>(i)].iso;
  if (!e.regionIso.empty() && e.regionIso != actual && named())
    return say("its point lies in {actual}, not in {named}", {{"actual", actual}, {"named", e.regionIso}});
  e.regionIso = actual;
  return std::nullopt;
}

}  // namespace

LoadedLayer readEventLayer(const EventSource& source, const std::vector<Feature>& regions, const Projection& projection) {
  LoadedLayer out;
  out.layer.path = source.path;
  out.layer.name = sourceTitle(source.path);
  const FeatureGrid hits(&regions);
  out.events = readEvents(source.path, source.fields, out.problems,
                          [&](Event& e) { return placeInRegion(e, hits, regions, projection); });
  sortByTime(out.events);
  return out;
}

void Catalog::addLayer(LoadedLayer loaded) {
  const int index = static_cast<int>(layers.size());
  const std::string label = sourceLabel(loaded.layer.path);
  problems.insert(problems.end(), loaded.problems.begin(), loaded.problems.end());
  ProblemTally tally(label);
  std::vector<Event> kept;
  kept.reserve(loaded.events.size());
  for (Event& e : loaded.events) {
    if (const Event* other = findEvent(e.id)) {
      if (tally.wantsText())
        tally.add("duplicate id", say("{file}: event '{id}': duplicate id, already in {layer}",
                                      {{"file", label}, {"id", e.id}, {"layer", layers[static_cast<std::size_t>(other->layer)].name}}));
      else
        tally.add("duplicate id", {});
      continue;
    }
    e.layer = index;
    kept.push_back(std::move(e));
  }
  tally.appendTo(problems);
  loaded.layer.count = kept.size();
  loaded.layer.credit = kept.empty() ? "" : kept.front().credit;
  layers.push_back(std::move(loaded.layer));
  // Both in time order already: merged, not sorted again.
  const auto middle = static_cast<std::ptrdiff_t>(events.size());
  events.insert(events.end(), std::make_move_iterator(kept.begin()), std::make_move_iterator(kept.end()));
  std::inplace_merge(events.begin(), events.begin() + middle, events.end(), earlier);
  reindex();
}

void Catalog::removeLayer(int layer) {
  if (layer < 0 || layer >= static_cast<int>(layers.size())) return;
  std::erase_if(events, [&](const Event& e) { return e.layer == layer; });
  for (Event& e : events)
    if (e.layer > layer) --e.layer;
  layers.erase(layers.begin() + layer);
  reindex();
}

void Catalog::moveLayer(int from, int to) {
  const int count = static_cast<int>(layers.size());
  if (from < 0 || from >= count || to < 0 || to >= count || from == to) return;
  const std::vector<int> order = movedOrder(count, from, to);
  const std::vector<int> newIndex = movedIndices(count, from, to);
  std::vector<EventLayer> moved;
  moved.reserve(layers.size());
  for (const int old : order) moved.push_back(std::move(layers[static_cast<std::size_t>(old)]));
  layers = std::move(moved);
  for (Event& e : events) e.layer = newIndex[static_cast<std::size_t>(e.layer)];
}

std::vector<int> movedIndices(int count, int from, int to) {
  const std::vector<int> order = movedOrder(count, from, to);
  std::vector<int> newIndex(order.size());
  for (std::size_t i = 0; i < order.size(); ++i) newIndex[static_cast<std::size_t>(order[i])] = static_cast<int>(i);
  return newIndex;
}

std::vector<int> indicesAfterRemoving(const std::vector<int>& indices, int removed) {
  std::vector<int> out;
  for (const int i : indices)
    if (i != removed) out.push_back(i > removed ? i - 1 : i);
  return out;
}

std::vector<int> movedOrder(int count, int from, int to) {
  std::vector<int> order(static_cast<std::size_t>(std::max(count, 0)));
  for (int i = 0; i < count; ++i) order[static_cast<std::size_t>(i)] = i;
  if (from < 0 || from >= count || to < 0 || to >= count) return order;
  const int item = order[static_cast<std::size_t>(from)];
  order.erase(order.begin() + from);
  order.insert(order.begin() + to, item);
  return order;
}

CatalogPaths CatalogPaths::bundled() {
  const std::string root = resourceRoot();
  return {root + "/geodata/events.geojson", root + "/geodata/places.geojson", root + "/assets/articles.txt",
          root + "/assets/passages.txt", {}, EventFields(), PlaceFields()};
}

Catalog loadCatalog(const CatalogPaths& paths, const BoundaryData& boundaries, const Projection& projection) {
  Catalog c;
  const FeatureGrid regions(&boundaries.regions);
  std::vector<EventSource> sources;
  if (!paths.events.empty()) sources.push_back({paths.events, paths.eventFields});
  sources.insert(sources.end(), paths.moreEvents.begin(), paths.moreEvents.end());
  // Ids are unique across layers, since selection is by id: each layer's are checked against
  // those of the layers before it, which are in c.events.
  IdIndex known;
  auto idOf = [&](int i) -> const std::string& { return c.events[static_cast<std::size_t>(i)].id; };
  const std::string bundledEvents = CatalogPaths::bundled().events;
  for (const auto& [path, fields] : sources) {
    EventLayer layer;
    layer.path = path;
    layer.name = path == bundledEvents ? "Events in the reports" : sourceTitle(path);
    const int index = static_cast<int>(c.layers.size());
    auto events = readEvents(path, fields, c.problems, [&](Event& e) -> std::optional<std::string> {
      if (const int other = known.find(e.id, idOf); other >= 0)
        return say("duplicate id '{id}', already in {layer}",
                   {{"id", e.id}, {"layer", c.layers[static_cast<std::size_t>(c.events[static_cast<std::size_t>(other)].layer)].name}});
      if (auto outside = placeInRegion(e, regions, boundaries.regions, projection)) return outside;
      e.layer = index;
      return std::nullopt;
    });
    layer.count = events.size();
    if (!events.empty()) layer.credit = events.front().credit;
    c.layers.push_back(std::move(layer));
    // The smaller set moves into the larger: a million events take a second to move one by one.
    // Their order does not matter here: sortByTime puts them back by layer.
    if (events.size() > c.events.size()) std::swap(events, c.events);
    c.events.insert(c.events.end(), std::make_move_iterator(events.begin()), std::make_move_iterator(events.end()));
    if (&fields != &sources.back().fields) known.build(c.events.size(), idOf);  // none come after the last
  }
  sortByTime(c.events);
  if (!paths.places.empty()) c.places = readPlaces(paths.places, paths.placeFields, c.problems);
  c.articles = readArticles(paths.articles, c.problems);
  // The catalog is indexed once, with the passages; until then they are checked against these.
  known.build(c.events.size(), idOf);
  std::unordered_set<std::string> placeIds;
  for (const Place& place : c.places) placeIds.insert(place.id);
  const PassageTargets targets{[&](const std::string& id) { return known.find(id, idOf) >= 0; },
                               [&](const std::string& id) { return placeIds.count(id) > 0; }};
  c.passages = readPassages(paths.passages, c.articles, targets, c.problems);
  c.reindex();
  // The bundled events each have their passages; events from elsewhere show their own fields.
  std::vector<std::string> unquoted;
  if (paths.events == bundledEvents)
    for (const Event& e : c.events)
      if (e.layer == 0 && c.passagesForEvent(e.id).empty())
        unquoted.push_back(say("{file}: event '{id}' has no passages", {{"file", paths.events}, {"id", e.id}}));
  addProblems(c.problems, std::move(unquoted), paths.events);
  return c;
}

void Catalog::reindex() {
  static std::atomic<int> revisions{0};
  revision_ = ++revisions;
  eventIds_.build(events.size(), [&](int i) -> const std::string& { return events[static_cast<std::size_t>(i)].id; });
  placeById_ = byId(places);
  articleById_ = byId(articles);
  passageById_ = byId(passages);
  passagesByEvent_.clear();
  passagesByPlace_.clear();
  for (std::size_t i = 0; i < passages.size(); ++i) {
    for (const std::string& id : passages[i].events) passagesByEvent_[id].push_back(static_cast<int>(i));
    for (const std::string& id : passages[i].places) passagesByPlace_[id].push_back(static_cast<int>(i));
  }
  placesWithPassages_.clear();
  for (std::size_t i = 0; i < places.size(); ++i)
    if (passagesByPlace_.count(places[i].id)) placesWithPassages_.push_back(static_cast<int>(i));
  eventsByRegion_.clear();
  for (std::size_t i = 0; i < events.size(); ++i) eventsByRegion_[events[i].regionIso].push_back(static_cast<int>(i));
  dateExtent_ = {};
  undatedEvents_ = 0;
  regionOnlyEvents_ = 0;
  bool dated = false;
  timeOrdered_ = true;
  longestSpan_ = 0;
  for (std::size_t i = 0; i < events.size(); ++i) {
    const DaySpan& d = events[i].days;
    if (i > 0 && earlier(events[i], events[i - 1])) timeOrdered_ = false;
    if (!events[i].undated) longestSpan_ = std::max(longestSpan_, d.last - d.first);
    if (events[i].regionOnly) ++regionOnlyEvents_;
    if (events[i].undated) {
      ++undatedEvents_;
      continue;
    }
    dateExtent_ = !dated ? d : DaySpan{std::min(dateExtent_.first, d.first), std::max(dateExtent_.last, d.last)};
    dated = true;
  }
  kindsInUse_.clear();
  auto used = [&](const std::string& kind) {
    return std::any_of(events.begin(), events.end(), [&](const Event& e) { return e.kind == kind; });
  };
  for (const EventKind& k : kinds.all())
    if (used(k.name)) kindsInUse_.push_back(k.name);
  for (const Event& e : events)
    if (!kinds.knows(e.kind) && std::find(kindsInUse_.begin(), kindsInUse_.end(), e.kind) == kindsInUse_.end())
      kindsInUse_.push_back(e.kind);
}

const Event* Catalog::findEvent(const std::string& id) const {
  const int i = eventIndex(id);
  return i < 0 ? nullptr : &events[static_cast<std::size_t>(i)];
}
int Catalog::eventIndex(const std::string& id) const {
  return eventIds_.find(id, [&](int i) -> const std::string& { return events[static_cast<std::size_t>(i)].id; });
}
const Place* Catalog::findPlace(const std::string& id) const { return lookup(placeById_, places, id); }
const Article* Catalog::findArticle(const std::string& id) const { return lookup(articleById_, articles, id); }
const Passage* Catalog::findPassage(const std::string& id) const { return lookup(passageById_, passages, id); }

std::vector<const Passage*> Catalog::passagesForEvent(const std::string& id) const {
  return pick(passagesByEvent_, passages, id);
}
std::vector<const Passage*> Catalog::passagesForPlace(const std::string& id) const {
  return pick(passagesByPlace_, passages, id);
}
std::vector<const Event*> Catalog::eventsInRegion(const std::string& iso) const {
  return pick(eventsByRegion_, events, iso);
}
std::vector<const Place*> Catalog::placesWithPassages() const {
  std::vector<const Place*> out;
  out.reserve(placesWithPassages_.size());
  for (int i : placesWithPassages_) out.push_back(&places[static_cast<std::size_t>(i)]);
  return out;
}

std::string Catalog::sourceLine(const Passage& passage) const {
  const Article* a = findArticle(passage.articleId);
  return a ? kg::sourceLine(*a) : std::string();
}

std::string Catalog::versionNote(const Passage& passage) const {
  std::vector<const Article*> others;
  for (const std::string& id : passage.alsoIn)
    if (const Article* other = findArticle(id)) others.push_back(other);
  return kg::versionNote(others);
}

std::string Catalog::knownEventIds() const {
  std::string out;
  for (const Event& e : events) out += (out.empty() ? "" : ", ") + e.id;
  return out;
}

}  // namespace kg
