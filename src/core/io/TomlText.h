#pragma once
// TOML text read with toml++, its refusal as a message naming the file and the line
// ("talk.toml:3: expected '=' ..."): the one way every TOML file of the project is read
// (briefings, lessons, field mappings, settings).
#include <toml++/toml.h>

#include <string>
#include <string_view>

#include "core/io/Result.h"

namespace kg {

Result<toml::table> parseToml(std::string_view text, const std::string& path);

}  // namespace kg
