// Days in words in the three languages (core/time/DateWords): ICU's forms for Russian and Kyrgyz,
// English as describeDays writes it, and an event's own label kept when it says more than days.
// ICU keeps "г." with its year by a narrow no-break space (U+202F).
#include <catch2/catch.hpp>

#include "core/time/DateWords.h"

using namespace kg;

namespace {
DaySpan span(int y1, int m1, int d1, int y2, int m2, int d2) { return {dayFromCivil(y1, m1, d1), dayFromCivil(y2, m2, d2)}; }
}  // namespace

TEST_CASE("days are said in Russian and Kyrgyz with each language's month forms and order", "[time][translation]") {
  const DaySpan koyTash = span(2019, 8, 7, 2019, 8, 8), june = span(2010, 6, 1, 2010, 6, 30), one = span(2020, 10, 6, 2020, 10, 6);
  CHECK(describeDays(koyTash, Language::English) == "7–8 August 2019");
  CHECK(describeDays(koyTash, Language::Russian) == "7–8 августа 2019\u202Fг.");
  CHECK(describeDays(koyTash, Language::Kyrgyz) == "7–8-август 2019-ж.");
  CHECK(describeDays(june, Language::English) == "June 2010");
  CHECK(describeDays(june, Language::Russian) == "июнь 2010\u202Fг.");
  CHECK(describeDays(june, Language::Kyrgyz) == "2010-ж., июнь");
  CHECK(describeDays(one, Language::Russian) == "6 октября 2020\u202Fг.");
  CHECK(describeDays(span(2020, 9, 30, 2020, 10, 2), Language::Russian) == "30 сентября – 2 октября 2020\u202Fг.");
  CHECK(describeDays(span(2019, 1, 1, 2019, 12, 31), Language::Kyrgyz) == "2019");
  // A timeline's month step.
  CHECK(describeStep(dayFromCivil(2020, 10, 17), TimeStep::Month, Language::Russian) == "октябрь 2020\u202Fг.");
}

TEST_CASE("an event's label is said in the interface's language only when it says no more than its days", "[time][translation]") {
  const DaySpan days = span(2020, 10, 5, 2020, 10, 6);
  CHECK(shownDate("5–6 October 2020", days, Language::Russian) == "5–6 октября 2020\u202Fг.");
  CHECK(shownDate("5–6 October 2020", days, Language::English) == "5–6 October 2020");
  // Written by hand in the file, with more than the days: kept as written.
  CHECK(shownDate("night of 5 to 6 October 2020", days, Language::Kyrgyz) == "night of 5 to 6 October 2020");
}
