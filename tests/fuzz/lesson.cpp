// A lesson file (core/lesson: parseLesson, TOML read by toml++) on any bytes. What reads is
// written back and read again to the same lesson with nothing new to complain about; every
// problem names the file; and each question it keeps finds its answer on the map or says why.
#include "core/geo/Projection.h"
#include "core/lesson/Lesson.h"
#include "core/lesson/Quiz.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = "class.toml";
  const auto read = kg::parseLesson(kg::fuzz::bytes(data, size), path);
  if (!read) {
    if (read.error().rfind(path, 0) != 0) __builtin_trap();  // a refusal names the file
    return 0;
  }
  for (const std::string& problem : read->problems)
    if (problem.rfind(path, 0) != 0) __builtin_trap();
  const auto again = kg::parseLesson(kg::lessonText(read->lesson), path);
  if (!again || !again->problems.empty() || !(again->lesson == read->lesson)) __builtin_trap();  // writing loses nothing
  // Every question asks in each language, with no catalogue needed for points.
  const kg::BoundaryData noMap;
  for (const kg::Question& q : read->lesson.questions) {
    (void)kg::questionText(q, kg::Language::Kyrgyz, "?");
    const auto target = kg::quizTarget(q, noMap, kg::Catalog(), kg::Projection(), path);
    if (!target && target.error().rfind(path, 0) != 0) __builtin_trap();
    if (target && q.kind != "point") __builtin_trap();  // an empty map has nothing else to find
  }
  return 0;
}
