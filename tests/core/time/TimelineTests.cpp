#include <catch2/catch.hpp>

#include "core/time/Timeline.h"

using namespace kg;

namespace {
Day day(int y, int m, int d) { return dayFromCivil(y, m, d); }
}  // namespace

TEST_CASE("steps of a day, week, month and year move along the calendar", "[time][timeline]") {
  CHECK(addSteps(day(2020, 1, 31), TimeStep::Month, 1) == day(2020, 2, 29));
  CHECK(addSteps(day(2021, 1, 31), TimeStep::Month, 1) == day(2021, 2, 28));
  CHECK(addSteps(day(2020, 12, 15), TimeStep::Month, 1) == day(2021, 1, 15));
  CHECK(addSteps(day(2020, 1, 15), TimeStep::Month, -1) == day(2019, 12, 15));
  CHECK(addSteps(day(2020, 2, 29), TimeStep::Year, 1) == day(2021, 2, 28));
  CHECK(addSteps(day(2020, 10, 6), TimeStep::Week, -2) == day(2020, 9, 22));
  CHECK(stepStart(day(2020, 10, 8), TimeStep::Week) == day(2020, 10, 5));  // a Thursday: its Monday
  CHECK(stepStart(day(2020, 10, 5), TimeStep::Week) == day(2020, 10, 5));
  CHECK(stepStart(day(1969, 12, 31), TimeStep::Week) == day(1969, 12, 29));
  CHECK(stepStart(day(2020, 10, 8), TimeStep::Month) == day(2020, 10, 1));
  CHECK(stepStart(day(2020, 10, 8), TimeStep::Year) == day(2020, 1, 1));
  CHECK(describeStep(day(2020, 10, 8), TimeStep::Day) == "8 October 2020");
  CHECK(describeStep(day(2020, 10, 8), TimeStep::Week) == "8 October 2020");
  CHECK(describeStep(day(2020, 10, 8), TimeStep::Month) == "October 2020");
  CHECK(describeStep(day(2020, 10, 8), TimeStep::Year) == "2020");
}

TEST_CASE("the histogram takes the finest step that fits and counts each event once", "[time][timeline]") {
  const std::vector<DaySpan> spans = {{day(2010, 6, 1), day(2010, 6, 30)},
                                      {day(2019, 8, 7), day(2019, 8, 8)},
                                      {day(2020, 10, 5), day(2020, 10, 6)},
                                      {day(2020, 10, 6), day(2020, 10, 6)},
                                      {day(2020, 10, 6), day(2020, 10, 6)}};
  const Histogram years = histogram(spans, day(2010, 6, 1), day(2020, 10, 6), 40);
  CHECK(years.bin == TimeStep::Year);
  REQUIRE(years.starts.size() == 11);
  CHECK(years.counts.front() == 1);
  CHECK(years.counts.back() == 3);
  CHECK(years.largest == 3);
  CHECK(years.end == day(2020, 12, 31));
  const Histogram months = histogram(spans, day(2010, 6, 1), day(2020, 10, 6), 200);
  CHECK(months.bin == TimeStep::Month);
  CHECK(months.starts.size() == 125);
  const Histogram days = histogram(spans, day(2020, 10, 1), day(2020, 10, 31), 200);
  CHECK(days.bin == TimeStep::Day);
  CHECK(days.counts[4] == 1);  // 5 October
  CHECK(days.counts[5] == 2);  // 6 October
  int total = 0;
  for (int c : days.counts) total += c;
  CHECK(total == 3);  // those outside the range are not counted
}

TEST_CASE("playback moves the date a step at a time and stops at the end", "[time][timeline]") {
  Playback p;
  p.start = p.current = day(2020, 1, 1);
  p.end = day(2020, 6, 30);
  p.step = TimeStep::Month;
  p.stepsPerSecond = 2;
  CHECK_FALSE(p.advance(1));  // paused: nothing moves
  p.playing = true;
  CHECK_FALSE(p.advance(0.4));
  CHECK(p.advance(0.2));  // 0.6 s at two steps a second: one step
  CHECK(p.current == day(2020, 2, 1));
  CHECK(p.shown() == TimeRange{day(2020, 1, 1), day(2020, 2, 1)});
  CHECK(p.advance(10));
  CHECK(p.current == p.end);
  CHECK_FALSE(p.playing);
  p.stepBy(-2);
  CHECK(p.current == day(2020, 4, 30));
  p.stepBy(-100);
  CHECK(p.current == p.start);
}

TEST_CASE("a moving window shows its last steps and ages events across it", "[time][timeline]") {
  Playback p;
  p.start = day(2020, 1, 1);
  p.current = day(2020, 3, 31);
  p.end = day(2020, 12, 31);
  p.step = TimeStep::Month;
  p.cumulative = false;
  p.windowSteps = 2;
  CHECK(p.shown() == TimeRange{day(2020, 2, 1), day(2020, 3, 31)});
  CHECK(p.age({day(2020, 3, 31), day(2020, 3, 31)}) == Approx(0));
  CHECK(p.age({day(2020, 2, 1), day(2020, 2, 1)}) == Approx(1));
  CHECK(p.age({day(2020, 3, 1), day(2020, 3, 1)}) == Approx(30.0 / 59.0));
}
