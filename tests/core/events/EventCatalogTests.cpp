#include <catch2/catch.hpp>

#include <filesystem>
#include <map>

#include "core/events/EventCatalog.h"
#include "core/geometry/HitTester.h"
#include "core/events/MarkerHits.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {

const Catalog& bundledCatalog() {
  static const Catalog c = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  return c;
}

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

struct BadFiles {
  std::string dir;
  CatalogPaths paths;
  explicit BadFiles(const std::string& name) : dir(test::scratchDir(name)) {
    paths = CatalogPaths::bundled();
  }
  std::string write(const std::string& file, const std::string& text) {
    const std::string path = dir + "/" + file;
    test::writeFile(path, text);
    return path;
  }
};

std::string point(const std::string& props, double lon, double lat) {
  return R"({"type":"Feature","properties":{)" + props + R"(},"geometry":{"type":"Point","coordinates":[)" +
         std::to_string(lon) + "," + std::to_string(lat) + "]}}";
}
std::string collection(std::initializer_list<std::string> features) {
  std::string s = R"({"type":"FeatureCollection","features":[)";
  bool first = true;
  for (const std::string& f : features) {
    s += (first ? "" : ",") + f;
    first = false;
  }
  return s + "]}";
}
const std::string kGoodProps =
    R"("title":"T","date":"2020-10-06","date_label":"6 October 2020","kind":"protest","place":"P","radius_km":1)";

bool anyContains(const std::vector<std::string>& problems, const std::string& a, const std::string& b) {
  for (const std::string& p : problems)
    if (p.find(a) != std::string::npos && p.find(b) != std::string::npos) return true;
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
  const HitTester hit(&test::bundled().regions);
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
    CHECK(test::bundled().regions[region].iso == g.region);
  }
}

TEST_CASE("events come in time order", "[events]") {
  const Catalog& c = bundledCatalog();
  std::vector<std::string> ids;
  for (const Event& e : c.events) ids.push_back(e.id);
  CHECK(ids.front() == "osh");
  CHECK(ids[1] == "koy-tash");
  CHECK(ids[2] == "bishkek-white-house");
}

TEST_CASE("every passage occurs word for word in its article file, and every event has one", "[events][passages]") {
  const Catalog& c = bundledCatalog();
  REQUIRE_FALSE(c.passages.empty());
  for (const Passage& p : c.passages) {
    const Article* a = c.findArticle(p.articleId);
    REQUIRE(a != nullptr);
    // Independent of the loader: re-read the file from disk, collapse whitespace only.
    const std::string article = test::readText(std::string(KGATLAS_SOURCE_DATA_DIR) + "/assets/" + a->file);
    INFO(p.text);
    CHECK(collapseWhitespace(article).find(collapseWhitespace(p.text)) != std::string::npos);
    CHECK(article.substr(p.span.offset, p.span.length) == p.text);
  }
  for (const Event& e : c.events) {
    INFO(e.id);
    CHECK_FALSE(c.passagesForEvent(e.id).empty());
  }
}

TEST_CASE("bundled articles are the seed articles, unchanged", "[events][passages]") {
  const std::string seeds = std::string(KGATLAS_SOURCE_DATA_DIR) + "/../shared/seeds";
  // shared/ sits beside the checkout in CI and here; without it this test cannot say anything,
  // and a test that cannot look must not pass.
  INFO("the seed articles are expected in " << seeds);
  REQUIRE(std::filesystem::is_directory(seeds));
  std::size_t seedCount = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seeds)) seedCount += entry.path().extension() == ".txt";
  CHECK(bundledCatalog().articles.size() == seedCount);
  for (const Article& a : bundledCatalog().articles) {
    const std::string name = std::filesystem::path(a.file).filename().string();
    INFO(name);
    CHECK(test::readText(seeds + "/" + name) == a.text);
  }
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
  for (const char* id : {"kumtor", "bozymchak", "kyrgyzaltyn-refinery", "kant-air-base", "gknb-building", "mps-hotel",
                         "moscow"}) {
    INFO(id);
    CHECK_FALSE(c.passagesForPlace(id).empty());
  }
}

TEST_CASE("word for word means whitespace only", "[passages]") {
  CHECK(findWordForWord("One  two\nthree.", "One two three."));
  CHECK_FALSE(findWordForWord("One two three.", "One two three!"));
  CHECK_FALSE(findWordForWord("Kyrgyzstan’s gold", "Kyrgyzstan's gold"));
  CHECK(findWordForWord("Kyrgyzstan’s gold", "Kyrgyzstan's gold", /*foldQuotes=*/true));
  const auto span = findWordForWord("ab  cd\n\nef gh", "cd ef");
  REQUIRE(span);
  CHECK(span->offset == 4);
  CHECK(span->length == 6);
}

TEST_CASE("event dates: day, month or year precision, and ranges", "[events]") {
  std::string s, e;
  CHECK(parseEventDate("2010-06", s, e));
  CHECK(parseEventDate("2019-08-07/2019-08-08", s, e));
  CHECK(s == "2019-08-07");
  CHECK(e == "2019-08-08");
  CHECK_FALSE(parseEventDate("June 2010", s, e));
  CHECK_FALSE(parseEventDate("2020-13-01", s, e));
  CHECK_FALSE(parseEventDate("2021-02-29", s, e));
  CHECK_FALSE(parseEventDate("2020-10-06/2020-10-05", s, e));
}

TEST_CASE("a malformed events file: every problem is reported with file and id, the rest kept", "[events][bad-input]") {
  BadFiles f("bad-events");
  f.paths.events = f.write("events.geojson",
                           collection({point(R"("id":"good",)" + kGoodProps, 74.6, 42.87),
                                       point(R"("id":"good",)" + kGoodProps, 74.6, 42.87),
                                       point(R"("id":"bad-date","title":"T","date":"June 2010","kind":"protest","radius_km":1)", 74.6, 42.87),
                                       point(R"("id":"in-china",)" + kGoodProps, 75.99, 39.47),
                                       point(R"("id":"odd-kind","title":"T","date":"2020","kind":"riot","radius_km":1)", 74.6, 42.87),
                                       point(R"("id":"wrong-region","region":"KG-O",)" + kGoodProps, 74.6, 42.87)}));
  const Catalog c = loadCatalog(f.paths, test::bundled(), Projection());
  CHECK(c.events.size() == 1);
  CHECK(anyContains(c.problems, f.paths.events, "duplicate id 'good'"));
  CHECK(anyContains(c.problems, "'bad-date'", "bad date 'June 2010'"));
  CHECK(anyContains(c.problems, "'in-china'", "outside every region"));
  CHECK(anyContains(c.problems, "'odd-kind'", "unknown kind 'riot'"));
  CHECK(anyContains(c.problems, "'wrong-region'", "lies in KG-GB, not in KG-O"));
}

TEST_CASE("missing, empty and non-vector events files are reported, not fatal", "[events][bad-input]") {
  BadFiles f("missing-events");
  for (const std::string& path : {f.dir + "/missing.geojson", f.write("empty.geojson", ""), f.write("junk.geojson", "{{{")}) {
    f.paths.events = path;
    const Catalog c = loadCatalog(f.paths, test::bundled(), Projection());
    CHECK(c.events.empty());
    CHECK(anyContains(c.problems, path, "no events loaded"));
  }
}

TEST_CASE("a malformed passages file: problems come with file and line", "[passages][bad-input]") {
  BadFiles f("bad-passages");
  f.paths.passages = f.write("passages.txt",
                             "[passage]\narticle: 004\nevents: osh\ntext: At least 60 people have been killed\n\n"
                             "[passage]\narticle: 999\nevents: osh\ntext: anything\n\n"
                             "[passage]\narticle: 004\nevents: osh\ntext: At least 600 people have been killed\n\n"
                             "[passage]\narticle: 004\nevents: atlantis\ntext: Breaking News\n\n"
                             "stray line\n");
  const Catalog c = loadCatalog(f.paths, test::bundled(), Projection());
  CHECK(c.passages.size() == 1);
  CHECK(anyContains(c.problems, f.paths.passages + ":7:", "unknown article '999'"));
  CHECK(anyContains(c.problems, f.paths.passages + ":14:", "not found word for word in article '004'"));
  CHECK(anyContains(c.problems, f.paths.passages + ":18:", "unknown event 'atlantis'"));
  CHECK(anyContains(c.problems, f.paths.passages + ":21:", "expected 'key: value'"));
  // Events left without a passage are reported too.
  CHECK(anyContains(c.problems, "'koy-tash'", "no passages"));
}

TEST_CASE("an articles file naming a missing text or a duplicate id is reported", "[passages][bad-input]") {
  BadFiles f("bad-articles");
  f.paths.articles = f.write("articles.txt", "[a]\nfile: nowhere.txt\n\n[b]\nfile: b.txt\n\n[b]\nfile: b.txt\n");
  f.write("b.txt", "Some text.");
  const Catalog c = loadCatalog(f.paths, test::bundled(), Projection());
  CHECK(c.articles.size() == 1);
  CHECK(anyContains(c.problems, f.paths.articles + ":1:", "cannot be read"));
  CHECK(anyContains(c.problems, f.paths.articles + ":7:", "duplicate article id 'b'"));
}

TEST_CASE("markers under the pointer come back topmost first", "[markers]") {
  const std::vector<ScreenMarker> markers{{{MarkerRef::Kind::Place, 0}, {100, 100}, 5},
                                          {{MarkerRef::Kind::Event, 2}, {102, 101}, 9},
                                          {{MarkerRef::Kind::Event, 3}, {300, 300}, 9}};
  const auto hits = markersAt(markers, {101, 100});
  REQUIRE(hits.size() == 2);
  CHECK(hits[0] == MarkerRef{MarkerRef::Kind::Event, 2});
  CHECK(hits[1] == MarkerRef{MarkerRef::Kind::Place, 0});
  CHECK(markersAt(markers, {200, 200}).empty());
}
