#include "core/events/EventDate.h"

#include <cstdio>

namespace kg {

bool parseEventDate(const std::string& text, std::string& start, std::string& end, DaySpan* days) {
  const auto slash = text.find('/');
  start = slash == std::string::npos ? text : text.substr(0, slash);
  end = slash == std::string::npos ? text : text.substr(slash + 1);
  const auto first = parseIsoPeriod(start), last = parseIsoPeriod(end);
  if (!first || !last || !(start <= end) || first->first > last->last) return false;
  if (days) *days = {first->first, last->last};
  return true;
}

std::string isoDate(int year, int month, int day) {
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
  return text;
}

}  // namespace kg
