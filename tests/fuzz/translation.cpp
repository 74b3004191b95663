// A translation catalogue (assets/po compiled to .mo, read by GNU gettext as the viewer reads
// them: src/app/Translate.cpp) on any bytes: checked (core/io/MoCatalogue), and when the check
// lets it through, put where a catalogue goes and asked for the interface's texts, then each answer's {places} filled (core/io/TextFormats: fillPlaces). A
// damaged catalogue beside the program must give some text, never a crash or a hang; and a
// filled text never keeps a place that it was asked to fill. (Plural forms are left out: glibc
// evaluates a catalogue's plural formula as given, and one dividing by zero stops the program;
// the build's msgfmt --check refuses such a formula in assets/po.)
#include <libintl.h>

#include <clocale>
#include <filesystem>
#include <string>

#include "core/io/MoCatalogue.h"
#include "core/io/TextFormats.h"
#include "fuzz/FuzzSupport.h"

// gettext never frees a catalogue it has read, nor what its plural-formula parser built when the
// formula is malformed: glibc's own, not this program's, so not reported as leaks.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:__gettextparse\nleak:_nl_load_domain\nleak:_nl_find_domain\nleak:_nl_make_l10nflist\n";
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool ready = [] {
    unsetenv("LANGUAGE");
    return std::setlocale(LC_MESSAGES, "C.UTF-8") != nullptr;
  }();
  if (!ready) return 0;
  // gettext keeps a catalogue it has read for good: each input is a domain of its own, and after
  // 5,000 of them only the check and the filling run (memory stays bounded in a long run).
  static unsigned long count = 0;
  if (count >= 5000) {
    (void)kg::checkMoCatalogue(kg::fuzz::bytes(data, size));
    const std::string text(kg::fuzz::bytes(data, size));
    if (kg::fillPlaces(text, "n", "3").find("{n}") != std::string::npos) __builtin_trap();
    return 0;
  }
  const std::string domain = "fuzz" + std::to_string(count++);
  const std::string folder = kg::fuzz::scratchDir() + "/C.UTF-8/LC_MESSAGES";
  std::filesystem::create_directories(folder);
  const std::string file = folder + "/" + domain + ".mo";
  // As the viewer does: a catalogue that fails the check is not given to gettext at all.
  if (!kg::checkMoCatalogue(kg::fuzz::bytes(data, size)).empty()) return 0;
  kg::fuzz::writeFile(file, kg::fuzz::bytes(data, size));
  bindtextdomain(domain.c_str(), kg::fuzz::scratchDir().c_str());
  bind_textdomain_codeset(domain.c_str(), "UTF-8");
  for (const char* english : {"File", "Present from slide {n}", "Reading {file}...", "Time: {range}"}) {
    const std::string text = dgettext(domain.c_str(), english);
    const std::string filled = kg::fillPlaces(text, "n", "3");
    if (text.find("{n}") == std::string::npos && filled != text) __builtin_trap();
    if (filled.find("{n}") != std::string::npos) __builtin_trap();
  }
  // A value holding the place itself is put in once, not again and again.
  const std::string text = dgettext(domain.c_str(), "{n} event");
  if (kg::fillPlaces(text, "n", "{n}{n}").size() > text.size() * 6 + 16) __builtin_trap();
  std::filesystem::remove(file);
  return 0;
}
