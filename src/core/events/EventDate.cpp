#include "core/events/EventDate.h"

#include <cstdio>
#include <regex>

namespace kg {
namespace {

bool validDay(int y, int m, int d) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1) return false;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool validIsoDate(const std::string& s) {
  static const std::regex pattern(R"((\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)");
  std::smatch m;
  if (!std::regex_match(s, m, pattern)) return false;
  const int y = std::stoi(m[1]);
  if (!m[2].matched) return true;
  const int mo = std::stoi(m[2]);
  if (mo < 1 || mo > 12) return false;
  return !m[3].matched || validDay(y, mo, std::stoi(m[3]));
}

}  // namespace

bool parseEventDate(const std::string& text, std::string& start, std::string& end) {
  const auto slash = text.find('/');
  start = slash == std::string::npos ? text : text.substr(0, slash);
  end = slash == std::string::npos ? text : text.substr(slash + 1);
  return validIsoDate(start) && validIsoDate(end) && start <= end;
}

std::string isoDate(int year, int month, int day) {
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace kg
