#pragma once
// Calendar days as whole numbers (days since 1970-01-01, proleptic Gregorian), so that date
// ranges compare, filter and bin with integer arithmetic, also for a million events.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg {

using Day = std::int32_t;

// The first and last day of a period, both included.
struct DaySpan {
  Day first = 0, last = 0;
  bool operator==(const DaySpan&) const = default;
  bool overlaps(const DaySpan& other) const { return first <= other.last && other.first <= last; }
};

bool isValidDay(int year, int month, int day);
int daysInMonth(int year, int month);  // month 1..12
Day dayFromCivil(int year, int month, int day);
void civilFromDay(Day day, int& year, int& month, int& dayOfMonth);
// "2020-10-06"
std::string isoDay(Day day);

// An ISO 8601 date at day, month or year precision ("2020-10-06", "2010-06", "2019") as the
// days it covers: "2010-06" is 1 to 30 June 2010. Nothing for any other text.
std::optional<DaySpan> parseIsoPeriod(std::string_view text);

// One day written as ISO 8601 ("2020-10-06") or in words ("6 October 2020", "06 October 2020"),
// as ACLED's exports write it. Nothing for any other text.
std::optional<Day> parseDayText(std::string_view text);

// The days as a reader says them: "6 October 2020", "5–6 October 2020", "October 2020",
// "28 September – 4 October 2020", "2019", "30 December 2019 – 2 January 2020".
std::string describeDays(const DaySpan& span);

}  // namespace kg
