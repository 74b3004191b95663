#pragma once
// The problems one file gave, as a person reads them: each of the first kListedProblems, then one
// line saying how many more there were. A file with 100,000 faulty rows is told in 21 lines, not
// in 100,000 on the terminal and in the window's banner.
#include <cstddef>
#include <string>
#include <vector>

namespace kg {

inline constexpr std::size_t kListedProblems = 20;

// Appends `found` (the problems of the file at `path`) to `problems`, the first kListedProblems
// of them as they are and the rest as a count.
void addProblems(std::vector<std::string>& problems, std::vector<std::string> found, const std::string& path);

}  // namespace kg
