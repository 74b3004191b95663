// The interface in Russian and Kyrgyz (app/Translate, assets/po): every text of the program has
// both translations, none of them is English left as it was, the window shows them, and the
// language changes live from the menu.
#include <catch2/catch.hpp>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {

std::string sourceRoot() {
  return std::filesystem::path(test::bundledPath()).parent_path().parent_path().string();
}

std::string poFile(const std::string& language) { return sourceRoot() + "/assets/po/" + language + ".po"; }

// Every entry of a .po file: the English and its translations (one, or each plural form), each
// joined from its lines.
struct Entry {
  std::string english;
  std::vector<std::string> translated;
};
std::vector<Entry> entries(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in);
  std::vector<Entry> found;
  std::string line;
  std::string* into = nullptr;
  while (std::getline(in, line)) {
    if (line.rfind("msgid ", 0) == 0) {
      found.emplace_back();
      into = &found.back().english;
    } else if (line.rfind("msgid_plural", 0) == 0) {
      into = nullptr;  // the English plural: its places are the singular's
    } else if (line.rfind("msgstr", 0) == 0 && !found.empty()) {
      found.back().translated.emplace_back();
      into = &found.back().translated.back();
    } else if (line.empty() || line[0] != '"') {
      into = nullptr;
      continue;
    }
    const auto open = line.find('"'), close = line.rfind('"');
    if (into && open != std::string::npos && close > open) *into += line.substr(open + 1, close - open - 1);
  }
  return found;
}

// The {places} a text has, in order of name.
std::multiset<std::string> places(const std::string& text) {
  std::multiset<std::string> found;
  const std::regex place("\\{[a-z]+\\}");
  for (std::sregex_iterator p(text.begin(), text.end(), place), end; p != end; ++p) found.insert(p->str());
  return found;
}

// The words of the interface a Russian or Kyrgyz screen must not show: its menus, panel titles,
// legend and status line in English.
const char* const kEnglishWords[] = {"File", "Edit", "View", "Tools", "Help", "Legend", "Protest", "Actor",
                                     "regions", "Boundaries", "pointer", "events", "Armed", "Attack"};

bool hasWord(const std::string& text, const std::string& word) {
  return std::regex_search(text, std::regex("(^|[^A-Za-z])" + word + "([^A-Za-z]|$)"));
}

}  // namespace

TEST_CASE("every text of the interface has its Russian and Kyrgyz translation", "[translation]") {
  // The texts as the program has them now, gathered by gettext's own xgettext, against each
  // .po file: msgcmp fails on any text missing or left untranslated.
  const std::string dir = test::scratchDir("e2e-translation-catalogue");
  std::vector<std::string> xgettext = {"xgettext", "--language=C++", "--from-code=UTF-8", "--keyword=tr",
                                       "--keyword=N_", "--keyword=filled:1", "--keyword=filledPlural:1,2", "--keyword=say:1",
                                       "-o", dir + "/now.pot"};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(sourceRoot() + "/src"))
    if (entry.path().extension() == ".cpp") xgettext.push_back(entry.path().string());
  const auto gathered = test::run(xgettext);
  INFO(gathered.err);
  REQUIRE(gathered.status == 0);
  for (const char* language : {"ru", "ky"}) {
    INFO(language);
    const auto compared = test::run({"msgcmp", poFile(language), dir + "/now.pot"});
    INFO(compared.err);
    CHECK(compared.status == 0);
    const auto checked = test::run({"msgfmt", "--check", "--statistics", "-o", "/dev/null", poFile(language)});
    INFO(checked.err);
    CHECK(checked.status == 0);
    CHECK_THAT(checked.err, Contains("translated messages") && !Contains("untranslated") && !Contains("fuzzy"));
  }
}

TEST_CASE("no translation is English: the only Latin words are names, keys and formats", "[translation]") {
  // Proper names (data sources, formats, licences), keys on the keyboard and file names stay as
  // they are in every language; any other Latin word in a translation is English left behind.
  const std::set<std::string> kept = {
      "kgatlas", "README", "toml", "GeoTIFF", "KML", "Google", "Earth", "GeoJSON", "GeoPackage", "WGS84",
      "Natural", "naturalearthdata", "com", "geojson", "places", "ISC", "admin", "10m", "GSHHG", "LGPL",
      "Debian", "gmt", "GeoNames", "CC", "BY", "all", "the", "cities", "assets", "articles", "Backspace",
      "Esc", "Tab", "Shift", "Ctrl", "Delete", "Enter", "Home", "End", "Page", "Up", "Down", "acleddata", "F5",
      "PNG", "TOML", "CSV", "Shapefile", "FlatGeobuf", "GDAL", "PostGIS", "QGIS", "ACLED",
      "TIFF", "TrueType", "OpenGL", "libkml", "PROJ", "Equal"};
  const std::regex latinWord("[A-Za-z][A-Za-z0-9]*"), place("\\{[a-z]+\\}"), option("--[a-z-]+"), quotedCode("«.*?»");
  for (const char* language : {"ru", "ky"}) {
    const auto found = entries(poFile(language));
    CHECK(found.size() > 100);
    for (const Entry& entry : found) {
      if (entry.english.empty()) continue;  // the header
      for (const std::string& translated : entry.translated) {
        INFO(language << ": \"" << entry.english << "\" -> \"" << translated << "\"");
        CHECK(places(translated) == places(entry.english));  // {n} and {file} kept, none invented
        // Command-line options ("--lesson") are typed as they are, in any language, and so is what
        // a file holds, which translations quote in guillemets («find = "point"»).
        const std::string text =
            std::regex_replace(std::regex_replace(std::regex_replace(translated, place, " "), option, " "), quotedCode, " ");
        for (std::sregex_iterator word(text.begin(), text.end(), latinWord), end; word != end; ++word) {
          const std::string w = word->str();
          if (w.size() == 1) continue;  // a key: "B", "M"
          INFO(w);
          CHECK(kept.count(w) == 1);
        }
      }
    }
  }
}

TEST_CASE("the window in Russian and in Kyrgyz shows no English word of its own", "[translation][screenshot]") {
  const std::string dir = test::scratchDir("e2e-translation-screens");
  const std::pair<const char*, std::vector<const char*>> languages[] = {
      {"ru", {"Файл", "Правка", "Инструменты"}}, {"ky", {"Файл", "Куралдар", "Брифинг"}}};
  for (const auto& [language, expected] : languages) {
    const std::string png = dir + "/" + language + ".png";
    const auto shot = test::run({test::kBinary, "--screenshot", png, "--size", "1280x720", "--lang", language});
    INFO(shot.err);
    REQUIRE(shot.status == 0);
    const auto read = test::run({"tesseract", png, "stdout", "-l", "rus+eng"});
    REQUIRE(read.status == 0);
    INFO(language << " read: " << read.out);
    for (const char* word : expected) CHECK_THAT(read.out, Contains(word));
    // The events' own titles and the names of data sources stay as written; the interface's
    // words do not.
    for (const char* word : kEnglishWords) {
      INFO(word);
      CHECK_FALSE(hasWord(read.out, word));
    }
  }
}

TEST_CASE("View > Language switches the menus and panels at once", "[translation][interaction]") {
  test::ViewerSession viewer("e2e-translation-live", "1280x720");
  const std::string& state = viewer.statePath;
  const auto before = test::waitForWidget(state, "menu/view");
  viewer.clickWidget("menu/view");
  test::hoverWidget(viewer.window, state, "menu/view/labels");
  viewer.clickWidget("menu/view/labels/ky");
  REQUIRE(test::waitForState(state, "language", "\"ky\""));
  // "View" became "Көрүнүш": the menu's title is wider in the next frames.
  bool wider = false;
  for (int i = 0; i < 50 && !wider; ++i) {
    if (auto now = test::widgetRect(viewer.state(), "menu/view")) wider = (*now)[2] > before[2] * 1.4;
    if (!wider) test::sleepMs(100);
  }
  CHECK(wider);
}

TEST_CASE("a mistake in a teacher's lesson file is told in the interface's language, with the file and line as they are",
          "[translation][lesson]") {
  const std::string dir = test::scratchDir("e2e-translated-problem");
  const std::string lesson = dir + "/урок.toml";
  test::writeFile(lesson, "title = \"Test\"\n[[question]]\nfind = \"region:KG-N\"\ncolour = \"red\"\n");
  const std::pair<const char*, std::string> expected[] = {
      {"en", lesson + ":4: a question has no key 'colour' (it has find, at, within_km, ask, ask_ru, ask_ky)"},
      {"ru", lesson + ":4: у вопроса нет ключа «colour» (есть «find», «at», «within_km», «ask», «ask_ru», «ask_ky»)"},
      {"ky", lesson + ":4: суроодо «colour» ачкычы жок («find», «at», «within_km», «ask», «ask_ru», «ask_ky» бар)"}};
  for (const auto& [language, said] : expected) {
    INFO(language);
    const std::string dump = dir + "/" + language + ".json";
    const auto shot = test::run({test::kBinary, "--lesson", lesson, "--lang", language, "--size", "1280x720", "--screenshot",
                                 dir + "/" + language + ".png", "--dump-state", dump});
    REQUIRE(shot.status == 0);
    CHECK(test::stateField(test::readText(dump), "first_problem") == "\"" + said + "\"");
  }
}
