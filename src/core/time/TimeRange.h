#pragma once
// A stretch of time to show events from, as the command line gives it (--time START/END) and the
// timeline's brush sets it. Either end may be open. An event is in the range when any of its days
// is: an event of "June 2010" is in a range that starts on 30 June 2010.
#include <optional>
#include <string>

#include "core/io/Result.h"
#include "core/time/Day.h"

namespace kg {

struct TimeRange {
  std::optional<Day> from, to;  // both included; none: open on that side

  bool isOpen() const { return !from && !to; }
  bool contains(const DaySpan& span) const { return (!from || span.last >= *from) && (!to || span.first <= *to); }
  // "2020-10-01/2020-10-31", "2015-01-01/", "/" for no limit
  std::string text() const;
  bool operator==(const TimeRange&) const = default;
};

// "START/END" with ISO dates at day, month or year precision, either side empty for open: a
// month or year as START begins on its first day, as END ends on its last. One date alone is
// the period it names ("2020-10": October 2020). The error says what is wrong with `text`.
Result<TimeRange> parseTimeRange(const std::string& text);

}  // namespace kg
