// The block format under every hand-edited data file (core/io/BlockFile), in memory: blocks,
// their keys and comma lists, and the messages about them.
#include "core/io/BlockFile.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const kg::BlockFile file = kg::parseBlocks("fuzz.txt", kg::fuzz::bytes(data, size));
  for (const kg::Block& b : file.blocks) {
    (void)file.unknownKeys(b, {"file", "article", "events", "text"});
    for (const kg::BlockEntry& e : b.entries) (void)kg::splitCommaList(e.value);
    if (!b.entries.empty()) {  // the first of a key is kept (one lookup: the readers look up a fixed few keys)
      const kg::BlockEntry& last = b.entries.back();
      if (b.lineOf(last.key) != last.line || b.value(last.key) != last.value) __builtin_trap();
    }
  }
  return 0;
}
