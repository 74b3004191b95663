#include "core/time/TimeRange.h"

namespace kg {

std::string TimeRange::text() const {
  return (from ? isoDay(*from) : std::string()) + "/" + (to ? isoDay(*to) : std::string());
}

Result<TimeRange> parseTimeRange(const std::string& text) {
  static const std::string forms =
      " (use START/END with ISO dates, either side open: 2020-10-01/2020-10-31, 2015-01-01/, /2019-12-31, or one "
      "period such as 2020-10)";
  const auto slash = text.find('/');
  TimeRange range;
  if (slash == std::string::npos) {
    const auto period = parseIsoPeriod(text);
    if (!period) return Error{"'" + text + "' is not a date" + forms};
    return TimeRange{period->first, period->last};
  }
  const std::string start = text.substr(0, slash), end = text.substr(slash + 1);
  if (!start.empty()) {
    const auto period = parseIsoPeriod(start);
    if (!period) return Error{"'" + start + "' is not a date" + forms};
    range.from = period->first;
  }
  if (!end.empty()) {
    const auto period = parseIsoPeriod(end);
    if (!period) return Error{"'" + end + "' is not a date" + forms};
    range.to = period->last;
  }
  if (range.from && range.to && *range.from > *range.to)
    return Error{"'" + text + "' ends before it starts" + forms};
  return range;
}

}  // namespace kg
