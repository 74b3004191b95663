#include "app/panels/StatusBar.h"

#include <imgui.h>

#include <algorithm>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/geo/GeoText.h"

namespace kg {

float drawStatusBar(AppState& state, const std::string& sourceName) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float height = ImGui::GetFrameHeight() + ui(state, 6);
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + viewport->Size.y - height));
  ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, height));
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ui(state, 10), ui(state, 4)));
  if (ImGui::Begin("##status", nullptr, flags)) {
    // Presenting, the room sees the briefing's title; exploring, where the pointer is.
    const std::string text = state.briefing.presenting ? state.briefing.doc.title
                             : state.cursor           ? latLonText(*state.cursor)
                                                      : tr("Move the pointer over the map for coordinates");
    ImGui::TextUnformatted(text.c_str());
    recordWidget(state, "status/text");
    if (state.noticeShown()) {  // after the text, however long it is in the language shown
      ImGui::SameLine(std::max(ui(state, 300), ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ui(state, 24)));
      ImGui::TextColored(ImVec4(0.0f, 0.40f, 0.15f, 1.0f), "%s", translatedMessage(state.notice).c_str());
    }
    // The problems in the files, counted; a click lists them (MapOverlay's drawWarnings).
    if (!state.warnings.empty() && !state.picture.on) {
      ImGui::SameLine(std::max(ui(state, 300), ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ui(state, 24)));
      ImGui::PushStyleColor(ImGuiCol_Button, IM_COL32(0xFF, 0xE0, 0x8A, 0xFF));
      ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0x40, 0x30, 0x00, 0xFF));
      const std::string count = filled("Problems: {n}", "n", std::to_string(state.warnings.size()));
      if (ImGui::SmallButton(count.c_str())) state.warningsOpen = !state.warningsOpen;
      ImGui::PopStyleColor(2);
      recordWidget(state, "problems");
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Problems in the files opened: what is valid is shown. Click for the list"));
    }
    // Background work the map is still doing, beside the file it is doing it for.
    const std::string source = state.loading.detail.empty() ? sourceName : state.loading.detail + "   " + sourceName;
    const float sourceWidth = ImGui::CalcTextSize(source.c_str()).x;
    ImGui::SameLine(std::max(ImGui::GetWindowWidth() - sourceWidth - ui(state, 12), ui(state, 300)));
    ImGui::TextDisabled("%s", source.c_str());
  }
  ImGui::End();
  ImGui::PopStyleVar();
  return height;
}

}  // namespace kg
