#include "app/panels/MarkerStyle.h"

#include <imgui.h>

namespace kg {

// Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), and a different
// shape for each kind so colour is never the only cue.
MarkerStyle styleFor(EventKind kind) {
  switch (kind) {
    case EventKind::Protest: return {MarkerShape::Circle, Rgba{0xD5, 0x5E, 0x00, 0xFF}, 18};
    case EventKind::ArmedClash: return {MarkerShape::Diamond, Rgba{0x00, 0x72, 0xB2, 0xFF}, 21};
    case EventKind::MineAttack: return {MarkerShape::Square, Rgba{0x22, 0x22, 0x22, 0xFF}, 17};
  }
  return {MarkerShape::Circle, Rgba{0, 0, 0, 0xFF}, 18};
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

}  // namespace kg
