#include "core/time/TimeRange.h"

#include "core/io/Say.h"

namespace kg {
namespace {

Error notADate(const std::string& text) {
  return Error{say("'{value}' is not a date (use START/END with ISO dates, either side open: 2020-10-01/2020-10-31, "
                   "2015-01-01/, /2019-12-31, or one period such as 2020-10)",
                   {{"value", text}})};
}

}  // namespace

std::string TimeRange::text() const {
  return (from ? isoDay(*from) : std::string()) + "/" + (to ? isoDay(*to) : std::string());
}

Result<TimeRange> parseTimeRange(const std::string& text) {
  const auto slash = text.find('/');
  TimeRange range;
  if (slash == std::string::npos) {
    const auto period = parseIsoPeriod(text);
    if (!period) return notADate(text);
    return TimeRange{period->first, period->last};
  }
  const std::string start = text.substr(0, slash), end = text.substr(slash + 1);
  if (!start.empty()) {
    const auto period = parseIsoPeriod(start);
    if (!period) return notADate(start);
    range.from = period->first;
  }
  if (!end.empty()) {
    const auto period = parseIsoPeriod(end);
    if (!period) return notADate(end);
    range.to = period->last;
  }
  if (range.from && range.to && *range.from > *range.to)
    return Error{say("'{value}' ends before it starts (use START/END with ISO dates, either side open: 2020-10-01/2020-10-31, "
                     "2015-01-01/, /2019-12-31, or one period such as 2020-10)",
                     {{"value", text}})};
  return range;
}

}  // namespace kg
