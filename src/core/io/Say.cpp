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
  for (const auto& [name, value] : values) filled.emplace_back(name, value);
  return fillAllPlaces(english, filled);
}

std::vector<std::string> saidTexts() {
  std::lock_guard<std::mutex> guard(lock);
  return {texts().begin(), texts().end()};
}

}  // namespace kg
