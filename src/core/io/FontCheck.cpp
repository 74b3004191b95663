#include "core/io/FontCheck.h"
#include "core/io/Say.h"

#include <algorithm>
#include <cstdint>
#include <map>

namespace kg {
namespace {

struct Table {
  std::uint32_t offset = 0, length = 0;
};

class FontBytes {
 public:
  explicit FontBytes(std::string_view bytes) : bytes_(bytes) {}

  std::size_t size() const { return bytes_.size(); }
  // Big-endian reads; the caller has checked that [at, at + n) lies inside.
  std::uint32_t u16(std::size_t at) const { return byte(at) << 8 | byte(at + 1); }
  std::uint32_t u32(std::size_t at) const { return u16(at) << 16 | u16(at + 2); }

 private:
  std::uint32_t byte(std::size_t at) const { return static_cast<unsigned char>(bytes_[at]); }
  std::string_view bytes_;
};

// "table 'cmap' is too short": the table's name and what is wrong with it, each said for translation.
std::string tableProblem(const std::string& tag, const std::string& what) {
  return say("table '{tag}' {problem}", {{"tag", tag}, {"problem", what}});
}

// One character map subtable at `at` (from the start of the file) inside a cmap of `end`.
std::string cmapSubtableProblem(const FontBytes& f, std::size_t at, std::size_t end) {
  if (at + 4 > end) return tableProblem("cmap", say("points past its end"));
  const std::uint32_t format = f.u16(at);
  std::size_t length = 0;
  if (format == 8 || format == 10 || format == 12 || format == 13 || format == 14) {
    if (at + 8 > end) return tableProblem("cmap", say("points past its end"));
    length = f.u32(at + 4);
  } else {
    length = f.u16(at + 2);
  }
  if (length > end - at) return tableProblem("cmap", say("has a character map longer than itself"));
  if (format == 0 && length < 262) return tableProblem("cmap", say("has a character map too short for its format"));
  if (format == 4) {
    if (length < 16) return tableProblem("cmap", say("has a character map too short for its format"));
    if (16 + 4 * static_cast<std::size_t>(f.u16(at + 6)) > length)
      return tableProblem("cmap", say("has more segments than its character map holds"));
  }
  if (format == 6) {
    if (length < 10 || 10 + 2 * static_cast<std::size_t>(f.u16(at + 8)) > length)
      return tableProblem("cmap", say("has more entries than its character map holds"));
  }
  if (format == 12 || format == 13) {
    if (length < 16 || (length - 16) / 12 < f.u32(at + 12))
      return tableProblem("cmap", say("has more groups than its character map holds"));
  }
  return "";
}

}  // namespace

std::string fontFileProblem(std::string_view bytes) {
  const FontBytes f(bytes);
  if (f.size() < 12) return say("the file is too short for a font");
  const std::size_t tableCount = f.u16(4);
  if (tableCount == 0) return say("the font has no tables");
  if (12 + 16 * tableCount > f.size()) return say("its table directory runs past the end of the file");
  std::map<std::string, Table> tables;
  for (std::size_t i = 0; i < tableCount; ++i) {
    const std::size_t at = 12 + 16 * i;
    std::string tag(bytes.substr(at, 4));
    for (char& c : tag)  // a damaged directory holds any bytes: name them printably
      if (c < 0x20 || c > 0x7E) c = '?';
    const Table t{f.u32(at + 8), f.u32(at + 12)};
    if (t.offset > f.size() || t.length > f.size() - t.offset) return tableProblem(tag, say("runs past the end of the file"));
    tables.emplace(tag, t);
  }
  const bool cff = tables.count("CFF ") > 0;
  for (const char* tag : {"cmap", "head", "hhea", "hmtx", "maxp"})
    if (!tables.count(tag)) return std::string("it has no '") + tag + "' table";
  if (!cff && (!tables.count("glyf") || !tables.count("loca"))) return say("it has neither 'glyf' and 'loca' tables nor a 'CFF ' table");

  const Table head = tables["head"], maxp = tables["maxp"], hhea = tables["hhea"], hmtx = tables["hmtx"];
  if (head.length < 54 || f.u32(head.offset + 12) != 0x5F0F3CF5) return tableProblem("head", say("is damaged"));
  const std::uint32_t longOffsets = f.u16(head.offset + 50);
  if (longOffsets > 1) return tableProblem("head", say("names an unknown glyph offset format"));
  if (maxp.length < 6) return tableProblem("maxp", say("is too short"));
  const std::size_t glyphs = f.u16(maxp.offset + 4);
  if (glyphs == 0) return say("the font has no glyphs");
  if (hhea.length < 36) return tableProblem("hhea", say("is too short"));
  const std::size_t metrics = f.u16(hhea.offset + 34);
  if (metrics == 0) return tableProblem("hhea", say("gives no glyph metrics"));
  const std::size_t needed = 4 * std::min(metrics, glyphs) + 2 * (glyphs - std::min(metrics, glyphs));
  if (hmtx.length < needed) return tableProblem("hmtx", say("is shorter than its glyph count needs"));

  if (!cff) {
    const Table loca = tables["loca"], glyf = tables["glyf"];
    const std::size_t entry = longOffsets ? 4 : 2;
    if (loca.length / entry < glyphs + 1) return tableProblem("loca", say("is shorter than its glyph count needs"));
    for (std::size_t i = 0; i <= glyphs; ++i) {
      const std::size_t at = loca.offset + i * entry;
      const std::size_t offset = longOffsets ? f.u32(at) : 2 * static_cast<std::size_t>(f.u16(at));
      if (offset > glyf.length) return tableProblem("loca", say("points past the end of the glyphs"));
    }
  }

  const Table cmap = tables["cmap"];
  if (cmap.length < 4) return tableProblem("cmap", say("is too short"));
  const std::size_t maps = f.u16(cmap.offset + 2);
  if (4 + 8 * maps > cmap.length) return tableProblem("cmap", say("lists more character maps than it holds"));
  const std::size_t end = static_cast<std::size_t>(cmap.offset) + cmap.length;
  for (std::size_t i = 0; i < maps; ++i) {
    const std::size_t at = static_cast<std::size_t>(cmap.offset) + f.u32(cmap.offset + 4 + 8 * i + 4);
    if (std::string problem = cmapSubtableProblem(f, at, end); !problem.empty()) return problem;
  }
  return "";
}

}  // namespace kg
