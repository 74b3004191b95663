#pragma once
// An article the passages are quoted from: its text exactly as received, and where in that text
// the story itself is. Texts saved from web pages carry leftovers of the page around the story
// ("Accessibility links", a donation appeal); articles.txt says where the story starts and ends,
// and the full-article view shows only the story's paragraphs.
#include <string>
#include <string_view>
#include <vector>

#include "core/io/Result.h"
#include "core/story/TextMatch.h"

namespace kg {

struct Article {
  std::string id, file, headline, description, outlet, eventsDate, versionOf;
  std::string text;             // the file's bytes, unchanged
  std::vector<TextSpan> story;  // the story's paragraphs in `text`, in order; found once, at load
};

struct StoryParagraph {
  std::string_view text;  // a view into Article::text, without surrounding whitespace
  std::size_t offset = 0;  // bytes into Article::text
  // Whether the paragraph holds any of `span`, such as a passage's place in the text.
  bool holds(TextSpan span) const { return offset < span.offset + span.length && span.offset < offset + text.size(); }
};

// The article's story, one entry a paragraph, leftovers of the page excluded. The views live as
// long as the article.
std::vector<StoryParagraph> storyParagraphs(const Article& article);

// The paragraphs (non-blank lines) of `text` from the line that reads `startsWith` to the line
// that reads `endsWith`, both included; an empty bound means the start or the end of the text.
// Lines are compared with their surrounding whitespace ignored. The error says which bound is not
// a line of the text.
Result<std::vector<TextSpan>> findStory(const std::string& text, const std::string& startsWith,
                                        const std::string& endsWith);

}  // namespace kg
