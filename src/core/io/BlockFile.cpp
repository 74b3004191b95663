#include "core/io/BlockFile.h"

#include <algorithm>
#include <unordered_map>

#include "core/io/Say.h"
#include "core/io/TextFile.h"

namespace kg {

std::string trimSpace(std::string_view text) {
  const auto begin = text.find_first_not_of(" \t\r\n");
  if (begin == std::string_view::npos) return "";
  return std::string(text.substr(begin, text.find_last_not_of(" \t\r\n") - begin + 1));
}

std::vector<std::string> splitCommaList(std::string_view value) {
  std::vector<std::string> out;
  while (!value.empty()) {
    const auto comma = value.find(',');
    std::string item = trimSpace(value.substr(0, comma));
    if (!item.empty()) out.push_back(std::move(item));
    if (comma == std::string_view::npos) break;
    value.remove_prefix(comma + 1);
  }
  return out;
}

const BlockEntry* Block::find(std::string_view key) const {
  for (const BlockEntry& e : entries)
    if (e.key == key) return &e;
  return nullptr;
}

std::string Block::value(std::string_view key) const {
  const BlockEntry* e = find(key);
  return e ? e->value : std::string();
}

int Block::lineOf(std::string_view key) const {
  const BlockEntry* e = find(key);
  return e ? e->line : line;
}

std::string BlockFile::at(int line) const { return path + ":" + std::to_string(line); }

namespace {
// "FILE:LINE: problem", the problem said on its own.
std::string problemAt(const std::string& path, int line, const std::string& problem) {
  return say("{file}:{line}: {problem}", {{"file", path}, {"line", std::to_string(line)}, {"problem", problem}});
}
}  // namespace

std::vector<std::string> BlockFile::unknownKeys(const Block& block, std::initializer_list<std::string_view> known) const {
  std::vector<std::string> out;
  for (const BlockEntry& e : block.entries)
    if (std::find(known.begin(), known.end(), e.key) == known.end())
      out.push_back(problemAt(path, e.line, say("unknown key '{key}' (the comment at the top of the file lists the keys)", {{"key", e.key}})));
  return out;
}

BlockFile parseBlocks(const std::string& path, std::string_view text) {
  BlockFile file;
  file.path = path;
  int number = 0;
  // The keys of the block being read, with their lines. Looking each key up in the block instead
  // made a block of n keys cost n*n/2 comparisons: a 1 MB file of 100,000 keys took a minute.
  std::unordered_map<std::string, int> keyLines;
  while (!text.empty()) {
    const auto newline = text.find('\n');
    const std::string line = trimSpace(text.substr(0, newline));
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++number;
    if (line.empty() || line[0] == '#') continue;
    if (line.front() == '[') {
      if (line.back() != ']') {
        file.problems.push_back(problemAt(path, number, say("a block header must look like [name]")));
        continue;
      }
      file.blocks.push_back({trimSpace(std::string_view(line).substr(1, line.size() - 2)), number, {}});
      keyLines.clear();
      continue;
    }
    const auto colon = line.find(':');
    if (file.blocks.empty() || colon == std::string::npos) {
      file.problems.push_back(problemAt(path, number, say("expected 'key: value' inside a [block]")));
      continue;
    }
    Block& block = file.blocks.back();
    std::string key = trimSpace(std::string_view(line).substr(0, colon));
    if (const auto [first, fresh] = keyLines.try_emplace(key, number); !fresh) {
      file.problems.push_back(problemAt(path, number, say("'{key}' given twice in one block (first on line {line}; that one is kept)",
                                                          {{"key", key}, {"line", std::to_string(first->second)}})));
      continue;
    }
    block.entries.push_back({std::move(key), trimSpace(std::string_view(line).substr(colon + 1)), number});
  }
  return file;
}

Result<BlockFile> readBlockFile(const std::string& path) {
  auto text = readFile(path);
  if (!text) return Error{text.error()};
  return parseBlocks(path, *text);
}

}  // namespace kg
