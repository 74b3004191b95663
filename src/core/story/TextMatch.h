#pragma once
// Finding a quoted passage in an article "word for word": only runs of whitespace are treated as
// equal to one space. Typographic quotes can additionally be folded to plain ones, to recognise
// the same paragraph in two versions of one report.
#include <optional>
#include <string>

namespace kg {

struct TextSpan {
  std::size_t offset = 0;  // bytes into the original text
  std::size_t length = 0;
};

std::string collapseWhitespace(const std::string& text);
// Where `needle` occurs in `haystack`, comparing with whitespace collapsed; offsets refer to the
// original haystack.
std::optional<TextSpan> findWordForWord(const std::string& haystack, const std::string& needle,
                                        bool foldQuotes = false);

}  // namespace kg
