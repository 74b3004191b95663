#include "core/io/ProblemList.h"

#include <algorithm>
#include <iterator>

namespace kg {

void addProblems(std::vector<std::string>& problems, std::vector<std::string> found, const std::string& path) {
  const std::size_t listed = std::min(found.size(), kListedProblems);
  problems.insert(problems.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.begin() + static_cast<std::ptrdiff_t>(listed)));
  if (found.size() > listed)
    problems.push_back(path + ": " + std::to_string(found.size() - listed) + " more problems like these, not listed");
}

}  // namespace kg
