#pragma once
// How a name is compared when someone searches for it: written in any script, with or without
// diacritics, hyphens or capitals. ICU transliterates it to Latin and then to plain ASCII
// ("Any-Latin; Latin-ASCII"), folds case, and keeps letters and digits only, so "Ысык-Көл",
// "Ysyk-Köl" and "ysyk kol" have one key, and "Иссык-Куль", "Issyk-Kul" and "issyk kul" another.
#include <string>
#include <string_view>
#include <vector>

namespace kg {

// The key of a whole name ("ysykkol").
std::string nameKey(std::string_view utf8);
// The keys of its words, in order ("Lake Issyk-Kul" -> "lake", "issyk", "kul"): a search for some
// of the words finds the name.
std::vector<std::string> wordKeys(std::string_view utf8);

}  // namespace kg
