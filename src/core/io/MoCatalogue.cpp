#include "core/io/MoCatalogue.h"

#include <cstdint>
#include <string>

namespace kg {

namespace {

// A 32-bit word of the catalogue at `at`, in the byte order its mark says.
std::uint32_t wordAt(std::string_view bytes, std::uint64_t at, bool swapped) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
  return swapped ? (v >> 24) | ((v >> 8) & 0xff00U) | ((v << 8) & 0xff0000U) | (v << 24) : v;
}

}  // namespace

std::string checkMoCatalogue(std::string_view bytes) {
  const std::uint64_t size = bytes.size();
  if (size < 28) return "too short to be a gettext catalogue";
  const std::uint32_t magic = wordAt(bytes, 0, false);
  if (magic != 0x950412deU && magic != 0xde120495U) return "not a gettext catalogue (its first bytes are not the .mo mark)";
  const bool swapped = magic == 0xde120495U;
  auto word = [&](std::uint64_t at) { return wordAt(bytes, at, swapped); };
  if (word(4) != 0) return "a catalogue of a revision this program does not read (" + std::to_string(word(4)) + ")";
  const std::uint64_t count = word(8), originals = word(12), translations = word(16);
  const std::uint64_t hashSize = word(20), hashes = word(24);
  if (originals + count * 8 > size || translations + count * 8 > size) return "its tables of strings run past its end";
  for (const std::uint64_t table : {originals, translations}) {
    for (std::uint64_t i = 0; i < count; ++i) {
      const std::uint64_t length = word(table + 8 * i), at = word(table + 8 * i + 4);
      if (at + length >= size || bytes[at + length] != '\0') return "a string runs past its end, or is not ended";
    }
  }
  // gettext looks strings up through the hash table when it has more than two entries.
  if (hashSize > 2) {
    if (hashes + hashSize * 4 > size) return "its hash table runs past its end";
    for (std::uint64_t i = 0; i < hashSize; ++i)
      if (word(hashes + 4 * i) > count) return "its hash table names a string it does not have";
  }
  return {};
}

std::vector<std::string> moCatalogueTexts(std::string_view bytes) {
  std::vector<std::string> texts;
  if (!checkMoCatalogue(bytes).empty()) return texts;
  const bool swapped = wordAt(bytes, 0, false) == 0xde120495U;
  const std::uint64_t count = wordAt(bytes, 8, swapped), originals = wordAt(bytes, 12, swapped);
  for (std::uint64_t i = 0; i < count; ++i) {
    const std::uint64_t at = wordAt(bytes, originals + 8 * i + 4, swapped);
    texts.emplace_back(bytes.data() + at);  // ended by '\0': a plural's singular alone
  }
  return texts;
}

}  // namespace kg
