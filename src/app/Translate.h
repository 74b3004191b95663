#pragma once
// The interface in English, Russian or Kyrgyz, through GNU gettext: the English text is the key,
// and assets/po/ru.po and assets/po/ky.po (compiled at build into the build folder's locale/)
// give the others. Switching is live: tr() answers in the language last set.
//
// Each language is its own text domain ("kgatlas-ru", "kgatlas-ky") under the C.UTF-8 locale, so
// the choice never depends on the machine's locales, nor on LANGUAGE in the environment, and no
// environment is changed after start (other threads read it).
#include <initializer_list>
#include <string>
#include <utility>
#include <string_view>

#include "core/geometry/Feature.h"

namespace kg {

// Once, before any other thread starts: finds the catalogues beside the program (locale/).
// Returns "" or why the Russian and Kyrgyz interface cannot be shown (the English one still is).
std::string startTranslations();

void setInterfaceLanguage(Language language);
Language interfaceLanguage();

// The interface text in the language set; the English given when a catalogue lacks it. The
// result is never a format string (see `filled`).
const char* tr(const char* english);

// Marks a text for translation where it is written (a table of them), to be translated where it
// is shown with tr(): gettext's xgettext finds both.
constexpr const char* N_(const char* english) { return english; }

// A translated text with its "{name}" places filled: word order differs between the languages,
// and a translation is data, so it is never handed to printf as a format.
std::string filled(const char* english, std::string_view name, const std::string& value);

// The form for `count` ("{n} event" / "{n} events"; Russian has three), its places filled.
std::string filledPlural(const char* singular, const char* plural, unsigned long count,
                         std::initializer_list<std::pair<std::string_view, std::string>> values);

// A message said in the core with say() (core/io/Say.h) in the interface's language: the text it
// was said from translated and its places filled again, each value translated too when it was
// itself said. A message not said so, or whose text has no translation, stays as it is.
std::string translatedMessage(const std::string& message);

}  // namespace kg
