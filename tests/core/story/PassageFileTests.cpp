#include <catch2/catch.hpp>

#include <set>

#include "core/story/PassageFile.h"
#include "core/story/SourceText.h"
#include "support/CatalogFixtures.h"

using namespace kg;
using namespace kg::test;
using Catch::Matchers::Contains;

namespace {

std::vector<Passage> readScratch(const std::string& text, std::string& path, std::vector<std::string>& problems) {
  ScratchCatalog f("passage-file");
  path = f.write("passages.txt", text);
  const PassageTargets anything{[](const std::string&) { return true; }, [](const std::string&) { return true; }};
  return readPassages(path, bundledCatalog().articles, anything, problems);
}

// The captions under the photos of the wire report (000 is the shorter version of 001), read
// off the articles: short lines describing a photo, between the paragraphs of the report.
const std::vector<std::string> kCaptions001{
    "People protesting the results of an election gather Tuesday by a bonfire in front of the main government "
    "building, known as the White House, in Bishkek.",
    "Protesters attempt to break through the gates of government headquarters in Bishkek on Monday.",
    "Shop owners in the capital Bishkek, fearing looting, installed metal shields against marauders.",
    "Documents are scattered across a room in the White House after it was ransacked by protesters.",
};

}  // namespace

TEST_CASE("passage ids are unique, kebab-case, and stay what they are", "[passages][ids]") {
  const Catalog& c = bundledCatalog();
  std::set<std::string> ids;
  for (const Passage& p : c.passages) {
    INFO(p.id);
    CHECK(isPassageId(p.id));
    CHECK(ids.insert(p.id).second);
  }
  // Others name passages by these ids: renaming one breaks them, so a rename must be deliberate.
  CHECK(ids == std::set<std::string>{"white-house-burnt-out-cars",   "white-house-documents-caption",
                                     "white-house-other-buildings",  "government-buildings-seized",
                                     "koy-tash-storming",            "koy-tash-house-taken",
                                     "koy-tash-gunshot-death",       "koy-tash-rally-call",
                                     "osh-sixty-killed",             "osh-otunbayeva-appeal",
                                     "moscow-uzbek-rally",           "jeruy-factory-torched",
                                     "alliance-altyn-fire",          "naryn-coal-mine-seized",
                                     "mines-seized-or-damaged",      "bozymchak-production-suspended",
                                     "kumtor-operations-continuing", "kyrgyzaltyn-refinery-break-in",
                                     "kant-base-high-alert",         "kant-base-security",
                                     "gknb-march",                   "hotel-broken-into",
                                     "hotel-prime-minister-elected"});
  const Passage* rally = c.findPassage("koy-tash-rally-call");
  REQUIRE(rally != nullptr);
  CHECK(rally->text.find("rally at the “White house”") != std::string::npos);
}

TEST_CASE("what a passage id may look like", "[passages][ids]") {
  CHECK(isPassageId("koy-tash-rally-call"));
  CHECK(isPassageId("osh2010"));
  for (const char* bad : {"", "Koy-Tash", "koy_tash", "koy--tash", "-koy", "koy-", "koy tash", "кой-таш"}) {
    INFO(bad);
    CHECK_FALSE(isPassageId(bad));
  }
}

TEST_CASE("missing, malformed and duplicate passage ids are reported with file and line",
          "[passages][ids][bad-input]") {
  std::string path;
  std::vector<std::string> problems;
  const auto passages = readScratch("[passage]\narticle: 004\nevents: osh\ntext: At least 60 people\n\n"      // 1
                                    "[passage Osh_60]\narticle: 004\nevents: osh\ntext: At least 60 people\n\n"  // 6
                                    "[passage osh-60]\narticle: 004\nevents: osh\ntext: At least 60 people\n\n"  // 11
                                    "[passage osh-60]\narticle: 004\nevents: osh\ntext: hundreds wounded\n\n"    // 16
                                    "[quote osh-61]\narticle: 004\nevents: osh\ntext: hundreds wounded\n",       // 21
                                    path, problems);
  REQUIRE(passages.size() == 1);
  CHECK(passages[0].id == "osh-60");
  CHECK(passages[0].line == 11);
  CHECK(anyContains(problems, path + ":1:", "has no id"));
  CHECK(anyContains(problems, path + ":6:", "passage id 'Osh_60' must be lower-case words joined by hyphens"));
  CHECK(anyContains(problems, path + ":16:", "duplicate passage id 'osh-60' (first on line 11)"));
  CHECK(anyContains(problems, path + ":21:", "unknown block [quote osh-61]"));
}

TEST_CASE("photo captions are marked and labelled as captions", "[passages][facts]") {
  const Catalog& c = bundledCatalog();
  const Passage* documents = c.findPassage("white-house-documents-caption");
  REQUIRE(documents != nullptr);
  CHECK_THAT(documents->text, Contains("Documents are scattered across a room"));
  CHECK(documents->kind == PassageKind::PhotoCaption);
  CHECK(passageLabel(*documents) == "Photo caption");
  // Every passage of the wire report is a caption exactly when its text is one of the captions.
  for (const Passage& p : c.passages) {
    if (p.articleId != "000" && p.articleId != "001") continue;
    INFO(p.id);
    const bool caption = std::find(kCaptions001.begin(), kCaptions001.end(), p.text) != kCaptions001.end();
    CHECK((p.kind == PassageKind::PhotoCaption) == caption);
    CHECK(passageLabel(p) == (caption ? "Photo caption" : ""));
  }
}

TEST_CASE("a passage's kind must be one the reader can be told", "[passages][bad-input]") {
  std::string path;
  std::vector<std::string> problems;
  const auto passages =
      readScratch("[passage a]\narticle: 004\nevents: osh\nkind: photo\ntext: At least 60 people\n\n"
                  "[passage b]\narticle: 004\nevents: osh\nkind: report\ntext: At least 60 people\nnotes: typo\n",
                  path, problems);
  REQUIRE(passages.size() == 1);
  CHECK(passages[0].id == "b");
  CHECK(passages[0].kind == PassageKind::Report);
  CHECK(anyContains(problems, path + ":4:", "unknown kind 'photo' (report or photo caption)"));
  CHECK(anyContains(problems, path + ":12:", "unknown key 'notes'"));
}

TEST_CASE("the misspelt Utanbayeva gets an editor's note and the quotation stays word for word", "[passages][facts]") {
  const Catalog& c = bundledCatalog();
  const Passage* appeal = c.findPassage("osh-otunbayeva-appeal");
  REQUIRE(appeal != nullptr);
  CHECK(appeal->text ==
        "Interim President Rosa Utanbayeva says officials are powerless to stop armed gangs from burning down the "
        "businesses and homes of ethnic Uzbeks in the southern city of Osh. Ms. Utanbayeva appealed to Russian "
        "officials to help stem the violence between the majority Kyrgyz and minority Uzbek communities. The city is "
        "also a stronghold of former Kyrgyzstan President Kurmanbek Bakiyev.");
  const Article* article = c.findArticle("004");
  REQUIRE(article != nullptr);
  CHECK(article->text.substr(appeal->span.offset, appeal->span.length) == appeal->text);
  CHECK(editorsNote(*appeal) ==
        "Editor's note: “Utanbayeva” in the original is Roza Otunbayeva, interim president of Kyrgyzstan in 2010.");
  CHECK(appeal->text.find("Otunbayeva") == std::string::npos);
  // Only the passage with the misspelling carries a note.
  for (const Passage& p : c.passages)
    if (&p != appeal) CHECK(editorsNote(p).empty());
}
