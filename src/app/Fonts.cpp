#include "app/Fonts.h"

#include <imgui.h>

#include "core/io/FontCheck.h"
#include "core/io/Say.h"
#include "core/io/TextFile.h"

#include <cstring>
#include <vector>

namespace kg {
namespace {

const char* const kRegularCandidates[] = {
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
};
const char* const kBoldCandidates[] = {
    "/usr/share/fonts/truetype/noto/NotoSans-SemiBold.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
};

const ImWchar kRanges[] = {
    0x0020, 0x00FF,  // Basic Latin, Latin-1 (° ² ü ö)
    0x0100, 0x017F,  // Latin Extended-A
    0x0400, 0x052F,  // Cyrillic and Cyrillic Supplement (ң ө ү)
    0x2000, 0x206F,  // General Punctuation (– — ‘ ’ “ ” …)
    0x2190, 0x21FF,  // arrows
    0,
};

// Reads a TrueType/OpenType file, checking it looks like one, into memory ImGui can own.
Result<std::vector<char>> readFont(const std::string& path) {
  const auto bytes = readFile(path);
  if (!bytes) return Error{bytes.error()};
  std::vector<char> data(bytes->begin(), bytes->end());
  if (data.size() < 12) return Error{say("{file}: not a TrueType font (file is empty or truncated)", {{"file", path}})};
  const std::string tag(data.data(), 4);
  if (tag != std::string("\0\1\0\0", 4) && tag != "OTTO" && tag != "true")
    return Error{say("{file}: not a TrueType font", {{"file", path}})};
  if (const std::string problem = fontFileProblem(bytes.value()); !problem.empty())
    return Error{say("{file}: the font is damaged or truncated ({why})", {{"file", path}, {"why", problem}})};
  return data;
}

ImFont* addFont(const std::vector<char>& data, float size) {
  void* owned = IM_ALLOC(data.size());
  std::memcpy(owned, data.data(), data.size());
  ImFontConfig config;
  config.OversampleH = 2;
  config.PixelSnapH = false;
  return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(owned, static_cast<int>(data.size()), size, &config, kRanges);
}

}  // namespace

Result<Fonts> loadFonts(const std::string& explicitPath, float atlasScale, float displayScale) {
  Fonts fonts;
  std::vector<char>& regular = fonts.regular;
  std::vector<char>& bold = fonts.bold;
  if (!explicitPath.empty()) {
    auto data = readFont(explicitPath);
    if (!data) return Error{data.error()};
    regular = bold = std::move(*data);
    fonts.path = explicitPath;
  } else {
    for (const char* candidate : kRegularCandidates)
      if (auto data = readFont(candidate)) { regular = std::move(*data); fonts.path = candidate; break; }
    if (regular.empty())
      return Error{say("no font with Cyrillic letters found (looked for Noto Sans and DejaVu Sans under "
                       "/usr/share/fonts); install fonts-noto-core or pass --font PATH")};
    for (const char* candidate : kBoldCandidates)
      if (auto data = readFont(candidate)) { bold = std::move(*data); break; }
    if (bold.empty()) bold = regular;
  }
  fonts.ui = addFont(regular, 16.0f * atlasScale);
  fonts.label = addFont(bold, 15.0f * atlasScale);
  fonts.atlasScale = atlasScale;
  if (!fonts.ui || !fonts.label || !ImGui::GetIO().Fonts->Build())
    return Error{say("{file}: the font could not be loaded", {{"file", fonts.path}})};
  ImGui::GetIO().FontGlobalScale = displayScale / atlasScale;
  return fonts;
}

bool rescaleFonts(Fonts& fonts, float atlasScale, float displayScale) {
  const bool slides = fonts.slideTitle != nullptr;
  ImGui::GetIO().Fonts->Clear();
  fonts.slideTitle = fonts.slideText = nullptr;
  fonts.atlasScale = atlasScale;
  fonts.ui = addFont(fonts.regular, 16.0f * atlasScale);
  fonts.label = addFont(fonts.bold, 15.0f * atlasScale);
  ImGui::GetIO().FontGlobalScale = displayScale / atlasScale;
  if (slides) return addSlideFonts(fonts);
  return fonts.ui && fonts.label && ImGui::GetIO().Fonts->Build();
}

bool addSlideFonts(Fonts& fonts) {
  if (fonts.slideTitle && fonts.slideText) return true;
  fonts.slideTitle = addFont(fonts.bold, 40.0f * fonts.atlasScale);
  fonts.slideText = addFont(fonts.regular, 25.0f * fonts.atlasScale);
  return fonts.slideTitle && fonts.slideText && ImGui::GetIO().Fonts->Build();
}

}  // namespace kg
