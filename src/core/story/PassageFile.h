#pragma once
// Reads passages.txt: one [passage id] block per passage, quoting an article word for word and
// naming the events and places it speaks of. See assets/README.md for the keys.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/story/Article.h"
#include "core/story/Passage.h"

namespace kg {

// The ids a passage may name; the catalog that holds the events and places answers.
struct PassageTargets {
  std::function<bool(const std::string&)> isEvent, isPlace;
};

// Every valid passage, in file order, with its place in the article found and the other versions
// of the report that hold the same paragraph. A passage is left out, with a problem naming the
// file and line, when its id is missing, malformed or taken, its article unknown, its kind
// unknown, its text not in the article word for word, or none of its events and places known.
std::vector<Passage> readPassages(const std::string& path, const std::vector<Article>& articles,
                                  const PassageTargets& targets, std::vector<std::string>& problems);

// Lower-case letters and digits in words joined by single hyphens: "koy-tash-rally-call".
bool isPassageId(std::string_view id);

}  // namespace kg
