// A briefing file (core/briefing: parseBriefing, TOML read by toml++) on any bytes. What reads
// is written back and read again to the same briefing, with nothing new to complain about; every
// problem names the file.
#include "core/briefing/Briefing.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string path = "talk.toml";
  const auto read = kg::parseBriefing(kg::fuzz::bytes(data, size), path);
  if (!read) {
    if (read.error().rfind(path, 0) != 0) __builtin_trap();  // a refusal names the file
    return 0;
  }
  for (const std::string& problem : read->problems)
    if (problem.rfind(path, 0) != 0) __builtin_trap();
  (void)kg::slideList(read->briefing);
  const std::string written = kg::briefingText(read->briefing);
  const auto again = kg::parseBriefing(written, path);
  if (!again || !(again->briefing == read->briefing)) __builtin_trap();  // writing loses nothing
  return 0;
}
