#include "app/Translate.h"

#include <libintl.h>
#include <unistd.h>

#include <atomic>
#include <clocale>
#include <cstdlib>
#include <filesystem>

#include "core/io/MoCatalogue.h"
#include "core/io/TextFile.h"
#include "core/io/TextFormats.h"

namespace kg {
namespace {

std::atomic<Language> current{Language::English};

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
  std::string text = form;
  for (const auto& [name, value] : values) text = fillPlaces(std::move(text), name, value);
  return text;
}

}  // namespace kg
