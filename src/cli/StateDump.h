#pragma once
// --dump-state: keeps a JSON file up to date with what the window shows (view, selection,
// hover, named widgets' rectangles), for scripts and the end-to-end tests. Written atomically
// (a temporary file renamed over it), and only when something changed.
#include <string>

#include "app/AppState.h"
#include "app/MapData.h"
#include "core/io/Result.h"

namespace kg {

// The state as one line of JSON.
std::string stateJson(const AppState& state, const MapData& data);

class StateDump {
 public:
  // Refuses a path that holds something other than a state file this program wrote: a dump
  // never replaces someone's file.
  static Result<StateDump> open(const std::string& path);
  void write(const AppState& state, const MapData& data);

 private:
  explicit StateDump(std::string path) : path_(std::move(path)) {}
  std::string path_, last_;
};

}  // namespace kg
