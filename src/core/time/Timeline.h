#pragma once
// What the timeline shows and does, without drawing it: events counted into bins over time, and
// playback that walks a date through them a step at a time. Kept to plain values, so the panel,
// the map and the tests share one account of "now".
#include <string>
#include <vector>

#include "core/time/Day.h"
#include "core/time/TimeRange.h"

namespace kg {

enum class TimeStep { Day, Week, Month, Year };

const char* stepName(TimeStep step);  // "day", "week", "month", "year"
// `day` moved by `count` steps (negative: back). Months and years keep the day of the month where
// they can: 31 January plus a month is 29 February in a leap year.
Day addSteps(Day day, TimeStep step, int count);
// The first day of the step that holds `day` (weeks start on Monday).
Day stepStart(Day day, TimeStep step);
// The date as playback by `step` names it: the day itself by day or week ("6 October 2020"), the
// month or year that holds it otherwise ("October 2020", "2020").
std::string describeStep(Day day, TimeStep step);

struct Histogram {
  TimeStep bin = TimeStep::Year;
  std::vector<Day> starts;   // each bin's first day; bin i runs to starts[i + 1] - 1
  std::vector<int> counts;   // events whose first day is in the bin
  int largest = 0;           // the highest count, for scaling bars
  Day end = 0;               // the last day of the last bin
  Day binEnd(std::size_t i) const { return i + 1 < starts.size() ? starts[i + 1] - 1 : end; }
};

// Counts `spans` (the events' days) into bins of the finest step that needs at most `maxBins`
// bins over [from, to].
Histogram histogram(const std::vector<DaySpan>& spans, Day from, Day to, int maxBins);

// Playback: a date that moves on by `step` every 1/stepsPerSecond seconds from `start` to `end`.
// Cumulative, it shows everything up to the date; otherwise a moving window of `windowSteps`
// steps ending on it, in which older events fade.
struct Playback {
  Day start = 0, end = 0, current = 0;
  TimeStep step = TimeStep::Month;
  double stepsPerSecond = 2;
  bool cumulative = true;
  int windowSteps = 3;
  bool playing = false;

  // Moves the date on by the steps `seconds` hold; stops (and pauses) at the end. True when the
  // date changed.
  bool advance(double seconds);
  // One step forward or back by hand, within start and end.
  void stepBy(int count);
  // The days shown at the current date.
  TimeRange shown() const;
  // How far through the window an event is (0 newest, 1 oldest), for fading; 0 when cumulative.
  double age(const DaySpan& span) const;

 private:
  double carry_ = 0;  // seconds not yet spent on a whole step
};

}  // namespace kg
