#include "core/story/TextMatch.h"

#include <vector>

namespace kg {
namespace {

bool isSpace(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// The text with whitespace runs collapsed (and optionally quotes folded), and for each output
// byte the offset of the input byte it came from.
std::string normalise(const std::string& text, bool foldQuotes, std::vector<std::size_t>* origin) {
  std::string out;
  bool pendingSpace = false;
  for (std::size_t i = 0; i < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (isSpace(c)) {
      pendingSpace = !out.empty();
      ++i;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      if (origin) origin->push_back(i);
      pendingSpace = false;
    }
    // U+2018/2019 and U+201C/201D are E2 80 98/99/9C/9D in UTF-8.
    if (foldQuotes && c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80) {
      const unsigned char d = static_cast<unsigned char>(text[i + 2]);
      if (d == 0x98 || d == 0x99 || d == 0x9C || d == 0x9D) {
        out += (d == 0x98 || d == 0x99) ? '\'' : '"';
        if (origin) origin->push_back(i);
        i += 3;
        continue;
      }
    }
    out += static_cast<char>(c);
    if (origin) origin->push_back(i);
    ++i;
  }
  return out;
}

}  // namespace

std::string collapseWhitespace(const std::string& text) { return normalise(text, false, nullptr); }

std::optional<TextSpan> findWordForWord(const std::string& haystack, const std::string& needle, bool foldQuotes) {
  const std::string n = normalise(needle, foldQuotes, nullptr);
  if (n.empty()) return std::nullopt;
  std::vector<std::size_t> origin;
  const std::string h = normalise(haystack, foldQuotes, &origin);
  const std::size_t at = h.find(n);
  if (at == std::string::npos) return std::nullopt;
  const std::size_t start = origin[at];
  const std::size_t lastByte = origin[at + n.size() - 1];
  // Extend over the rest of a multi-byte character at the end.
  std::size_t end = lastByte + 1;
  while (end < haystack.size() && (static_cast<unsigned char>(haystack[end]) & 0xC0) == 0x80) ++end;
  return TextSpan{start, end - start};
}

}  // namespace kg
