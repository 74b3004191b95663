#include "core/time/Timeline.h"

#include <algorithm>
#include <cmath>

namespace kg {
const char* stepName(TimeStep step) {
  switch (step) {
    case TimeStep::Day: return "day";
    case TimeStep::Week: return "week";
    case TimeStep::Month: return "month";
    case TimeStep::Year: return "year";
  }
  return "day";
}

Day addSteps(Day day, TimeStep step, int count) {
  if (step == TimeStep::Day) return day + count;
  if (step == TimeStep::Week) return day + 7 * count;
  int y = 0, m = 0, d = 0;
  civilFromDay(day, y, m, d);
  const int months = (step == TimeStep::Year ? 12 : 1) * count;
  const int index = y * 12 + (m - 1) + months;
  const int year = index >= 0 ? index / 12 : (index - 11) / 12;
  const int month = index - year * 12 + 1;
  return dayFromCivil(year, month, std::min(d, daysInMonth(year, month)));
}

Day stepStart(Day day, TimeStep step) {
  int y = 0, m = 0, d = 0;
  civilFromDay(day, y, m, d);
  switch (step) {
    case TimeStep::Day: return day;
    case TimeStep::Week: return day - ((day % 7 + 7 + 4 - 1) % 7);  // 1970-01-01 was a Thursday
    case TimeStep::Month: return dayFromCivil(y, m, 1);
    case TimeStep::Year: return dayFromCivil(y, 1, 1);
  }
  return day;
}

std::string describeStep(Day day, TimeStep step) {
  if (step == TimeStep::Day || step == TimeStep::Week) return describeDays({day, day});
  const Day start = stepStart(day, step);
  return describeDays({start, addSteps(start, step, 1) - 1});
}

Histogram histogram(const std::vector<DaySpan>& spans, Day from, Day to, int maxBins) {
  Histogram h;
  if (to < from) std::swap(from, to);
  for (TimeStep step : {TimeStep::Day, TimeStep::Week, TimeStep::Month, TimeStep::Year}) {
    h.bin = step;
    h.starts.clear();
    for (Day d = stepStart(from, step); d <= to && static_cast<int>(h.starts.size()) <= maxBins; d = addSteps(d, step, 1))
      h.starts.push_back(d);
    if (static_cast<int>(h.starts.size()) <= maxBins) break;
  }
  h.end = addSteps(h.starts.back(), h.bin, 1) - 1;
  h.counts.assign(h.starts.size(), 0);
  for (const DaySpan& span : spans) {
    if (span.first < h.starts.front() || span.first > h.end) continue;
    const auto at = std::upper_bound(h.starts.begin(), h.starts.end(), span.first) - h.starts.begin() - 1;
    h.largest = std::max(h.largest, ++h.counts[static_cast<std::size_t>(at)]);
  }
  return h;
}

bool Playback::advance(double seconds) {
  if (!playing || stepsPerSecond <= 0) return false;
  carry_ += seconds * stepsPerSecond;
  const int steps = static_cast<int>(std::floor(carry_));
  if (steps <= 0) return false;
  carry_ -= steps;
  const Day before = current;
  current = std::min(end, addSteps(current, step, steps));
  if (current >= end) {
    playing = false;
    carry_ = 0;
  }
  return current != before;
}

void Playback::stepBy(int count) {
  current = std::clamp(addSteps(current, step, count), start, end);
  carry_ = 0;
}

TimeRange Playback::shown() const {
  if (cumulative) return TimeRange{start, current};
  return TimeRange{addSteps(current, step, -windowSteps) + 1, current};
}

double Playback::age(const DaySpan& span) const {
  if (cumulative) return 0;
  const Day from = addSteps(current, step, -windowSteps) + 1;
  if (current <= from) return 0;
  return std::clamp(static_cast<double>(current - std::min(span.last, current)) / (current - from), 0.0, 1.0);
}

}  // namespace kg
