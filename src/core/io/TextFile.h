#pragma once
// Reading a whole file into memory, for the loaders that need its text or bytes at once.
#include <optional>
#include <string>

#include "core/io/Result.h"

namespace kg {

// The file's bytes, or why not, naming it: "PATH: no such file", "PATH: is a folder, not a
// file", "PATH: is not a regular file" (a device or a pipe), "PATH: cannot be read (Permission
// denied)".
Result<std::string> readFile(const std::string& path);

// The file's bytes, or nothing when it cannot be read. Callers say what the file was for.
std::optional<std::string> readTextFile(const std::string& path);

}  // namespace kg
