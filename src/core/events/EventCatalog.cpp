#include "core/events/EventCatalog.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <regex>
#include <set>
#include <sstream>

#include "core/io/GdalSource.h"
#include "core/geometry/HitTester.h"
#include "core/io/Resources.h"
#include "core/io/TextFile.h"

namespace kg {
namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\r\n") - b + 1);
}

std::vector<std::string> splitList(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ','))
    if (!trim(item).empty()) out.push_back(trim(item));
  return out;
}

bool validDay(int y, int m, int d) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool validIsoDate(const std::string& s) {
  static const std::regex pattern(R"((\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)");
  std::smatch m;
  if (!std::regex_match(s, m, pattern)) return false;
  const int y = std::stoi(m[1]);
  if (!m[2].matched) return true;
  const int mo = std::stoi(m[2]);
  if (mo < 1 || mo > 12) return false;
  return !m[3].matched || validDay(y, mo, std::stoi(m[3]));
}

// Opens a point layer through GDAL and calls visit(feature, label, point) for each point.
template <class Visit>
void readPoints(const std::string& path, const char* what, std::vector<std::string>& problems, Visit visit) {
  GdalErrorCapture errors;
  auto ds = openVectorFile(path, errors);
  if (!ds) {
    problems.push_back(ds.error() + " (no " + what + " loaded)");
    return;
  }
  OGRLayer* layer = (*ds)->GetLayer(0);
  auto transform = transformToWgs84(layer->GetSpatialRef());
  if (!transform) {
    problems.push_back(path + ": " + transform.error() + " (no " + what + " loaded)");
    return;
  }
  for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    const int idField = f->GetFieldIndex("id");
    const std::string id = idField >= 0 ? f->GetFieldAsString(idField) : "";
    const std::string label = path + ": feature " + std::to_string(f->GetFID()) + (id.empty() ? "" : " (id '" + id + "')");
    OGRGeometry* g = f->GetGeometryRef();
    if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint) {
      problems.push_back(label + ": not a point");
      continue;
    }
    if (*transform && g->transform(transform->get()) != OGRERR_NONE) {
      problems.push_back(label + ": cannot reproject its point to WGS84");
      continue;
    }
    const GeoPoint p{g->toPoint()->getY(), g->toPoint()->getX()};
    if (!isValid(p)) {
      problems.push_back(label + ": coordinates are not longitude/latitude");
      continue;
    }
    visit(*f, label, id, p);
  }
}

std::string field(OGRFeature& f, const char* name) {
  const int i = f.GetFieldIndex(name);
  return i >= 0 && f.IsFieldSetAndNotNull(i) ? trim(f.GetFieldAsString(i)) : "";
}

bool parseRadius(OGRFeature& f, double& radius) {
  const std::string text = field(f, "radius_km");
  char* end = nullptr;
  radius = std::strtod(text.c_str(), &end);
  return !text.empty() && end && *end == '\0' && radius >= 0 && radius < 20000;
}

// "[name]" blocks of "key: value" lines, as in assets/articles.txt and assets/passages.txt.
struct Block {
  std::string name;
  int line = 0;
  std::map<std::string, std::string> fields;
  std::map<std::string, int> lines;
};

std::vector<Block> readBlocks(const std::string& path, std::vector<std::string>& problems) {
  std::vector<Block> blocks;
  const auto text = readTextFile(path);
  if (!text) {
    problems.push_back(path + ": cannot open file");
    return blocks;
  }
  std::stringstream in(*text);
  std::string raw;
  int number = 0;
  while (std::getline(in, raw)) {
    ++number;
    const std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == '[') {
      if (line.back() != ']') {
        problems.push_back(path + ":" + std::to_string(number) + ": a block header must look like [name]");
        continue;
      }
      blocks.push_back({trim(line.substr(1, line.size() - 2)), number, {}, {}});
      continue;
    }
    const auto colon = line.find(':');
    if (blocks.empty() || colon == std::string::npos) {
      problems.push_back(path + ":" + std::to_string(number) + ": expected 'key: value' inside a [block]");
      continue;
    }
    const std::string key = trim(line.substr(0, colon));
    if (blocks.back().fields.count(key))
      problems.push_back(path + ":" + std::to_string(number) + ": '" + key + "' given twice in one block");
    blocks.back().fields[key] = trim(line.substr(colon + 1));
    blocks.back().lines[key] = number;
  }
  return blocks;
}

}  // namespace

const char* eventKindName(EventKind kind) {
  switch (kind) {
    case EventKind::Protest: return "protest";
    case EventKind::ArmedClash: return "armed clash";
    case EventKind::MineAttack: return "attack on a mine";
  }
  return "";
}

bool parseEventDate(const std::string& text, std::string& start, std::string& end) {
  const auto slash = text.find('/');
  start = slash == std::string::npos ? text : text.substr(0, slash);
  end = slash == std::string::npos ? text : text.substr(slash + 1);
  return validIsoDate(start) && validIsoDate(end) && start <= end;
}

CatalogPaths CatalogPaths::bundled() {
  const std::string root = resourceRoot();
  return {root + "/geodata/events.geojson", root + "/geodata/places.geojson", root + "/assets/articles.txt",
          root + "/assets/passages.txt"};
}

Catalog loadCatalog(const CatalogPaths& paths, const BoundaryData& boundaries, const Projection& projection) {
  Catalog c;
  const HitTester regions(&boundaries.regions);
  auto regionAt = [&](GeoPoint p) {
    const int i = regions.featureAt(projection.forward(p));
    return i < 0 ? std::string() : boundaries.regions[i].iso;
  };

  // Every point needs an id of its own within its file.
  auto acceptId = [&](std::set<std::string>& seen, const std::string& label, const std::string& id) {
    if (id.empty()) c.problems.push_back(label + ": has no id");
    else if (!seen.insert(id).second) c.problems.push_back(label + ": duplicate id '" + id + "'");
    else return true;
    return false;
  };
  std::set<std::string> ids;
  readPoints(paths.events, "events", c.problems, [&](OGRFeature& f, const std::string& label, const std::string& id,
                                                       GeoPoint p) {
    Event e;
    e.id = id;
    e.title = field(f, "title");
    e.date = field(f, "date");
    e.dateLabel = field(f, "date_label");
    e.place = field(f, "place");
    e.regionIso = field(f, "region");
    e.locationBasis = field(f, "location_basis");
    e.point = p;
    const std::string kind = field(f, "kind");
    if (!acceptId(ids, label, id)) return;
    if (e.title.empty()) return c.problems.push_back(label + ": has no title");
    if (!parseEventDate(e.date, e.dateStart, e.dateEnd))
      return c.problems.push_back(label + ": bad date '" + e.date + "' (use YYYY-MM-DD, YYYY-MM, YYYY or start/end)");
    if (e.dateLabel.empty()) e.dateLabel = e.date;
    if (kind == "protest") e.kind = EventKind::Protest;
    else if (kind == "armed-clash") e.kind = EventKind::ArmedClash;
    else if (kind == "mine-attack") e.kind = EventKind::MineAttack;
    else return c.problems.push_back(label + ": unknown kind '" + kind + "' (protest, armed-clash or mine-attack)");
    if (!parseRadius(f, e.radiusKm))
      return c.problems.push_back(label + ": radius_km must be a number of kilometres, 0 or more");
    const std::string actual = regionAt(p);
    if (actual.empty()) return c.problems.push_back(label + ": its point lies outside every region");
    if (!e.regionIso.empty() && e.regionIso != actual)
      return c.problems.push_back(label + ": its point lies in " + actual + ", not in " + e.regionIso);
    e.regionIso = actual;
    c.events.push_back(std::move(e));
  });
  std::stable_sort(c.events.begin(), c.events.end(),
                   [](const Event& a, const Event& b) { return a.dateStart < b.dateStart; });

  std::set<std::string> placeIds;
  if (!paths.places.empty())
    readPoints(paths.places, "places", c.problems, [&](OGRFeature& f, const std::string& label, const std::string& id,
                                                         GeoPoint p) {
      Place place;
      place.id = id;
      place.name = field(f, "name");
      place.regionIso = field(f, "region");
      place.locationBasis = field(f, "location_basis");
      place.point = p;
      if (!acceptId(placeIds, label, id)) return;
      if (place.name.empty()) return c.problems.push_back(label + ": has no name");
      if (!parseRadius(f, place.radiusKm))
        return c.problems.push_back(label + ": radius_km must be a number of kilometres, 0 or more");
      c.places.push_back(std::move(place));
    });

  const std::string articleDir = std::filesystem::path(paths.articles).parent_path().string();
  for (const Block& b : readBlocks(paths.articles, c.problems)) {
    const std::string where = paths.articles + ":" + std::to_string(b.line);
    Article a;
    a.id = b.name;
    auto get = [&](const char* key) { auto it = b.fields.find(key); return it == b.fields.end() ? "" : it->second; };
    a.file = get("file");
    a.headline = get("headline");
    a.description = get("description");
    a.outlet = get("outlet");
    a.eventsDate = get("events");
    a.versionOf = get("version of");
    if (a.id.empty()) { c.problems.push_back(where + ": an article needs an id in its [brackets]"); continue; }
    if (c.findArticle(a.id)) { c.problems.push_back(where + ": duplicate article id '" + a.id + "'"); continue; }
    if (a.file.empty()) { c.problems.push_back(where + ": article '" + a.id + "' has no file"); continue; }
    const std::string full = articleDir + "/" + a.file;
    const auto text = readTextFile(full);
    if (!text || text->empty()) {
      c.problems.push_back(where + ": article '" + a.id + "': " + full + (text ? " is empty" : " cannot be read"));
      continue;
    }
    a.text = *text;
    c.articles.push_back(std::move(a));
  }

  for (const Block& b : readBlocks(paths.passages, c.problems)) {
    auto at = [&](const char* key) {
      auto it = b.lines.find(key);
      return paths.passages + ":" + std::to_string(it == b.lines.end() ? b.line : it->second);
    };
    auto get = [&](const char* key) { auto it = b.fields.find(key); return it == b.fields.end() ? "" : it->second; };
    if (b.name != "passage") {
      c.problems.push_back(at("") + ": unknown block [" + b.name + "] (expected [passage])");
      continue;
    }
    Passage p;
    p.line = b.line;
    p.id = "line-" + std::to_string(b.line);
    p.articleId = get("article");
    p.text = get("text");
    const Article* article = c.findArticle(p.articleId);
    if (!article) { c.problems.push_back(at("article") + ": unknown article '" + p.articleId + "'"); continue; }
    if (p.text.empty()) { c.problems.push_back(at("text") + ": the passage has no text"); continue; }
    const auto span = findWordForWord(article->text, p.text);
    if (!span) {
      c.problems.push_back(at("text") + ": passage not found word for word in article '" + p.articleId + "' (" +
                           article->file + ")");
      continue;
    }
    p.span = *span;
    std::vector<std::pair<std::string, std::string>> unknown;  // (where, what)
    for (const std::string& id : splitList(get("events"))) {
      if (c.findEvent(id)) p.events.push_back(id);
      else unknown.emplace_back(at("events"), "unknown event '" + id + "'");
    }
    for (const std::string& id : splitList(get("places"))) {
      if (c.findPlace(id)) p.places.push_back(id);
      else unknown.emplace_back(at("places"), "unknown place '" + id + "'");
    }
    if (p.events.empty() && p.places.empty()) {  // one message for a passage left with nowhere to go
      std::string what;
      for (const auto& u : unknown) what += (what.empty() ? " (" : ", ") + u.second;
      c.problems.push_back((unknown.empty() ? at("") : unknown.front().first) +
                           ": the passage belongs to no known event or place" + (what.empty() ? "" : what + ")"));
      continue;
    }
    for (const auto& [where, what] : unknown) c.problems.push_back(where + ": " + what);
    for (const Article& other : c.articles)
      if (other.id != article->id && (other.versionOf == article->id || article->versionOf == other.id) &&
          findWordForWord(other.text, p.text, /*foldQuotes=*/true))
        p.alsoIn.push_back(other.id);
    c.passages.push_back(std::move(p));
  }
  for (const Event& e : c.events)
    if (c.passagesForEvent(e.id).empty()) c.problems.push_back(paths.events + ": event '" + e.id + "' has no passages");
  return c;
}

const Event* Catalog::findEvent(const std::string& id) const {
  for (const Event& e : events)
    if (e.id == id) return &e;
  return nullptr;
}
int Catalog::eventIndex(const std::string& id) const {
  for (std::size_t i = 0; i < events.size(); ++i)
    if (events[i].id == id) return static_cast<int>(i);
  return -1;
}
const Place* Catalog::findPlace(const std::string& id) const {
  for (const Place& p : places)
    if (p.id == id) return &p;
  return nullptr;
}
const Article* Catalog::findArticle(const std::string& id) const {
  for (const Article& a : articles)
    if (a.id == id) return &a;
  return nullptr;
}
const Passage* Catalog::findPassage(const std::string& id) const {
  for (const Passage& p : passages)
    if (p.id == id) return &p;
  return nullptr;
}
std::vector<const Passage*> Catalog::passagesForEvent(const std::string& id) const {
  std::vector<const Passage*> out;
  for (const Passage& p : passages)
    if (std::find(p.events.begin(), p.events.end(), id) != p.events.end()) out.push_back(&p);
  return out;
}
std::vector<const Passage*> Catalog::passagesForPlace(const std::string& id) const {
  std::vector<const Passage*> out;
  for (const Passage& p : passages)
    if (std::find(p.places.begin(), p.places.end(), id) != p.places.end()) out.push_back(&p);
  return out;
}
std::vector<const Event*> Catalog::eventsInRegion(const std::string& iso) const {
  std::vector<const Event*> out;
  for (const Event& e : events)
    if (e.regionIso == iso) out.push_back(&e);
  return out;
}
std::vector<const Place*> Catalog::placesWithPassages() const {
  std::vector<const Place*> out;
  for (const Place& p : places)
    if (!passagesForPlace(p.id).empty()) out.push_back(&p);
  return out;
}

std::string Catalog::sourceLine(const Passage& passage) const {
  const Article* a = findArticle(passage.articleId);
  if (!a) return "";
  std::string line = a->headline.empty() ? a->description : "“" + a->headline + "”";
  if (!a->outlet.empty()) line += " — " + a->outlet;
  if (!a->eventsDate.empty()) line += " — events of " + a->eventsDate;
  return line;
}

std::string Catalog::versionNote(const Passage& passage) const {
  std::string note;
  for (const std::string& id : passage.alsoIn) {
    const Article* other = findArticle(id);
    if (!other) continue;
    note += note.empty() ? "The same paragraph is in the other version of this report: " : "; ";
    note += other->headline.empty() ? other->description : "“" + other->headline + "”";
  }
  return note;
}

std::string Catalog::knownEventIds() const {
  std::string out;
  for (const Event& e : events) out += (out.empty() ? "" : ", ") + e.id;
  return out;
}

}  // namespace kg
