#include "core/io/TomlText.h"
#include "core/io/Say.h"

#include <string>

namespace kg {

Result<toml::table> parseToml(std::string_view text, const std::string& path) {
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    return Error{say("{file}:{line}: {problem}",
                     {{"file", path}, {"line", std::to_string(e.source().begin.line)}, {"problem", std::string(e.description())}})};
  }
}

}  // namespace kg
