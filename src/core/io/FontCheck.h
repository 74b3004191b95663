#pragma once
// Whether the bytes of a TrueType or OpenType font hold together well enough for stb_truetype,
// the rasteriser inside Dear ImGui, which trusts every offset and count in the file and reads
// past the end of its buffer when one is wrong: a truncated font or one with a damaged table
// directory would crash the viewer instead of being refused. Checked: the table directory and
// every table lie inside the file; the tables the rasteriser reads are there; their counts
// (glyphs, metrics, character maps) fit their sizes. The glyph outlines themselves are not.
#include <string>
#include <string_view>

namespace kg {

// "" when the font can be handed to the rasteriser; otherwise what is wrong with it, such as
// "table 'glyf' runs past the end of the file".
std::string fontFileProblem(std::string_view bytes);

}  // namespace kg
