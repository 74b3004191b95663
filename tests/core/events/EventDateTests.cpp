#include <catch2/catch.hpp>

#include "core/events/EventDate.h"

using namespace kg;

TEST_CASE("event dates: day, month or year precision, and ranges", "[events]") {
  std::string s, e;
  CHECK(parseEventDate("2010-06", s, e));
  CHECK(parseEventDate("2019-08-07/2019-08-08", s, e));
  CHECK(s == "2019-08-07");
  CHECK(e == "2019-08-08");
  CHECK_FALSE(parseEventDate("June 2010", s, e));
  CHECK_FALSE(parseEventDate("2020-13-01", s, e));
  CHECK_FALSE(parseEventDate("2021-02-29", s, e));
  CHECK_FALSE(parseEventDate("2020-10-06/2020-10-05", s, e));
}

TEST_CASE("a date field's parts are written as ISO 8601", "[events]") {
  CHECK(isoDate(2020, 10, 6) == "2020-10-06");
  CHECK(isoDate(998, 1, 31) == "0998-01-31");
}

TEST_CASE("29 February is a day in leap years only: every fourth year, not centuries, but every 400th", "[events]") {
  std::string s, e;
  CHECK(parseEventDate("2020-02-29", s, e));
  CHECK(parseEventDate("2000-02-29", s, e));
  CHECK(parseEventDate("2016-02-28/2016-02-29", s, e));
  CHECK_FALSE(parseEventDate("1900-02-29", s, e));
  CHECK_FALSE(parseEventDate("2019-02-29", s, e));
  CHECK_FALSE(parseEventDate("2020-02-30", s, e));
  CHECK(parseEventDate("2020-01-31", s, e));
  CHECK_FALSE(parseEventDate("2020-04-31", s, e));
}

TEST_CASE("a range may start and end on the same day", "[events]") {
  std::string s, e;
  CHECK(parseEventDate("2020-10-06/2020-10-06", s, e));
  CHECK(s == "2020-10-06");
  CHECK(e == "2020-10-06");
}
