#include "core/search/NameKey.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <cctype>
#include <memory>
#include <mutex>

namespace kg {
namespace {

// ICU's transliterators are not safe to use from two threads at once: one, behind a lock.
icu::UnicodeString toAscii(std::string_view utf8) {
  static std::mutex mutex;
  static std::unique_ptr<icu::Transliterator> latin = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("ky-ky_Latn/BGN; Any-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
  }();
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::lock_guard lock(mutex);
  if (latin) latin->transliterate(text);
  else text.toLower();
  return text;
}

}  // namespace

std::vector<std::string> wordKeys(std::string_view utf8) {
  std::string ascii;
  toAscii(utf8).toUTF8String(ascii);
  std::vector<std::string> words(1);
  for (const char c : ascii) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 128) {
      words.back() += static_cast<char>(std::tolower(u));
    } else if (c == '\'' || c == '`') {
      // A soft sign or apostrophe inside a word (Kul' from Куль) is no break.
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string nameKey(std::string_view utf8) {
  std::string key;
  for (const std::string& w : wordKeys(utf8)) key += w;
  return key;
}

}  // namespace kg
