#include "app/panels/MarkerStyle.h"

#include "app/Translate.h"

#include <imgui.h>

namespace kg {

// The kinds' styles are the core's table (EventKinds); a kind it does not know gets its neutral style.
MarkerStyle styleFor(const std::string& kind) {
  static const EventKinds kinds = EventKinds::standard();  // a constant table, built once
  const KindStyle style = kinds.style(kind);
  return {style.shape, style.colour, style.sizePx};
}

MarkerStyle placeStyle() { return {MarkerShape::Circle, Rgba{0x6A, 0x6A, 0x6A, 0xFF}, 10}; }

void drawMarkerIcon(ImDrawList* list, const ImVec2& c, const MarkerStyle& style, float scale) {
  const float r = style.sizePx * 0.5f * scale;
  const float inset = 2.0f * scale;  // the white outline
  const ImU32 fill = IM_COL32(style.colour.r, style.colour.g, style.colour.b, 255);
  const ImU32 white = IM_COL32(255, 255, 255, 255);
  switch (style.shape) {
    case MarkerShape::Circle:
      list->AddCircleFilled(c, r, white, 24);
      list->AddCircleFilled(c, r - inset, fill, 24);
      break;
    case MarkerShape::Diamond:
      list->AddQuadFilled(ImVec2(c.x, c.y - r), ImVec2(c.x + r, c.y), ImVec2(c.x, c.y + r), ImVec2(c.x - r, c.y), white);
      list->AddQuadFilled(ImVec2(c.x, c.y - r + 1.4f * inset), ImVec2(c.x + r - 1.4f * inset, c.y),
                          ImVec2(c.x, c.y + r - 1.4f * inset), ImVec2(c.x - r + 1.4f * inset, c.y), fill);
      break;
    case MarkerShape::Square: {
      const float h = r * 0.82f;
      list->AddRectFilled(ImVec2(c.x - h, c.y - h), ImVec2(c.x + h, c.y + h), white);
      list->AddRectFilled(ImVec2(c.x - h + inset, c.y - h + inset), ImVec2(c.x + h - inset, c.y + h - inset), fill);
      break;
    }
  }
}

// The built-in kinds' names as the legend shows them, for the translations (assets/po); a kind a
// file brings is shown as the file names it.
[[maybe_unused]] constexpr const char* kBuiltInKinds[] = {
    N_("Protest"), N_("Armed clash"), N_("Attack on a mine"), N_("Protests"), N_("Riots"), N_("Battles"),
    N_("Violence against civilians"), N_("Explosions/remote violence"), N_("Strategic developments")};

std::string legendLabel(const Catalog& catalog, const std::string& kind) {
  std::string label = catalog.kinds.label(kind);
  if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
  return tr(label.c_str());
}

}  // namespace kg
