#pragma once
// Reading a whole file into memory, for the loaders that need its text or bytes at once.
#include <optional>
#include <string>

namespace kg {

// The file's bytes, or nothing when it cannot be opened. Callers say what the file was for.
std::optional<std::string> readTextFile(const std::string& path);

}  // namespace kg
