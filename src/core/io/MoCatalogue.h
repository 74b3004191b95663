#pragma once
// A gettext catalogue (.mo, what msgfmt compiles a .po into) checked before GNU gettext is given
// it: gettext trusts the offsets in the file, and a damaged or truncated catalogue can make it
// read outside the file and crash the program. Only a catalogue whose every table and string lies
// inside the file, each string ended as the format says, is handed on (app/Translate).
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// "" when the bytes are a catalogue gettext can read safely; otherwise what is wrong with them.
std::string checkMoCatalogue(std::string_view bytes);

// The English texts a catalogue translates (of a plural, its singular), in its order; nothing for
// a catalogue checkMoCatalogue refuses.
std::vector<std::string> moCatalogueTexts(std::string_view bytes);

}  // namespace kg
