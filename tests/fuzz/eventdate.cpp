// Dates as the data and the command line give them: an event's date (core/events/EventDate: one
// day, month or year, or a range), ACLED's "6 October 2020" (core/time/Day) and a --time range
// (core/time/TimeRange).
#include "core/events/EventDate.h"
#include "core/time/TimeRange.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(kg::fuzz::bytes(data, size));
  std::string start, end;
  kg::DaySpan days;
  if (kg::parseEventDate(text, start, end, &days)) {
    if (!(start <= end) || days.first > days.last) __builtin_trap();  // a range never runs backwards
    if (!kg::parseIsoPeriod(kg::isoDay(days.first))) __builtin_trap();  // a day read is a day written
  }
  if (const auto day = kg::parseDayText(text); day && kg::parseDayText(kg::isoDay(*day)) != day)
    __builtin_trap();  // a day read from words is the same day written as ISO 8601
  if (const auto range = kg::parseTimeRange(text); range && range->from && range->to && *range->from > *range->to)
    __builtin_trap();
  return 0;
}
