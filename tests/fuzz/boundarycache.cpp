// The boundary cache's reader (core/layers/BoundaryCache) on any entry. An entry ends in a
// checksum that random bytes would never match, so the harness seals each input as a writer
// would (magic in front, checksum behind) and reads it with the key the input itself carries:
// the fuzzer then reaches the parsing of counts, names and rings, which must refuse any lie
// (a count larger than the bytes left, a string running past the end) without a crash or a
// huge allocation.
#include <xxhash.h>

#include <cstring>

#include "core/layers/BoundaryCache.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view body = kg::fuzz::bytes(data, size);
  kg::ContentKey key{};
  if (body.size() >= 4 + sizeof key) std::memcpy(&key, body.data() + 4, sizeof key);  // after the version
  std::string entry("KGBNDRY\x01", 8);
  entry += body;
  const XXH64_hash_t check = XXH3_64bits(entry.data(), entry.size());
  entry.append(reinterpret_cast<const char*>(&check), sizeof check);
  const auto decoded = kg::decodeBoundaryCache(entry, key, "fuzz.gpkg");
  if (decoded) {
    (void)decoded->regionBounds();
    // What was read can be written and read back.
    const auto again = kg::decodeBoundaryCache(kg::encodeBoundaryCache(*decoded, key), key, "fuzz.gpkg");
    if (!again || again->regions.size() != decoded->regions.size() || again->vertexCount != decoded->vertexCount)
      __builtin_trap();
  }
  (void)kg::decodeBoundaryCache(body, key, "fuzz.gpkg");  // unsealed: refused at the checksum
  return 0;
}
