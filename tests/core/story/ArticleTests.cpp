#include <catch2/catch.hpp>

#include <filesystem>

#include "core/story/Article.h"
#include "core/story/ArticleFile.h"
#include "support/CatalogFixtures.h"

using namespace kg;
using namespace kg::test;
using Catch::Matchers::Contains;

namespace {

// Lines of the saved web pages that are not the story, as they stand in the article files.
const std::vector<std::string> kLeftovers{
    "Accessibility links",
    "Breaking News",
    "Support The Moscow Times!",
    "… we have a small favor to ask.",
    "Continue",
    "Read more",
};

bool anyParagraphContains(const std::vector<StoryParagraph>& story, const std::string& words) {
  for (const StoryParagraph& p : story)
    if (p.text.find(words) != std::string_view::npos) return true;
  return false;
}

}  // namespace

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
    CHECK(readText(seeds + "/" + name) == a.text);
  }
}

TEST_CASE("the Moscow Times story leaves out the donation appeal but keeps every quoted paragraph",
          "[articles][facts]") {
  const Catalog& c = bundledCatalog();
  const Article* mt = c.findArticle("002");
  REQUIRE(mt != nullptr);
  const auto story = storyParagraphs(*mt);
  REQUIRE_FALSE(story.empty());
  CHECK(story.front().text == "Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos");
  CHECK(story.back().text.substr(0, 30) == "Atambayev was once close with ");
  CHECK_FALSE(anyParagraphContains(story, "Support The Moscow Times!"));
  CHECK_FALSE(anyParagraphContains(story, "small favor to ask"));
  CHECK_FALSE(anyParagraphContains(story, "foreign agent"));
  CHECK_FALSE(anyParagraphContains(story, "please support us monthly"));
  for (const std::string& line : kLeftovers) {
    INFO(line);
    for (const StoryParagraph& p : story) CHECK(p.text != line);
  }
  CHECK_FALSE(anyParagraphContains(story, "Accessibility links"));
  CHECK_FALSE(anyParagraphContains(story, "Breaking News"));
  for (const Passage& p : c.passages) {
    if (p.articleId != "002") continue;
    INFO(p.id);
    CHECK(std::any_of(story.begin(), story.end(), [&](const StoryParagraph& s) { return s.holds(p.span); }));
  }
}

TEST_CASE("no article's story holds a leftover of its web page, and every passage is in a story paragraph",
          "[articles][facts]") {
  const Catalog& c = bundledCatalog();
  for (const Article& a : c.articles) {
    INFO(a.id);
    const auto story = storyParagraphs(a);
    CHECK_FALSE(story.empty());
    for (const StoryParagraph& p : story) {
      CHECK(a.text.substr(p.offset, p.text.size()) == p.text);  // views into the text at their offset
      for (const std::string& line : kLeftovers) CHECK(p.text != line);
    }
  }
  const auto story004 = storyParagraphs(*c.findArticle("004"));
  CHECK(story004.front().text == "Amid Violence, Kyrgyzstan Appeals for Russia's Help");
  for (const Passage& p : c.passages) {
    INFO(p.id);
    const auto story = storyParagraphs(*c.findArticle(p.articleId));
    auto holds = [&](const StoryParagraph& s) { return s.holds(p.span); };
    CHECK(std::count_if(story.begin(), story.end(), holds) == 1);
  }
}

TEST_CASE("the story runs from the line that starts it to the line that ends it", "[articles]") {
  const std::string text = "Menu\n\nTitle  \r\nFirst para.\n\n  Last para.\nDonate!\n";
  auto found = findStory(text, "Title", "Last para.");
  REQUIRE(found);
  const std::vector<TextSpan>& story = found.value();
  REQUIRE(story.size() == 3);
  CHECK(text.substr(story[0].offset, story[0].length) == "Title");
  CHECK(text.substr(story[1].offset, story[1].length) == "First para.");
  CHECK(story[2].offset == text.find("Last para."));
  CHECK(story[2].length == std::string("Last para.").size());
  CHECK(findStory(text, "", "").value().size() == 5);  // no bounds: every non-blank line
  CHECK(findStory(text, "", "First para.").value().size() == 3);
  CHECK_THAT(findStory(text, "Titl", "").error(), Contains("story starts"));      // a whole line, not a part
  CHECK_THAT(findStory(text, "First para.", "Title").error(), Contains("story ends"));  // the end comes after the start
}

TEST_CASE("a story bound that is not a line of the text is reported with its line, and the whole text kept",
          "[articles][bad-input]") {
  ScratchCatalog f("bad-story");
  const std::string path = f.write("articles.txt", "[a]\nfile: a.txt\nstory starts: Nowhere\n\n"
                                                   "[b]\nfile: a.txt\nstory ends: Nowhere either\n\n"
                                                   "[c]\nfile: a.txt\nstory end: Two\n");
  f.write("a.txt", "One\nTwo\n");
  std::vector<std::string> problems;
  const auto articles = readArticles(path, problems);
  REQUIRE(articles.size() == 3);
  CHECK(articles[0].story.size() == 2);
  CHECK(anyContains(problems, path + ":3:", "'story starts' is not a whole line"));
  CHECK(anyContains(problems, path + ":7:", "'story ends' is not a whole line"));
  CHECK(anyContains(problems, path + ":11:", "unknown key 'story end'"));
}
