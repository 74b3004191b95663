#include "app/tools/MeasureTool.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <string>
#include <vector>

#include <algorithm>

#include "app/Translate.h"
#include "core/geo/Measure.h"

namespace kg {

void MeasureTool::onClick(ToolContext& context, ScreenPoint pointer) {
  context.commands.dispatch(command::MeasurePoint{context.state.camera.screenToGeo(pointer)});
}

bool MeasureTool::onKey(ToolContext& context, KeyPress key) {
  const bool any = !context.state.measure.points.empty();
  if (key.key == GLFW_KEY_BACKSPACE && any) {
    context.commands.dispatch(command::MeasureBack{false});
    return true;
  }
  if (key.key == GLFW_KEY_ESCAPE) {
    context.commands.dispatch(any ? Command{command::MeasureBack{true}} : Command{command::UseTool{"browse"}});
    return true;
  }
  return false;
}

void MeasureTool::drawOverlay(ToolContext& context) {
  const AppState& state = context.state;
  const Camera& camera = state.camera;
  const double ratio = state.screen.pixelRatio;
  ImDrawList* list = ImGui::GetForegroundDrawList();
  std::vector<ImVec2> path;
  for (const GeoPoint& g : state.measure.points) {
    const ScreenPoint s = camera.mapToScreen(camera.projection().forward(g));
    path.push_back(ImVec2(static_cast<float>(s.x / ratio), static_cast<float>(s.y / ratio)));
  }
  const float u = ui(state, 1);
  const ImU32 ink = IM_COL32(0xC0, 0x10, 0x60, 0xFF), halo = IM_COL32(255, 255, 255, 220);
  if (path.size() >= 3) list->AddLine(path.back(), path.front(), IM_COL32(0xC0, 0x10, 0x60, 0x90), 1.5f * u);
  for (std::size_t i = 1; i < path.size(); ++i) {
    list->AddLine(path[i - 1], path[i], halo, 5 * u);
    list->AddLine(path[i - 1], path[i], ink, 2.5f * u);
  }
  for (const ImVec2& p : path) {
    list->AddCircleFilled(p, 5 * u, halo);
    list->AddCircleFilled(p, 3.5f * u, ink);
  }

  // What the path measures, by its last point; or how to start.
  const Measurement m = measurePath(state.measure.points);
  std::string text = path.empty() ? std::string(tr("Measure: click points on the map")) : distanceText(m.metres);
  if (m.squareMetres > 0) text += "   " + filled("area {area}", "area", areaText(m.squareMetres));
  text += "\n";
  text += path.empty() ? tr("Esc: back to browsing") : tr("Backspace: last point off   Esc: clear");
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImVec2 at = path.empty() ? ImVec2(viewport->Size.x / 2 - size.x / 2, state.screen.topInset + 14 * u)
                           : ImVec2(path.back().x + 12 * u, path.back().y + 10 * u);
  at.x = std::min(at.x, viewport->Size.x - size.x - 12 * u);
  at.y = std::min(at.y, viewport->Size.y - state.screen.bottomInset - size.y - 12 * u);
  list->AddRectFilled(ImVec2(at.x - 6 * u, at.y - 4 * u), ImVec2(at.x + size.x + 6 * u, at.y + size.y + 4 * u),
                      IM_COL32(255, 255, 255, 235), 4 * u);
  list->AddText(at, IM_COL32(0x22, 0x22, 0x22, 0xFF), text.c_str());
}

}  // namespace kg
