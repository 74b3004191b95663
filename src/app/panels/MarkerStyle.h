#pragma once
// How each kind of marker looks, shared by the map and the legend so they always agree.
#include <string>

#include "core/events/Catalog.h"
#include "core/view/Palette.h"
#include "render/MarkerRenderer.h"

struct ImDrawList;
struct ImVec2;

namespace kg {

struct MarkerStyle {
  MarkerShape shape;
  Rgba colour;
  float sizePx;
};

MarkerStyle styleFor(const std::string& kind);
MarkerStyle placeStyle();
// The marker's shape drawn with ImGui, for the legend and lists.
void drawMarkerIcon(ImDrawList* list, const ImVec2& centre, const MarkerStyle& style, float scale = 1.0f);
// A kind as a legend names it: the kinds table's label, capitalised ("Attack on a mine").
std::string legendLabel(const Catalog& catalog, const std::string& kind);

}  // namespace kg
