// A field mapping file (core/events/FieldMapping: readFieldMapping, TOML read by toml++) on any
// bytes, and the same bytes as one --field assignment. A mapping read names only known
// properties, and never leaves an event without the field for its id or title.
#include <algorithm>

#include "core/events/FieldMapping.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = kg::fuzz::bytes(data, size);
  const std::string path = kg::fuzz::scratchDir() + "/mapping.toml";
  kg::fuzz::writeFile(path, input);
  const auto& known = kg::EventFields::properties();
  for (const auto& mapped : {kg::readFieldMapping(path), kg::mapFieldText({}, std::string(input))}) {
    if (!mapped) {
      if (mapped.error().empty()) __builtin_trap();  // a refusal always says why
      continue;
    }
    for (const std::string& property : mapped->given)
      if (std::find(known.begin(), known.end(), property) == known.end()) __builtin_trap();
    if (mapped->id.empty() || mapped->title.empty()) __builtin_trap();
  }
  return 0;
}
