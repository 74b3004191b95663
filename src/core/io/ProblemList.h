#pragma once
// The problems one file gave, as a person reads them: each of the first kListedProblems, then one
// line saying how many more there were. A file with 100,000 faulty rows is told in a few lines,
// not in 100,000 on the terminal and in the window's banner.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

namespace kg {

inline constexpr std::size_t kListedProblems = 20;

// Appends `found` (the problems of the file at `path`) to `problems`, the first kListedProblems
// of them as they are and the rest as a count.
void addProblems(std::vector<std::string>& problems, std::vector<std::string> found, const std::string& path);

// Counts a file's problems by reason while it is read, keeping the text of only the first
// kListedProblems, so a file with a million faulty rows costs a million counts, not a million
// messages. Where there are more than that, a first line sums them up by reason:
// "events.fgb: 12,000 rows skipped: 10,000 bad date, 2,000 duplicate id".
class ProblemTally {
 public:
  explicit ProblemTally(std::string path) : path_(std::move(path)) {}
  // Whether the next problem's text will be kept: build it only then.
  bool wantsText() const { return listed_.size() < kListedProblems; }
  // `reason` is what the summary counts by ("bad date"); `text` the whole message (ignored
  // when wantsText() is false).
  void add(const std::string& reason, std::string text);
  std::size_t count() const { return total_; }
  void appendTo(std::vector<std::string>& problems) const;

 private:
  std::string path_;
  std::vector<std::pair<std::string, std::size_t>> reasons_;  // in order of first appearance
  std::vector<std::string> listed_;
  std::size_t total_ = 0;
};

// The part of a problem's message that names its kind: up to the first quoted value, bracket or
// colon ("bad date 'someday' (use ...)" gives "bad date").
std::string problemReason(const std::string& message);

}  // namespace kg
