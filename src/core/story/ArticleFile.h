#pragma once
// Reads articles.txt: one [id] block per article naming its text file (relative to articles.txt)
// and what to say about it. See assets/README.md for the keys.
#include <string>
#include <vector>

#include "core/story/Article.h"

namespace kg {

// Every article whose block is valid and whose text can be read; each problem names the file and
// line (a bad story bound is reported and the whole text kept as the story).
std::vector<Article> readArticles(const std::string& path, std::vector<std::string>& problems);

}  // namespace kg
