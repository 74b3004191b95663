// An article's text as received (core/story/Article, TextMatch): the input cut at NUL bytes into
// the text, the story's first and last lines, and a passage to find in it word for word.
#include "core/story/Article.h"
#include "core/story/TextMatch.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto parts = kg::fuzz::splitAtNul(kg::fuzz::bytes(data, size), 4);
  parts.resize(4);
  const std::string& needle = parts[3];
  kg::Article article;
  article.text = parts[0];
  auto story = kg::findStory(article.text, parts[1], parts[2]);
  if (!story) story = kg::findStory(article.text, "", "");
  article.story = std::move(*story);
  for (const kg::StoryParagraph& p : kg::storyParagraphs(article)) {
    if (p.offset + p.text.size() > article.text.size()) __builtin_trap();  // a view into the text
  }
  for (const bool fold : {false, true}) {
    if (const auto span = kg::findWordForWord(article.text, needle, fold)) {
      if (span->offset + span->length > article.text.size()) __builtin_trap();
    }
  }
  (void)kg::collapseWhitespace(needle);
  return 0;
}
