#include "app/Translate.h"

#include <libintl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

#include "core/io/MoCatalogue.h"
#include "core/io/Say.h"
#include "core/io/TextFile.h"
#include "core/io/TextFormats.h"

namespace kg {
namespace {

std::atomic<Language> current{Language::English};

// The catalogues' texts with places, read once at start (startTranslations) before other threads.
std::vector<std::string>& catalogueTexts() {
  static std::vector<std::string> texts;
  return texts;
}

std::string programFolder() {
  std::error_code error;
  const auto self = std::filesystem::read_symlink("/proc/self/exe", error);
  return error ? std::string(".") : self.parent_path().string();
}

}  // namespace

std::string startTranslations() {
  unsetenv("LANGUAGE");  // would otherwise choose the catalogue instead of the domain
  if (!std::setlocale(LC_MESSAGES, "C.UTF-8")) return "the C.UTF-8 locale is missing, so the interface stays in English";
  const std::string folder = programFolder() + "/locale";
  std::string problem;
  for (const char* domain : {"kgatlas-ru", "kgatlas-ky"}) {
    // A damaged catalogue is never given to gettext (it would read outside it): that language
    // then shows its English texts.
    const std::string file = folder + "/C.UTF-8/LC_MESSAGES/" + domain + ".mo";
    const auto bytes = readFile(file);
    const std::string wrong = bytes ? checkMoCatalogue(*bytes) : std::string();
    if (bytes && !wrong.empty()) {
      problem = file + ": " + wrong + ", so that language's texts stay in English";
      bindtextdomain(domain, "/nonexistent");
      continue;
    }
    bindtextdomain(domain, folder.c_str());
    bind_textdomain_codeset(domain, "UTF-8");
    // Its texts with places are the patterns messages are said from, also those said in an
    // earlier run (a boundary file's warnings kept in its cache).
    if (bytes)
      for (std::string& text : moCatalogueTexts(*bytes))
        if (text.find('{') != std::string::npos) catalogueTexts().push_back(std::move(text));
  }
  if (!problem.empty()) return problem;
  // Every catalogue translates the menu's first word: a way to see that it was found.
  const char* file = "File";
  if (dgettext("kgatlas-ru", file) == file || dgettext("kgatlas-ky", file) == file)
    return "no translations in " + folder + " (build the project to make them), so the interface stays in English";
  return {};
}

void setInterfaceLanguage(Language language) { current.store(language, std::memory_order_relaxed); }
Language interfaceLanguage() { return current.load(std::memory_order_relaxed); }

const char* tr(const char* english) {
  switch (interfaceLanguage()) {
    case Language::Russian: return dgettext("kgatlas-ru", english);
    case Language::Kyrgyz: return dgettext("kgatlas-ky", english);
    case Language::English: break;
  }
  return english;
}

std::string filled(const char* english, std::string_view name, const std::string& value) {
  return fillPlaces(tr(english), name, value);
}

std::string filledPlural(const char* singular, const char* plural, unsigned long count,
                         std::initializer_list<std::pair<std::string_view, std::string>> values) {
  const char* form = count == 1 ? singular : plural;
  switch (interfaceLanguage()) {
    case Language::Russian: form = dngettext("kgatlas-ru", singular, plural, count); break;
    case Language::Kyrgyz: form = dngettext("kgatlas-ky", singular, plural, count); break;
    case Language::English: break;
  }
  std::vector<std::pair<std::string, std::string>> filled;
  for (const auto& [name, value] : values) filled.emplace_back(name, value);
  return fillAllPlaces(form, filled);
}

namespace {

// A said text split into its words and places: "{file}:{line}: {problem}" as "", file, ":",
// line, ": ", problem, "".
struct SaidText {
  std::string english;
  std::vector<std::string> literals;  // one more than places
  std::vector<std::string> places;
};

SaidText split(const std::string& english) {
  SaidText t{english, {""}, {}};
  for (std::size_t i = 0; i < english.size();) {
    const std::size_t close = english[i] == '{' ? english.find('}', i) : std::string::npos;
    const bool place = close != std::string::npos && close > i + 1 &&
                       std::all_of(english.begin() + static_cast<long>(i) + 1, english.begin() + static_cast<long>(close),
                                   [](char c) { return (c >= 'a' && c <= 'z') || c == '_'; });
    if (place) {
      t.places.push_back(english.substr(i + 1, close - i - 1));
      t.literals.emplace_back();
      i = close + 1;
    } else {
      t.literals.back().push_back(english[i++]);
    }
  }
  return t;
}

// Fills `values` with what the message holds in each place, trying each place's possible ends
// in turn (a file name may hold ": " too).
bool match(const SaidText& t, const std::string& message, std::size_t literal, std::size_t at, std::vector<std::string>& values) {
  const std::string& word = t.literals[literal];
  if (message.compare(at, word.size(), word) != 0) return false;
  at += word.size();
  if (literal == t.places.size()) return at == message.size();
  const std::string& next = t.literals[literal + 1];
  const bool last = literal + 1 == t.places.size();
  for (std::size_t end = last && next.empty() ? message.size() : message.find(next, at + 1); end != std::string::npos;
       end = message.find(next, end + 1)) {
    values.push_back(message.substr(at, end - at));
    if (match(t, message, literal + 1, end, values)) return true;
    values.pop_back();
    if (next.empty()) break;
  }
  return false;
}

// Every text a message may have been said from, split once: those said in this run and the
// catalogue's, the most particular first (the most words outside its places), so that
// "time: {problem}" is tried before "{file}:{line}: {problem}", which would also match
// "time: 2020:3: ...". A text of places alone would match anything, and is left out.
std::vector<SaidText> patterns() {
  std::vector<std::string> all = saidTexts();
  all.insert(all.end(), catalogueTexts().begin(), catalogueTexts().end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  std::vector<std::pair<std::size_t, SaidText>> weighed;  // (its words' length, the text)
  for (const std::string& english : all) {
    SaidText t = split(english);
    std::size_t words = 0;
    for (const std::string& w : t.literals) words += w.size();
    if (words > 0) weighed.emplace_back(words, std::move(t));
  }
  std::stable_sort(weighed.begin(), weighed.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  std::vector<SaidText> texts;
  texts.reserve(weighed.size());
  for (auto& [words, t] : weighed) texts.push_back(std::move(t));
  return texts;
}

std::string translate(const std::string& message, int depth, const std::vector<SaidText>& texts) {
  if (depth > 4) return message;
  for (const SaidText& t : texts) {
    std::vector<std::string> values;
    if (t.places.empty() ? message != t.english : !match(t, message, 0, 0, values)) continue;
    std::vector<std::pair<std::string, std::string>> filled;
    for (std::size_t i = 0; i < values.size(); ++i) filled.emplace_back(t.places[i], translate(values[i], depth + 1, texts));
    return fillAllPlaces(tr(t.english.c_str()), filled);
  }
  return message;
}

}  // namespace

std::string translatedMessage(const std::string& message) {
  const Language language = interfaceLanguage();
  if (language == Language::English) return message;
  // Looked up once for each message and language: the panels ask every frame.
  static std::mutex lock;
  static std::map<std::pair<Language, std::string>, std::string> known;
  std::lock_guard<std::mutex> guard(lock);
  const auto found = known.find({language, message});
  if (found != known.end()) return found->second;
  if (known.size() > 4096) known.clear();
  return known[{language, message}] = translate(message, 0, patterns());
}

}  // namespace kg
