#pragma once
// Event dates as the data gives them: ISO 8601 at day, month or year precision, or a range
// "start/end" of those.
#include <string>

#include "core/time/Day.h"

namespace kg {

// Splits `text` into its first and last period ("2010-06" gives "2010-06" twice) and, where
// `days` is given, the days they cover (1 to 30 June 2010); false when either is not a real date
// of those forms or the range runs backwards.
bool parseEventDate(const std::string& text, std::string& start, std::string& end, DaySpan* days = nullptr);
// "2020-10-06" from a date field's parts.
std::string isoDate(int year, int month, int day);

}  // namespace kg
