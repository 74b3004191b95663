#include "core/time/DateWords.h"

#include <unicode/calendar.h>
#include <unicode/dtitvfmt.h>
#include <unicode/timezone.h>

#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace kg {
namespace {

// Made once for each language and pattern (making one reads ICU's locale data: a millisecond),
// and used under a lock, as ICU's formats are not to be shared between threads unguarded.
std::mutex formatsLock;

std::string format(const char* locale, const char* skeleton, const DaySpan& span) {
  static std::map<std::pair<std::string, std::string>, std::unique_ptr<icu::DateIntervalFormat>> formats;
  std::lock_guard<std::mutex> lock(formatsLock);
  auto& made = formats[{locale, skeleton}];
  UErrorCode status = U_ZERO_ERROR;
  if (!made) {
    made.reset(icu::DateIntervalFormat::createInstance(icu::UnicodeString(skeleton), icu::Locale(locale), status));
    if (U_FAILURE(status) || !made) {
      made.reset();
      return describeDays(span);  // no ICU data for the language: English words rather than none
    }
    made->setTimeZone(*icu::TimeZone::getGMT());
  }
  // Noon on each day, in UTC, so that no time zone moves it to another day.
  const UDate msPerDay = 86400000.0;
  const icu::DateInterval interval((span.first + 0.5) * msPerDay, (span.last + 0.5) * msPerDay);
  icu::UnicodeString out;
  icu::FieldPosition position;
  made->format(&interval, out, position, status);
  if (U_FAILURE(status)) return describeDays(span);
  std::string text;
  out.toUTF8String(text);
  return text;
}

}  // namespace

std::string describeDays(const DaySpan& span, Language language) {
  if (language == Language::English || span.last < span.first) return describeDays(span);
  const char* locale = language == Language::Russian ? "ru" : "ky";
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  civilFromDay(span.first, y1, m1, d1);
  civilFromDay(span.last, y2, m2, d2);
  const bool wholeMonths = d1 == 1 && d2 == daysInMonth(y2, m2);
  // Whole years and whole months are said as such ("2019", "июнь 2010 г."), other spans by day.
  if (wholeMonths && m1 == 1 && m2 == 12) return format(locale, "y", span);
  return format(locale, wholeMonths ? "yMMMM" : "yMMMMd", span);
}

std::string describeStep(Day day, TimeStep step, Language language) {
  if (step == TimeStep::Day || step == TimeStep::Week) return describeDays({day, day}, language);
  const Day start = stepStart(day, step);
  return describeDays({start, addSteps(start, step, 1) - 1}, language);
}

std::string shownDate(const std::string& label, const DaySpan& days, Language language) {
  if (language == Language::English || days.last < days.first || label != describeDays(days)) return label;
  return describeDays(days, language);
}

}  // namespace kg
