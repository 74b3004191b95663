#include "core/time/Day.h"

#include <cstdio>

namespace kg {
namespace {

// Exactly `count` ASCII digits at `at`, as a number; -1 otherwise.
int digits(std::string_view text, std::size_t at, std::size_t count) {
  if (text.size() < at + count) return -1;
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};

}  // namespace

int daysInMonth(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return days[month - 1] + (month == 2 && leap ? 1 : 0);
}

bool isValidDay(int year, int month, int day) {
  return year >= 0 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

// Howard Hinnant's days_from_civil: exact for every year of the proleptic Gregorian calendar.
Day dayFromCivil(int year, int month, int day) {
  year -= month <= 2;
  const int era = (year >= 0 ? year : year - 399) / 400;
  const int yoe = year - era * 400;
  const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civilFromDay(Day z, int& year, int& month, int& dayOfMonth) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int mp = (5 * doy + 2) / 153;
  dayOfMonth = doy - (153 * mp + 2) / 5 + 1;
  month = mp < 10 ? mp + 3 : mp - 9;
  year = yoe + era * 400 + (month <= 2);
}

std::string isoDay(Day day) {
  int y = 0, m = 0, d = 0;
  civilFromDay(day, y, m, d);
  if (y < 0 || y > 9999) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
    return text;
  }
  // Written by hand: a million events' dates through snprintf take the better part of a second.
  std::string text = "0000-00-00";
  for (int i = 3; i >= 0; --i, y /= 10) text[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
  text[5] = static_cast<char>('0' + m / 10);
  text[6] = static_cast<char>('0' + m % 10);
  text[8] = static_cast<char>('0' + d / 10);
  text[9] = static_cast<char>('0' + d % 10);
  return text;
}

std::optional<DaySpan> parseIsoPeriod(std::string_view text) {
  const int year = digits(text, 0, 4);
  if (year < 0) return std::nullopt;
  if (text.size() == 4) return DaySpan{dayFromCivil(year, 1, 1), dayFromCivil(year, 12, 31)};
  if (text.size() < 7 || text[4] != '-') return std::nullopt;
  const int month = digits(text, 5, 2);
  if (month < 1 || month > 12) return std::nullopt;
  if (text.size() == 7) return DaySpan{dayFromCivil(year, month, 1), dayFromCivil(year, month, daysInMonth(year, month))};
  if (text.size() != 10 || text[7] != '-') return std::nullopt;
  const int day = digits(text, 8, 2);
  if (!isValidDay(year, month, day)) return std::nullopt;
  const Day d = dayFromCivil(year, month, day);
  return DaySpan{d, d};
}

std::optional<Day> parseDayText(std::string_view text) {
  if (const auto iso = parseIsoPeriod(text); iso && text.size() == 10) return iso->first;
  // "6 October 2020": a day of one or two digits, a month's English name, a year of four.
  const auto space = text.find(' ');
  const auto last = text.rfind(' ');
  if (space == std::string_view::npos || last == space || (space != 1 && space != 2)) return std::nullopt;
  const int day = digits(text, 0, space);
  const int year = text.size() - last - 1 == 4 ? digits(text, last + 1, 4) : -1;
  const std::string_view name = text.substr(space + 1, last - space - 1);
  for (int m = 1; m <= 12; ++m)
    if (name == kMonths[m - 1]) return isValidDay(year, m, day) ? std::optional<Day>(dayFromCivil(year, m, day)) : std::nullopt;
  return std::nullopt;
}

std::string describeDays(const DaySpan& span) {
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  civilFromDay(span.first, y1, m1, d1);
  civilFromDay(span.last, y2, m2, d2);
  const std::string year1 = std::to_string(y1), year2 = std::to_string(y2);
  const std::string month1 = kMonths[m1 - 1], month2 = kMonths[m2 - 1];
  const bool wholeMonths = d1 == 1 && d2 == daysInMonth(y2, m2);
  if (wholeMonths && m1 == 1 && m2 == 12) return y1 == y2 ? year1 : year1 + "–" + year2;
  if (wholeMonths && y1 == y2 && m1 == m2) return month1 + " " + year1;
  if (wholeMonths && y1 == y2) return month1 + "–" + month2 + " " + year1;
  if (span.first == span.last) return std::to_string(d1) + " " + month1 + " " + year1;
  if (y1 == y2 && m1 == m2) return std::to_string(d1) + "–" + std::to_string(d2) + " " + month1 + " " + year1;
  if (y1 == y2) return std::to_string(d1) + " " + month1 + " – " + std::to_string(d2) + " " + month2 + " " + year1;
  return std::to_string(d1) + " " + month1 + " " + year1 + " – " + std::to_string(d2) + " " + month2 + " " + year2;
}

}  // namespace kg
