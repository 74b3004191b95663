#include <catch2/catch.hpp>

#include "core/time/TimeRange.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {
DaySpan span(const char* iso) { return *parseIsoPeriod(iso); }
}  // namespace

TEST_CASE("time ranges for --time: either side open and months and years run to their ends", "[time]") {
  const auto october = parseTimeRange("2020-10-01/2020-10-31");
  REQUIRE(october);
  CHECK(october->contains(span("2020-10-06")));
  CHECK(october->contains(span("2020-10-05")));
  CHECK_FALSE(october->contains(span("2020-11-01")));
  CHECK_FALSE(october->contains(span("2020-09-30")));
  CHECK(october->contains(span("2020")));  // a year-precise event may be in any of its days
  CHECK(october->text() == "2020-10-01/2020-10-31");

  const auto since = parseTimeRange("2015-01-01/");
  REQUIRE(since);
  CHECK_FALSE(since->to);
  CHECK(since->contains(span("2099-12-31")));
  CHECK_FALSE(since->contains(span("2014-12-31")));
  CHECK(since->text() == "2015-01-01/");

  const auto until = parseTimeRange("/2010-06-15");
  REQUIRE(until);
  CHECK(until->contains(span("2010-06")));  // June 2010 began before the 15th
  CHECK_FALSE(until->contains(span("2010-06-16")));

  const auto months = parseTimeRange("2010-06/2010-07");
  REQUIRE(months);
  CHECK(months->text() == "2010-06-01/2010-07-31");
  CHECK(parseTimeRange("2020-10")->text() == "2020-10-01/2020-10-31");
  CHECK(parseTimeRange("/")->isOpen());
}

TEST_CASE("a bad --time names what is wrong", "[time][bad-input]") {
  CHECK_THAT(parseTimeRange("2020-13-01/").error(), Contains("'2020-13-01' is not a date"));
  CHECK_THAT(parseTimeRange("yesterday").error(), Contains("'yesterday' is not a date"));
  CHECK_THAT(parseTimeRange("2020-10-01/oct").error(), Contains("'oct' is not a date"));
  CHECK_THAT(parseTimeRange("2020-10-31/2020-10-01").error(), Contains("ends before it starts"));
  CHECK_THAT(parseTimeRange("2020-10-01/2020-10-31/2020-11-01").error(), Contains("is not a date"));
}
