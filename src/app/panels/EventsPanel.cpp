#include "app/panels/EventsPanel.h"

#include <imgui.h>

#include "app/panels/MarkerStyle.h"
#include "app/panels/Widgets.h"

namespace kg {
namespace {

void iconThenText(const AppState& state, const MarkerStyle& style, const char* text) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 10), pos.y + h / 2), style, ui(state, 0.8));
  ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 24), pos.y));
  ImGui::TextUnformatted(text);
}

}  // namespace

void drawEventsPanel(AppState& state, Controller& commands, const Catalog& catalog) {
  if (!state.showEventList) return;
  const float width = eventsPanelWidth(state), margin = panelMargin(state);
  const float maxHeight = ImGui::GetMainViewport()->Size.y - state.screen.topInset - state.screen.bottomInset - 2 * margin;
  ImGui::SetNextWindowPos(ImVec2(margin, state.screen.topInset + margin), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, maxHeight));
  ImGui::SetNextWindowBgAlpha(0.94f);
  bool open = true;
  if (ImGui::Begin("Events", &open,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                       ImGuiWindowFlags_NoCollapse)) {
    ImGui::TextUnformatted(shownCount(state.shownEvents.size(), catalog.events.size()).c_str());
    if (!state.filter.time.isOpen()) ImGui::TextDisabled("Time: %s", state.filter.time.text().c_str());
    ImGui::TextDisabled("%s", "In time order. Tab / Shift+Tab to step.");
    for (const int i : state.shownEvents) {
      const Event& e = catalog.events[static_cast<std::size_t>(i)];
      ImGui::PushID(i);
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const bool selected = state.selection.eventId == e.id;
      // Two lines a row: the date, then the title, beside the marker's icon.
      const float indent = ui(state, 26);
      const float wrap = ImGui::GetContentRegionAvail().x - indent - ui(state, 2);
      const std::string title = shownText(e.title);
      const ImVec2 titleSize = ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap);
      const float height = ImGui::GetTextLineHeight() + titleSize.y + ui(state, 6);
      if (ImGui::Selectable("##event", selected, 0, ImVec2(0, height)))
        commands.dispatch(command::SelectEvent{e.id, Motion::Fly});
      if (ImGui::IsItemHovered()) {
        Hover hover;
        hover.eventId = e.id;
        commands.setHover(std::move(hover));
      }
      recordWidget(state, "events/" + e.id);
      drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 10), pos.y + ui(state, 12)), styleFor(e.kind),
                     ui(state, 0.8));
      ImGui::SetCursorScreenPos(ImVec2(pos.x + indent, pos.y + ui(state, 2)));
      ImGui::TextDisabled("%s", e.dateLabel.c_str());
      ImGui::SetCursorScreenPos(ImVec2(pos.x + indent, pos.y + ui(state, 2) + ImGui::GetTextLineHeight()));
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
      ImGui::TextUnformatted(title.c_str());
      ImGui::PopTextWrapPos();
      ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height + ui(state, 4)));
      ImGui::PopID();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", "Legend");
    // The kinds the events on the map have, whatever they are: data with other kinds explains itself.
    for (const std::string& kind : catalog.kindsInUse()) {
      std::string label = catalog.kinds.label(kind);
      if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
      iconThenText(state, styleFor(kind), label.c_str());
    }
    {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const float h = ImGui::GetTextLineHeight();
      const ImVec2 centre(pos.x + ui(state, 10), pos.y + h / 2);
      ImGui::GetWindowDrawList()->AddCircleFilled(centre, ui(state, 8), IM_COL32(0xD5, 0x5E, 0x00, 50), 24);
      ImGui::GetWindowDrawList()->AddCircle(centre, ui(state, 8), IM_COL32(0xD5, 0x5E, 0x00, 120), 24);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 24), pos.y));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted("Faint circle: how far the true spot may be");
      ImGui::PopTextWrapPos();
    }
    bool places = state.showPlaces;
    if (ImGui::Checkbox("##places", &places)) commands.dispatch(command::ShowPlaces{places});
    recordWidget(state, "legend/places");
    ImGui::SameLine();
    iconThenText(state, placeStyle(), "Other places the reports name");
  }
  ImGui::End();
  if (!open) commands.dispatch(command::ShowEventList{false});
}

}  // namespace kg
