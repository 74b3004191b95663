#include "core/io/TomlText.h"

#include <sstream>

namespace kg {

Result<toml::table> parseToml(std::string_view text, const std::string& path) {
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    std::ostringstream where;
    where << path << ":" << e.source().begin.line << ": " << e.description();
    return Error{where.str()};
  }
}

}  // namespace kg
