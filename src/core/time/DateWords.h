#pragma once
// Days in words in the interface's language: English as describeDays writes them ("7–8 August
// 2019"), Russian and Kyrgyz through ICU's date interval formats, which know each language's
// month forms and order ("7–8 августа 2019 г.", "7–8-август 2019-ж.").
#include <string>

#include "core/geometry/Feature.h"  // Language
#include "core/time/Day.h"
#include "core/time/Timeline.h"

namespace kg {

std::string describeDays(const DaySpan& span, Language language);
// A timeline step's period ("October 2020", "октябрь 2020 г.").
std::string describeStep(Day day, TimeStep step, Language language);
// An event's date as shown: its label from the file as written, unless that label only says its
// days in English words, which are then said in `language`.
std::string shownDate(const std::string& label, const DaySpan& days, Language language);

}  // namespace kg
