#pragma once
// Loads the UI and label fonts with the glyph ranges the map needs: Latin (ü, ö), Cyrillic with
// the Kyrgyz letters ң ө ү (U+0400-U+052F), General Punctuation (dashes, quotes) and the degree
// and superscript-two signs. ImGui's built-in font has none of these.
#include <string>
#include <vector>

#include "core/io/Result.h"

struct ImFont;

namespace kg {

struct Fonts {
  ImFont* ui = nullptr;
  ImFont* label = nullptr;
  // A presented slide's or a picture's title and passages, legible from the back of a room.
  // Rasterised only when first needed (addSlideFonts): most sessions never present, and the
  // large glyphs would add tens of milliseconds to every start. Null until then; ImGui's
  // PushFont(nullptr) falls back to the UI font.
  ImFont* slideTitle = nullptr;
  ImFont* slideText = nullptr;
  std::string path;
  // The font files' bytes and the atlas scale, kept for the slide fonts added later.
  std::vector<char> regular, bold;
  float atlasScale = 1;
};

// explicitPath: the --font argument, or empty to search the usual system fonts. The glyphs are
// rasterised at atlasScale (the screen's content scale, for sharp text) and shown at
// displayScale window units per design pixel.
Result<Fonts> loadFonts(const std::string& explicitPath, float atlasScale, float displayScale);
// Adds the slide fonts to ImGui's atlas and builds it again; the caller makes the renderer's font
// texture again, between frames. Does nothing when they are there. False if they cannot be made.
bool addSlideFonts(Fonts& fonts);
// Makes every font again at another atlas scale (a picture exported for print draws its text at
// twice the size, sharp), keeping whether the slide fonts are there. The caller makes the font
// texture again. Every ImFont pointer changes.
bool rescaleFonts(Fonts& fonts, float atlasScale, float displayScale);

}  // namespace kg
