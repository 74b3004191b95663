#pragma once
// --dump-state: keeps a JSON file up to date with what the window shows (view, selection,
// hover, named widgets' rectangles), the frame it was drawn in and the memory the process holds,
// for scripts, the end-to-end tests and the soak. Written atomically (writeFileAtomically, without
// waiting for the disk: readers never see half a file, and the file is rewritten every frame).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "app/AppState.h"
#include "app/MapData.h"
#include "core/io/Result.h"

namespace kg {

// The state as one line of JSON, with the number of the frame that showed it and the process's
// memory (null when unknown).
std::string stateJson(const AppState& state, const MapData& data, std::uint64_t frame = 0,
                      std::optional<std::size_t> residentBytes = {});

class StateDump {
 public:
  // Refuses a path that holds something other than a state file this program wrote: a dump
  // never replaces someone's file.
  static Result<StateDump> open(const std::string& path);
  // Called after every frame: frame counts them from 1.
  void write(const AppState& state, const MapData& data, std::uint64_t frame);

 private:
  explicit StateDump(std::string path) : path_(std::move(path)) {}
  std::string path_;
};

}  // namespace kg
