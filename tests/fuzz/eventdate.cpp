// Event dates as the data gives them (core/events/EventDate): one day, month or year, or a range.
#include "core/events/EventDate.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(kg::fuzz::bytes(data, size));
  std::string start, end;
  if (kg::parseEventDate(text, start, end) && !(start <= end)) __builtin_trap();  // a range never runs backwards
  return 0;
}
