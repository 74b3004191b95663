#include <catch2/catch.hpp>

#include "core/time/Day.h"

using namespace kg;

TEST_CASE("days count from 1970-01-01 and go back to the same calendar date", "[time]") {
  CHECK(dayFromCivil(1970, 1, 1) == 0);
  CHECK(dayFromCivil(1970, 1, 2) == 1);
  CHECK(dayFromCivil(1969, 12, 31) == -1);
  CHECK(dayFromCivil(2000, 3, 1) - dayFromCivil(2000, 2, 28) == 2);  // 2000 is a leap year
  CHECK(dayFromCivil(1900, 3, 1) - dayFromCivil(1900, 2, 28) == 1);  // 1900 is not
  CHECK(dayFromCivil(2020, 10, 6) == 18541);
  for (Day d = dayFromCivil(1599, 12, 1); d < dayFromCivil(2401, 3, 1); d += 13) {
    int y = 0, m = 0, dd = 0;
    civilFromDay(d, y, m, dd);
    REQUIRE(isValidDay(y, m, dd));
    REQUIRE(dayFromCivil(y, m, dd) == d);
  }
  CHECK(isoDay(dayFromCivil(2019, 8, 7)) == "2019-08-07");
  CHECK(isoDay(dayFromCivil(998, 1, 31)) == "0998-01-31");
}

TEST_CASE("an ISO date at day, month or year precision covers its days", "[time]") {
  CHECK(parseIsoPeriod("2020-10-06") == DaySpan{dayFromCivil(2020, 10, 6), dayFromCivil(2020, 10, 6)});
  CHECK(parseIsoPeriod("2010-06") == DaySpan{dayFromCivil(2010, 6, 1), dayFromCivil(2010, 6, 30)});
  CHECK(parseIsoPeriod("2020-02") == DaySpan{dayFromCivil(2020, 2, 1), dayFromCivil(2020, 2, 29)});
  CHECK(parseIsoPeriod("2021-02")->last == dayFromCivil(2021, 2, 28));
  CHECK(parseIsoPeriod("2019") == DaySpan{dayFromCivil(2019, 1, 1), dayFromCivil(2019, 12, 31)});
  for (const char* bad : {"", "20", "2020-1", "2020-13", "2020-00", "2020-02-30", "2020-10-6", "2020/10/06",
                          "2020-10-06T00:00", " 2020", "June 2010", "２０２０", "2020-1a-01"})
    CHECK_FALSE(parseIsoPeriod(bad));
}

TEST_CASE("spans overlap when they share a day", "[time]") {
  const DaySpan june{dayFromCivil(2010, 6, 1), dayFromCivil(2010, 6, 30)};
  CHECK(june.overlaps({dayFromCivil(2010, 6, 30), dayFromCivil(2010, 7, 5)}));
  CHECK_FALSE(june.overlaps({dayFromCivil(2010, 7, 1), dayFromCivil(2010, 7, 5)}));
  CHECK(june.overlaps({dayFromCivil(2010, 1, 1), dayFromCivil(2010, 6, 1)}));
  CHECK_FALSE(june.overlaps({dayFromCivil(2010, 1, 1), dayFromCivil(2010, 5, 31)}));
}
