#pragma once
// The hand-edited text format of the data files (articles, passages, later briefings and
// lessons): "[header]" lines open blocks of "key: value" lines; blank lines and lines starting
// with # are ignored. Every entry keeps its line number, so whoever reads a block can name the
// exact line of a problem. The format knows nothing of what the keys mean.
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/io/Result.h"

namespace kg {

struct BlockEntry {
  std::string key, value;  // both trimmed
  int line = 0;
};

struct Block {
  std::string header;               // the text between the brackets, trimmed
  int line = 0;                     // the header's line
  std::vector<BlockEntry> entries;  // in file order, each key once

  const BlockEntry* find(std::string_view key) const;
  std::string value(std::string_view key) const;  // "" when the key is absent
  int lineOf(std::string_view key) const;         // the key's line, or the header's when it is absent
};

struct BlockFile {
  std::string path;
  std::vector<Block> blocks;
  std::vector<std::string> problems;  // "path:line: what"; the faulty lines are left out

  std::string at(int line) const;  // "path:line", the prefix of every message about that line
  // "path:line: unknown key 'x' ..." for each key of `block` not in `known`, since a misspelt key
  // would otherwise be silently ignored.
  std::vector<std::string> unknownKeys(const Block& block, std::initializer_list<std::string_view> known) const;
};

// Parses `text` as the contents of the file at `path` (named in the messages). A key given twice
// in one block is a problem; the first value is kept.
BlockFile parseBlocks(const std::string& path, std::string_view text);
// Reads and parses the file; the error names it and says why it cannot be read (TextFile.h).
Result<BlockFile> readBlockFile(const std::string& path);

// "a, b ,c" as {"a", "b", "c"}: the format's way of listing ids in one value. Empty items are dropped.
std::vector<std::string> splitCommaList(std::string_view value);
std::string trimSpace(std::string_view text);

}  // namespace kg
