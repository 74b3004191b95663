#include "core/io/ProblemList.h"

#include <algorithm>
#include <iterator>

#include "core/io/TextFormats.h"

namespace kg {
namespace {

const std::string kOther = "other problems";

std::string moreLine(const std::string& path, std::size_t more) {
  return path + ": " + std::to_string(more) + " more problems like these, not listed";
}

}  // namespace

void addProblems(std::vector<std::string>& problems, std::vector<std::string> found, const std::string& path) {
  const std::size_t listed = std::min(found.size(), kListedProblems);
  problems.insert(problems.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.begin() + static_cast<std::ptrdiff_t>(listed)));
  if (found.size() > listed) problems.push_back(moreLine(path, found.size() - listed));
}

void ProblemTally::add(const std::string& reason, std::string text) {
  ++total_;
  // Never more than 50 reasons, so the summary stays a line: the rest are "other problems".
  auto find = [&](const std::string& key) {
    return std::find_if(reasons_.begin(), reasons_.end(), [&](const auto& r) { return r.first == key; });
  };
  auto it = find(reason);
  if (it == reasons_.end() && reasons_.size() >= 50) it = find(kOther);
  if (it != reasons_.end()) ++it->second;
  else reasons_.emplace_back(reasons_.size() < 50 ? reason : kOther, 1);
  if (listed_.size() < kListedProblems && !text.empty()) listed_.push_back(std::move(text));
}

void ProblemTally::appendTo(std::vector<std::string>& problems) const {
  if (total_ > listed_.size()) {
    std::string summary = path_ + ": " + withThousands(static_cast<long long>(total_)) + (total_ == 1 ? " row" : " rows") + " skipped: ";
    for (std::size_t i = 0; i < reasons_.size(); ++i)
      summary += (i ? ", " : "") + withThousands(static_cast<long long>(reasons_[i].second)) + " " + reasons_[i].first;
    problems.push_back(std::move(summary));
  }
  problems.insert(problems.end(), listed_.begin(), listed_.end());
  if (total_ > listed_.size()) problems.push_back(moreLine(path_, total_ - listed_.size()));
}

std::string problemReason(const std::string& message) {
  const auto end = message.find_first_of("'(:");
  std::string reason = message.substr(0, end);
  while (!reason.empty() && (reason.back() == ' ' || reason.back() == ',' || reason.back() == ';')) reason.pop_back();
  return reason.empty() ? message : reason;
}

}  // namespace kg
