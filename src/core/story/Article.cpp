#include "core/story/Article.h"

#include "core/io/Say.h"

namespace kg {
namespace {

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

// Every non-blank line of `text`, without its surrounding whitespace.
std::vector<TextSpan> lines(const std::string& text) {
  std::vector<TextSpan> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::size_t b = start, e = end;
    while (b < e && isSpace(text[b])) ++b;
    while (e > b && isSpace(text[e - 1])) --e;
    if (e > b) out.push_back({b, e - b});
    start = end + 1;
  }
  return out;
}

}  // namespace

std::vector<StoryParagraph> storyParagraphs(const Article& article) {
  std::vector<StoryParagraph> out;
  out.reserve(article.story.size());
  for (const TextSpan& p : article.story)
    out.push_back({std::string_view(article.text).substr(p.offset, p.length), p.offset});
  return out;
}

Result<std::vector<TextSpan>> findStory(const std::string& text, const std::string& startsWith,
                                        const std::string& endsWith) {
  const std::vector<TextSpan> all = lines(text);
  auto lineReading = [&](const std::string& wanted, std::size_t from) {
    for (std::size_t i = from; i < all.size(); ++i)
      if (std::string_view(text).substr(all[i].offset, all[i].length) == wanted) return i;
    return all.size();
  };
  std::size_t first = 0, end = all.size();
  if (!startsWith.empty() && (first = lineReading(startsWith, 0)) == all.size())
    return Error{say("'story starts' is not a whole line of the text")};
  if (!endsWith.empty()) {
    const std::size_t last = lineReading(endsWith, first);
    if (last == all.size()) return Error{say("'story ends' is not a whole line of the text after the story's start")};
    end = last + 1;
  }
  return std::vector<TextSpan>(all.begin() + static_cast<std::ptrdiff_t>(first),
                               all.begin() + static_cast<std::ptrdiff_t>(end));
}

}  // namespace kg
