// Lesson files (core/lesson/Lesson): the bundled example, what a teacher may get wrong, saving.
#include <catch2/catch.hpp>

#include <filesystem>

#include "core/geo/Projection.h"
#include "core/io/TextFile.h"
#include "core/lesson/Lesson.h"
#include "core/lesson/Quiz.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {
std::string bundledLesson() {
  return (std::filesystem::path(test::bundledPath()).parent_path().parent_path() / "assets/lessons/kyrgyzstan.toml").string();
}
}  // namespace

TEST_CASE("the bundled lesson reads without a problem, and every question finds its answer on the map", "[lesson]") {
  const auto read = readLesson(bundledLesson());
  REQUIRE(read);
  CHECK(read->problems.empty());
  const Lesson& lesson = read->lesson;
  CHECK(lesson.questions.size() >= 9);
  CHECK(lesson.annotations.size() == 2);
  const Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  for (const Question& q : lesson.questions) {
    INFO(q.kind << ":" << q.id);
    CHECK(quizTarget(q, test::bundled(), catalog, Projection(), bundledLesson()));
    CHECK_FALSE(q.askRu.empty());
    CHECK_FALSE(q.askKy.empty());
  }
}

TEST_CASE("a lesson's mistakes are each named with the file and line, and the rest is kept", "[lesson]") {
  const std::string text =
      "title = \"T\"\n"
      "colour = \"red\"\n"               // 2: no such key
      "[[question]]\n"                   // 3
      "find = \"region:KG-N\"\n"
      "[[question]]\n"                   // 5
      "find = \"mountain:everest\"\n"    // 6: no such kind
      "[[question]]\n"                   // 7
      "find = \"point\"\n"               // a point with no place
      "ask = \"Where?\"\n"
      "[[question]]\n"                   // 10
      "find = \"point\"\n"
      "at = [95, 10]\n"                  // 12: not on Earth
      "[[annotation]]\n"                 // 13
      "arrow = [1, 2, 3]\n"              // 14: three numbers
      "[[annotation]]\n"                 // 15
      "pin = [42, 74]\n"
      "text = [42, 75]\n"                // two kinds in one
      "[[annotation]]\n"
      "pin = [42.5, 74.5]\n"
      "label = \"kept\"\n";
  const auto read = parseLesson(text, "class.toml");
  REQUIRE(read);
  const auto& p = read->problems;
  auto has = [&](const std::string& what) {
    return std::any_of(p.begin(), p.end(), [&](const std::string& s) { return s.find(what) != std::string::npos; });
  };
  INFO(Catch::Detail::stringify(p));
  CHECK(has("class.toml:2: a lesson has no key 'colour'"));
  CHECK(has("class.toml:6: find must be"));
  CHECK(has("class.toml:7: a question with find = \"point\" needs at"));
  CHECK(has("class.toml:12: at must be [latitude, longitude]"));
  CHECK(has("class.toml:14: arrow must be"));
  CHECK(has("needs one of pin, text or arrow"));
  REQUIRE(read->lesson.questions.size() == 1);
  CHECK(read->lesson.questions[0].id == "KG-N");
  REQUIRE(read->lesson.annotations.size() == 1);
  CHECK(read->lesson.annotations[0].label == "kept");

  CHECK_THAT(parseLesson("", "e.toml").error(), Contains("e.toml") && Contains("empty"));
  CHECK_THAT(parseLesson("title = \"unclosed", "b.toml").error(), Contains("b.toml:1"));
  const auto unknown = quizTarget(Question{"lake", "baikal", {}, 0, "", "", "", 9}, test::bundled(), Catalog(),
                                  Projection(), "class.toml");
  REQUIRE_FALSE(unknown);
  CHECK_THAT(unknown.error(), Contains("class.toml:9") && Contains("baikal"));
}

TEST_CASE("a lesson written is read back the same, and is never written over a file that is not one", "[lesson]") {
  const auto read = readLesson(bundledLesson());
  REQUIRE(read);
  Lesson lesson = read->lesson;
  lesson.annotations.push_back({Annotation::Kind::Text, {41.5, 75.25}, {}, "Ысык-Көл \"quoted\"\nnext line", "", ""});
  lesson.annotations.push_back({Annotation::Kind::Pin, {42.0, 75.0}, {}, "", "только по-русски", "кыргызча"});
  CHECK(lesson.annotations.back().shownLabel(Language::English) == "только по-русски");  // no English: another's
  CHECK(lesson.annotations.back().shownLabel(Language::Kyrgyz) == "кыргызча");
  // The bundled lesson's marks are labelled in all three languages.
  for (const Annotation& a : read->lesson.annotations) CHECK((!a.label.empty() && !a.labelRu.empty() && !a.labelKy.empty()));
  const auto back = parseLesson(lessonText(lesson), "again.toml");
  REQUIRE(back);
  CHECK(back->problems.empty());
  CHECK(back->lesson == lesson);

  const std::string dir = test::scratchDir("lesson-save");
  REQUIRE(saveLesson(dir + "/mine.toml", lesson));
  REQUIRE(saveLesson(dir + "/mine.toml", lesson));  // its own file again: fine
  CHECK(readLesson(dir + "/mine.toml")->lesson == lesson);
  const std::string other = "[window]\nwidth = 1280\n";
  test::writeFile(dir + "/settings.toml", other);
  const auto refused = saveLesson(dir + "/settings.toml", lesson);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error(), Contains("settings.toml") && Contains("not a lesson"));
  CHECK(readTextFile(dir + "/settings.toml") == std::optional<std::string>(other));
}

TEST_CASE("a question reads in the language asked for, else in English, else from the name", "[lesson]") {
  const Question q{"region", "KG-N", {}, 0, "Click Naryn region", "Покажите Нарынскую область", "", 1};
  CHECK(questionText(q, Language::Russian, "x") == "Покажите Нарынскую область");
  CHECK(questionText(q, Language::Kyrgyz, "x") == "Click Naryn region");
  CHECK(questionText(Question{"region", "KG-N", {}, 0, "", "", "", 1}, Language::Kyrgyz, "Нарын облусун басыңыз") ==
        "Нарын облусун басыңыз");
}

TEST_CASE("a lesson file is told from a briefing by its questions or annotations", "[lesson]") {
  const std::string dir = test::scratchDir("lesson-or-briefing");
  test::writeFile(dir + "/marks.toml", "[[annotation]]\ntext = [42.0, 75.0]\nlabel = \"Tian Shan\"\n");
  test::writeFile(dir + "/quiz.toml", "title = \"Q\"\n[[question]]\nfind = \"region:KG-N\"\n");
  test::writeFile(dir + "/talk.toml", "title = \"Talk\"\n[[slide]]\ntitle = \"One\"\n");
  test::writeFile(dir + "/broken.toml", "[[question]\n");
  CHECK(isLessonFile(dir + "/marks.toml"));
  CHECK(isLessonFile(dir + "/quiz.toml"));
  CHECK(isLessonFile(bundledLesson()));
  CHECK_FALSE(isLessonFile(dir + "/talk.toml"));
  CHECK_FALSE(isLessonFile(dir + "/broken.toml"));  // opened as a briefing, whose reader names the mistake
  CHECK_FALSE(isLessonFile(dir + "/missing.toml"));
}
