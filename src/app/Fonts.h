#pragma once
// Loads the UI and label fonts with the glyph ranges the map needs: Latin (ü, ö), Cyrillic with
// the Kyrgyz letters ң ө ү (U+0400-U+052F), General Punctuation (dashes, quotes) and the degree
// and superscript-two signs. ImGui's built-in font has none of these.
#include <string>

#include "core/io/Result.h"

struct ImFont;

namespace kg {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* label = nullptr;
  ImFont* slideTitle = nullptr;  // a presented slide's title and passages: legible from the back of a room
  ImFont* slideText = nullptr;
  std::string path;
};

// explicitPath: the --font argument, or empty to search the usual system fonts. The glyphs are
// rasterised at atlasScale (the screen's content scale, for sharp text) and shown at
// displayScale window units per design pixel.
Result<Fonts> loadFonts(const std::string& explicitPath, float atlasScale, float displayScale);

}  // namespace kg
