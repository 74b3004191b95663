#pragma once
// The bad-input catalogue (bad_inputs.tsv): one row per input, with how kgatlas is run on it and
// what it must answer. See the comment at the top of the table for the columns.
#include <string>
#include <vector>

namespace kg::catalogue {

struct Row {
  int line = 0;             // in the table, for messages
  std::string id;           // the ctest entry is "catalogue: <id>"
  std::string runs;         // "none" (no display) or "xvfb"
  int limitSeconds = 60;    // killed (and failed) after this long
  std::string input;        // what to make before the run (Inputs.h)
  std::string args;         // kgatlas's arguments, with placeholders
  int exitStatus = 0;       // the status kgatlas must exit with
  std::string expect;       // an extended regex its stderr (or, after "out:", its stdout) must match
  std::string checks;       // further checks after the run, space-separated; "-" for none
  std::string what;         // what happens, in words
};

// Reads every row, or throws std::runtime_error naming the file and line of a malformed one.
std::vector<Row> readTable(const std::string& path);

}  // namespace kg::catalogue
