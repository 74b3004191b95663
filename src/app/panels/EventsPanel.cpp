#include "app/panels/EventsPanel.h"

#include <imgui.h>

#include "app/panels/MarkerStyle.h"

namespace kg {
namespace {

void iconThenText(const MarkerStyle& style, const char* text) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + 10, pos.y + h / 2), style, 0.8f);
  ImGui::SetCursorScreenPos(ImVec2(pos.x + 24, pos.y));
  ImGui::TextUnformatted(text);
}

}  // namespace

void drawEventsPanel(ViewState& state, const Catalog& catalog) {
  if (!state.showEventList) return;
  ImGui::SetNextWindowPos(ImVec2(10, state.topInset + 10), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(300, 0), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.94f);
  if (ImGui::Begin("Events", &state.showEventList,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                       ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextDisabled("%s", "In time order. Tab / Shift+Tab to step.");
    for (std::size_t i = 0; i < catalog.events.size(); ++i) {
      const Event& e = catalog.events[i];
      ImGui::PushID(static_cast<int>(i));
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const bool selected = state.selectedEvent == static_cast<int>(i);
      // Two lines a row: the date, then the title, beside the marker's icon.
      const float wrap = ImGui::GetContentRegionAvail().x - 28;
      const ImVec2 titleSize = ImGui::CalcTextSize(e.title.c_str(), nullptr, false, wrap);
      const float height = ImGui::GetTextLineHeight() + titleSize.y + 6;
      if (ImGui::Selectable("##event", selected, 0, ImVec2(0, height))) state.requestEvent = static_cast<int>(i);
      if (ImGui::IsItemHovered()) state.hoveredEvent = static_cast<int>(i);
      drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + 10, pos.y + 12), styleFor(e.kind), 0.8f);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + 26, pos.y + 2));
      ImGui::TextDisabled("%s", e.dateLabel.c_str());
      ImGui::SetCursorScreenPos(ImVec2(pos.x + 26, pos.y + 2 + ImGui::GetTextLineHeight()));
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
      ImGui::TextUnformatted(e.title.c_str());
      ImGui::PopTextWrapPos();
      ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height + 4));
      ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", "Legend");
    iconThenText(styleFor(EventKind::Protest), "Protest");
    iconThenText(styleFor(EventKind::ArmedClash), "Armed clash");
    iconThenText(styleFor(EventKind::MineAttack), "Attack on a mine");
    {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const float h = ImGui::GetTextLineHeight();
      ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 10, pos.y + h / 2), 8, IM_COL32(0xD5, 0x5E, 0x00, 50), 24);
      ImGui::GetWindowDrawList()->AddCircle(ImVec2(pos.x + 10, pos.y + h / 2), 8, IM_COL32(0xD5, 0x5E, 0x00, 120), 24);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + 24, pos.y));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted("Faint circle: how far the true spot may be");
      ImGui::PopTextWrapPos();
    }
    ImGui::Checkbox("##places", &state.showPlaces);
    ImGui::SameLine();
    iconThenText(placeStyle(), "Other places the reports name");
  }
  ImGui::End();
}

}  // namespace kg
