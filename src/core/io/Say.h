#pragma once
// Messages for people (errors, problems in files, notices) written once, in English, as a text
// with "{name}" places and what fills them: say("{file}: no such file", {{"file", path}}).
// The core and the command line use the English that say() returns. Each text said is noted,
// so that the window can show a message in the interface's language (app/Translate's
// translatedMessage): it finds which noted text the message was said from, translates that text
// through the catalogues and fills its places again, each value itself translated when it was
// said too. Gettext's xgettext collects the texts from the say("...") calls.
//
// Every message is one line: a value's line breaks and tabs (GDAL's texts end in a newline, a
// layer's name may hold one) become single spaces, and its trailing spaces go.
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

using SaidValues = std::initializer_list<std::pair<std::string_view, std::string>>;

std::string say(const char* english, SaidValues values = {});

// The text on one line, as say() puts each value.
std::string oneLine(std::string_view text);

// Every text said so far in this run (for translatedMessage), in no particular order.
std::vector<std::string> saidTexts();

}  // namespace kg
