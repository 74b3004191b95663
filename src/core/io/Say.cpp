#include "core/io/Say.h"

#include <mutex>
#include <set>

#include "core/io/TextFormats.h"

namespace kg {
namespace {

std::mutex lock;
std::set<std::string>& texts() {
  static std::set<std::string> said;
  return said;
}

}  // namespace

std::string say(const char* english, SaidValues values) {
  {
    std::lock_guard<std::mutex> guard(lock);
    texts().insert(english);
  }
  std::vector<std::pair<std::string, std::string>> filled;
  for (const auto& [name, value] : values) filled.emplace_back(name, oneLine(value));
  return fillAllPlaces(english, filled);
}

std::string oneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool broken = false;  // just after a break, which became one space with the spaces around it
  for (const char c : text) {
    if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f') {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      if (!out.empty()) out += ' ';
      broken = true;
      continue;
    }
    if (broken && c == ' ') continue;
    out += c;
    broken = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string> saidTexts() {
  std::lock_guard<std::mutex> guard(lock);
  return {texts().begin(), texts().end()};
}

}  // namespace kg
