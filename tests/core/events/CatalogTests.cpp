#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "core/events/Catalog.h"
#include "core/events/EventFilter.h"
#include "core/geometry/HitTester.h"
#include "support/CatalogFixtures.h"

using namespace kg;
using namespace kg::test;
using Catch::Matchers::Contains;

namespace {

// The gazetteer's points (../shared/gazetteer.md), typed in independently of geodata/.
struct GazetteerEntry {
  double lat, lon, radiusKm;
  const char* region;
};
const std::map<std::string, GazetteerEntry> kGazetteer{
    {"bishkek-white-house", {42.8770, 74.6030, 0.5, "KG-GB"}}, {"koy-tash", {42.6900, 74.6800, 3, "KG-C"}},
    {"osh", {40.5300, 72.8000, 2, "KG-O"}},                    {"talas-mine", {42.3200, 72.8100, 15, "KG-T"}},
    {"naryn-coal-mine", {41.7100, 74.7600, 5, "KG-N"}},
};

bool anyPassageContains(const std::vector<const Passage*>& passages, const std::string& words) {
  for (const Passage* p : passages)
    if (p->text.find(words) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("the bundled events, places, articles and passages load without a problem", "[events]") {
  const Catalog& c = bundledCatalog();
  INFO((c.problems.empty() ? std::string() : c.problems.front()));
  CHECK(c.problems.empty());
  CHECK(c.events.size() == 5);
  CHECK(c.articles.size() == 5);
  CHECK(c.places.size() == 8);
}

TEST_CASE("each of the five events matches the gazetteer and lies in the right region polygon", "[events]") {
  const Catalog& c = bundledCatalog();
  const HitTester hit(&bundled().regions);
  for (const auto& [id, g] : kGazetteer) {
    INFO(id);
    const Event* e = c.findEvent(id);
    REQUIRE(e != nullptr);
    CHECK(e->point.lat == Approx(g.lat).margin(1e-9));
    CHECK(e->point.lon == Approx(g.lon).margin(1e-9));
    CHECK(e->radiusKm == Approx(g.radiusKm));
    CHECK(e->regionIso == g.region);
    const int region = hit.featureAt(Projection().forward(e->point));
    REQUIRE(region >= 0);
    CHECK(bundled().regions[region].iso == g.region);
  }
}

TEST_CASE("events come in time order", "[events]") {
  const Catalog& c = bundledCatalog();
  std::vector<std::string> ids;
  for (const Event& e : c.events) ids.push_back(e.id);
  CHECK(ids.front() == "osh");
  CHECK(ids[1] == "koy-tash");
  CHECK(ids[2] == "bishkek-white-house");
  for (std::size_t i = 0; i < c.events.size(); ++i) CHECK(c.eventIndex(c.events[i].id) == static_cast<int>(i));
  CHECK(c.eventIndex("atlantis") == -1);
  CHECK(c.findEvent("atlantis") == nullptr);
}

TEST_CASE("every passage occurs word for word in its article file, and every event has one", "[events][passages]") {
  const Catalog& c = bundledCatalog();
  REQUIRE_FALSE(c.passages.empty());
  for (const Passage& p : c.passages) {
    const Article* a = c.findArticle(p.articleId);
    REQUIRE(a != nullptr);
    // Independent of the loader: re-read the file from disk, collapse whitespace only.
    const std::string article = readText(assetsDir() + "/" + a->file);
    INFO(p.text);
    CHECK(collapseWhitespace(article).find(collapseWhitespace(p.text)) != std::string::npos);
    CHECK(article.substr(p.span.offset, p.span.length) == p.text);
  }
  for (const Event& e : c.events) {
    INFO(e.id);
    CHECK_FALSE(c.passagesForEvent(e.id).empty());
  }
}

TEST_CASE("passages are found by their id", "[passages]") {
  const Catalog& c = bundledCatalog();
  for (const Passage& p : c.passages) {
    INFO(p.id);
    CHECK(c.findPassage(p.id) == &p);
  }
  const Passage* rally = c.findPassage("koy-tash-rally-call");
  REQUIRE(rally != nullptr);
  CHECK(rally->articleId == "003");
  CHECK(c.findPassage("no-such-passage") == nullptr);
}

TEST_CASE("the 2019 call to rally at the White House is under Koy-Tash, not the October 2020 event",
          "[passages][facts]") {
  const Catalog& c = bundledCatalog();
  const std::string rally = "calls to leave the next day for a rally at the “White house”";
  CHECK_FALSE(anyPassageContains(c.passagesForEvent("bishkek-white-house"), rally));
  CHECK(anyPassageContains(c.passagesForEvent("koy-tash"), rally));
  // Nothing from article 003 (August 2019) belongs to the October 2020 event.
  for (const Passage* p : c.passagesForEvent("bishkek-white-house")) CHECK(p->articleId != "003");
}

TEST_CASE("two versions of one report are recognised, not quoted twice", "[events][passages]") {
  const Catalog& c = bundledCatalog();
  for (const Passage& p : c.passages) CHECK(p.articleId != "000");  // the longer version is quoted
  const auto talas = c.passagesForEvent("talas-mine");
  REQUIRE_FALSE(talas.empty());
  const Passage* jeruy = talas.front();
  REQUIRE(jeruy->articleId == "001");
  CHECK(jeruy->alsoIn == std::vector<std::string>{"000"});
  CHECK_THAT(c.versionNote(*jeruy), Contains("other version"));
}

TEST_CASE("source lines name the outlet only where the text does", "[events][passages]") {
  const Catalog& c = bundledCatalog();
  const auto naryn = c.passagesForEvent("naryn-coal-mine");
  REQUIRE(naryn.size() == 2);
  CHECK_THAT(naryn[0]->text, Contains("coal mine in Naryn region"));
  CHECK(c.sourceLine(*naryn[0]) ==
        "“Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos” — The Moscow Times — events of 5–6 October 2020");
  const auto osh = c.passagesForEvent("osh");
  REQUIRE_FALSE(osh.empty());
  CHECK(c.sourceLine(*osh[0]) == "“Amid Violence, Kyrgyzstan Appeals for Russia's Help” — events of Saturday 12 June 2010");
}

TEST_CASE("regions list the events inside them", "[events]") {
  const Catalog& c = bundledCatalog();
  REQUIRE(c.eventsInRegion("KG-N").size() == 1);
  CHECK(c.eventsInRegion("KG-N")[0]->id == "naryn-coal-mine");
  CHECK(c.eventsInRegion("KG-B").empty());
}

TEST_CASE("every secondary place is named by at least one passage", "[events][places]") {
  const Catalog& c = bundledCatalog();
  const std::vector<std::string> named{"kumtor",        "bozymchak", "kyrgyzaltyn-refinery", "kant-air-base",
                                       "gknb-building", "mps-hotel", "moscow"};
  for (const std::string& id : named) {
    INFO(id);
    CHECK_FALSE(c.passagesForPlace(id).empty());
  }
  // The places layer shows exactly those, in the places file's order; Ala-Too Square has no passage.
  std::vector<std::string> shown;
  for (const Place* p : c.placesWithPassages()) shown.push_back(p->id);
  CHECK(shown == std::vector<std::string>{"bozymchak", "kumtor", "kyrgyzaltyn-refinery", "kant-air-base",
                                          "gknb-building", "mps-hotel", "moscow"});
}

TEST_CASE("a copied catalog answers from its own data", "[events]") {
  const Catalog copy = bundledCatalog();
  const Event* e = copy.findEvent("osh");
  REQUIRE(e != nullptr);
  CHECK(e >= copy.events.data());
  CHECK(e < copy.events.data() + copy.events.size());
  const auto passages = copy.passagesForEvent("osh");
  REQUIRE_FALSE(passages.empty());
  CHECK(passages.front() >= copy.passages.data());
  CHECK(passages.front() < copy.passages.data() + copy.passages.size());
}

TEST_CASE("a malformed passages file: problems come with file and line", "[passages][bad-input]") {
  ScratchCatalog f("bad-passages");
  f.paths.passages = f.write("passages.txt",
                             "[passage osh]\narticle: 004\nevents: osh\ntext: At least 60 people have been killed\n\n"
                             "[passage b]\narticle: 999\nevents: osh\ntext: anything\n\n"
                             "[passage c]\narticle: 004\nevents: osh\ntext: At least 600 people have been killed\n\n"
                             "[passage d]\narticle: 004\nevents: atlantis\ntext: Breaking News\n\n"
                             "stray line\n");
  const Catalog c = loadCatalog(f.paths, bundled(), Projection());
  CHECK(c.passages.size() == 1);
  CHECK(anyContains(c.problems, f.paths.passages + ":7:", "unknown article '999'"));
  CHECK(anyContains(c.problems, f.paths.passages + ":14:", "not found word for word in article '004'"));
  CHECK(anyContains(c.problems, f.paths.passages + ":18:", "unknown event 'atlantis'"));
  CHECK(anyContains(c.problems, f.paths.passages + ":21:", "expected 'key: value'"));
  // Events left without a passage are reported too.
  CHECK(anyContains(c.problems, "'koy-tash'", "no passages"));
}

TEST_CASE("an articles file naming a missing text or a duplicate id is reported", "[passages][bad-input]") {
  ScratchCatalog f("bad-articles");
  f.paths.articles = f.write("articles.txt", "[a]\nfile: nowhere.txt\n\n[b]\nfile: b.txt\n\n[b]\nfile: b.txt\n");
  f.write("b.txt", "Some text.");
  const Catalog c = loadCatalog(f.paths, bundled(), Projection());
  CHECK(c.articles.size() == 1);
  CHECK(anyContains(c.problems, f.paths.articles + ":1:", "cannot be read"));
  CHECK(anyContains(c.problems, f.paths.articles + ":7:", "duplicate article id 'b'"));
}

TEST_CASE("a passage that names two events is listed under each of them", "[events][passages]") {
  const Catalog& c = bundledCatalog();
  int shared = 0;
  for (const Passage& p : c.passages) {
    shared += p.events.size() > 1;
    for (const std::string& id : p.events) {
      INFO(p.id << " under " << id);
      const auto listed = c.passagesForEvent(id);
      CHECK(std::count(listed.begin(), listed.end(), &p) == 1);
    }
    for (const std::string& id : p.places) {
      INFO(p.id << " under place " << id);
      const auto listed = c.passagesForPlace(id);
      CHECK(std::count(listed.begin(), listed.end(), &p) == 1);
    }
  }
  CHECK(shared > 0);  // the Moscow Times' two mines: the case this is about is in the data
  const Passage* mines = nullptr;
  for (const Passage& p : c.passages)
    if (p.events == std::vector<std::string>{"talas-mine", "naryn-coal-mine"}) mines = &p;
  REQUIRE(mines != nullptr);
  for (const char* id : {"talas-mine", "naryn-coal-mine"}) {
    const auto listed = c.passagesForEvent(id);
    CHECK(std::find(listed.begin(), listed.end(), mines) != listed.end());
  }
}

TEST_CASE("events files beside the bundled ones are layers and the passages stay with the bundled events", "[events][layers]") {
  ScratchCatalog f("layers");
  const std::string theirs = f.write(
      "theirs.geojson",
      featureCollection({pointFeature(R"("id":"rally","title":"A rally","date":"2021-03-01","kind":"protest")", 74.6,
                                      42.87),
                         pointFeature(R"("id":"osh","title":"Same id as a bundled event","date":"2021-03-02")", 72.8,
                                      40.53)}));
  f.paths.moreEvents = {{theirs, {}}};
  const Catalog c = loadCatalog(f.paths, test::bundled(), Projection());
  REQUIRE(c.layers.size() == 2);
  CHECK(c.layers[0].name == "Events in the reports");
  CHECK(c.layers[0].count == 5);
  CHECK(c.layers[1].name == "theirs.geojson");
  CHECK(c.layers[1].count == 1);
  REQUIRE(c.findEvent("rally"));
  CHECK(c.findEvent("rally")->layer == 1);
  CHECK(c.findEvent("osh")->layer == 0);  // the bundled one keeps its id
  CHECK(c.findEvent("osh")->title != "Same id as a bundled event");
  CHECK(c.passagesForEvent("osh").size() >= 2);
  CHECK(anyContains(c.problems, theirs, "duplicate id 'osh', already in Events in the reports"));
  // No "has no passages" for events from elsewhere: they show their own fields.
  CHECK_FALSE(anyContains(c.problems, "rally", "has no passages"));
  // Hiding a layer hides its events, and only those.
  EventFilter filter;
  filter.hiddenLayers = {0};
  const auto shown = shownEvents(c, filter);
  REQUIRE(shown.size() == 1);
  CHECK(c.events[static_cast<std::size_t>(shown[0])].id == "rally");
}

TEST_CASE("a layer opened later joins the catalog in time order, and layers move and go", "[events][layers]") {
  ScratchCatalog f("layers-later");
  const std::string theirs = f.write(
      "theirs.geojson",
      featureCollection({pointFeature(R"("id":"rally","title":"A rally","date":"2015-03-01","kind":"protest")", 74.6,
                                      42.87),
                         pointFeature(R"("id":"osh","title":"Same id as a bundled event","date":"2021-03-02")", 72.8,
                                      40.53),
                         pointFeature(R"("id":"far","title":"In China","date":"2016","region":"KG-N")", 75.99, 39.47)}));
  Catalog c = loadCatalog(f.paths, test::bundled(), Projection());
  REQUIRE(c.layers.size() == 1);
  const std::size_t passages = c.passagesForEvent("osh").size();

  LoadedLayer read = readEventLayer({theirs, {}}, test::bundled().regions, Projection());
  CHECK(read.layer.name == "theirs.geojson");
  CHECK(read.events.size() == 2);  // the one in China says it is in Naryn: refused with its reason
  CHECK(anyContains(read.problems, "'far'", "outside every region"));
  c.addLayer(std::move(read));
  REQUIRE(c.layers.size() == 2);
  CHECK(c.layers[1].count == 1);
  CHECK(anyContains(c.problems, theirs, "event 'osh': duplicate id, already in Events in the reports"));
  CHECK(anyContains(c.problems, "'far'", "outside every region"));
  REQUIRE(c.findEvent("rally"));
  CHECK(c.findEvent("rally")->layer == 1);
  CHECK(c.passagesForEvent("osh").size() == passages);  // the bundled event and its passages stay
  // In time order among the bundled events: after Osh (2010), before Koy-Tash (2019).
  CHECK(c.events[0].id == "osh");
  CHECK(c.events[1].id == "rally");
  CHECK(c.events[2].id == "koy-tash");

  // Moving the new layer first: the events keep their places, their layer numbers follow.
  c.moveLayer(1, 0);
  CHECK(c.layers[0].name == "theirs.geojson");
  CHECK(c.findEvent("rally")->layer == 0);
  CHECK(c.findEvent("osh")->layer == 1);
  CHECK(c.events[1].id == "rally");
  c.moveLayer(0, 5);  // out of range: nothing moves
  CHECK(c.layers[0].name == "theirs.geojson");

  // Removing it takes its events, and only those.
  c.removeLayer(0);
  REQUIRE(c.layers.size() == 1);
  CHECK(c.layers[0].name == "Events in the reports");
  CHECK_FALSE(c.findEvent("rally"));
  CHECK(c.events.size() == 5);
  for (const Event& e : c.events) CHECK(e.layer == 0);
  CHECK(c.passagesForEvent("osh").size() == passages);
}

TEST_CASE("moving one layer shifts the ones between", "[events][layers]") {
  CHECK(movedOrder(4, 3, 1) == std::vector<int>{0, 3, 1, 2});
  CHECK(movedOrder(4, 0, 2) == std::vector<int>{1, 2, 0, 3});
  CHECK(movedOrder(3, 1, 1) == std::vector<int>{0, 1, 2});
  CHECK(movedOrder(3, -1, 1) == std::vector<int>{0, 1, 2});
  // Where each went: layer 3 to 1, layers 1 and 2 down one.
  CHECK(movedIndices(4, 3, 1) == std::vector<int>{0, 2, 3, 1});
  CHECK(movedIndices(4, 0, 2) == std::vector<int>{2, 0, 1, 3});
  CHECK(movedIndices(3, 5, 1) == std::vector<int>{0, 1, 2});
  CHECK(indicesAfterRemoving({0, 2, 3}, 2) == std::vector<int>{0, 2});
  CHECK(indicesAfterRemoving({1, 4}, 0) == std::vector<int>{0, 3});
}

TEST_CASE("an event outside every region is shown where it is, unless it names one of them", "[events][catalog]") {
  ScratchCatalog f("outside-regions");
  const std::string theirs = f.write(
      "theirs.geojson",
      featureCollection({pointFeature(R"("id":"kashgar","title":"In China","date":"2016")", 75.99, 39.47),
                         pointFeature(R"("id":"elsewhere","title":"Named elsewhere","date":"2016","region":"CN-XJ")", 75.99, 39.47),
                         pointFeature(R"("id":"naryn","title":"Says Naryn","date":"2016","region":"KG-N")", 75.99, 39.47)}));
  const LoadedLayer read = readEventLayer({theirs, {}}, test::bundled().regions, Projection());
  REQUIRE(read.events.size() == 2);
  CHECK(read.events[0].id != "naryn");
  CHECK(read.events[1].id != "naryn");
  for (const Event& e : read.events) CHECK(e.point.lat == Approx(39.47));
  REQUIRE(read.problems.size() == 1);
  CHECK_THAT(read.problems[0], Catch::Contains("'naryn'") && Catch::Contains("outside every region"));
}
