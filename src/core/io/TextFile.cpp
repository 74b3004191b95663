#include "core/io/TextFile.h"
#include "core/io/Say.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg {

Result<std::string> readFile(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (status.type() == fs::file_type::not_found) return Error{say("{file}: no such file", {{"file", path}})};
  // A folder opens like a file and reads as nothing: it would pass for an empty file.
  if (status.type() == fs::file_type::directory) return Error{say("{file}: is a folder, not a file", {{"file", path}})};
  // A device or a pipe may never end (/dev/zero would fill the memory): only files are read.
  if (status.type() != fs::file_type::regular && status.type() != fs::file_type::none)
    return Error{say("{file}: is not a regular file", {{"file", path}})};
  errno = 0;
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{say("{file}: cannot be read ({why})", {{"file", path}, {"why", std::strerror(errno ? errno : EIO)}})};
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return Error{say("{file}: cannot be read ({why})", {{"file", path}, {"why", std::strerror(errno ? errno : EIO)}})};
  return text.str();
}

std::optional<std::string> readTextFile(const std::string& path) {
  auto bytes = readFile(path);
  if (!bytes) return std::nullopt;
  return std::move(*bytes);
}

}  // namespace kg
