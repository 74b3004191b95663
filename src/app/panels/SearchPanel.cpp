#include "app/panels/SearchPanel.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "app/Translate.h"
#include "app/panels/Widgets.h"

namespace kg {
namespace {

const char* kindLabel(const std::string& kind) {
  if (kind == "region") return tr("Region");
  if (kind == "event") return tr("Event");
  if (kind == "place") return tr("Place");
  if (kind == "lake") return tr("Lake");
  if (kind == "reservoir") return tr("Reservoir");
  if (kind == "river") return tr("River");
  if (kind == "capital") return tr("Capital");
  if (kind == "town") return tr("Town");
  if (kind == "peak") return tr("Peak");
  if (kind == "country") return tr("Country");
  return "";
}

constexpr std::size_t kShown = 8;

}  // namespace

void drawSearchPanel(AppState& state, Controller& commands, const MapData& data) {
  SearchBox& box = state.search;
  if (!box.shown) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(ui(state, 460), viewport->Size.x - 2 * panelMargin(state));
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) / 2, state.screen.topInset + panelMargin(state)));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  bool open = true;
  const std::string title = std::string(tr("Find")) + "###find";
  if (ImGui::Begin(title.c_str(), &open,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                       ImGuiWindowFlags_NoSavedSettings)) {
    recordWidget(state, "search");
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1);
    const bool enter = inputString("##search-text", box.query, 0, true);
    recordWidget(state, "search/text");
    const auto hits = data.searchIndex().find(box.query, kShown);
    const int count = static_cast<int>(hits.size());
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_DownArrow])) box.chosen = std::min(box.chosen + 1, count - 1);
    if (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_UpArrow])) box.chosen = std::max(box.chosen - 1, 0);
    box.chosen = std::clamp(box.chosen, 0, std::max(0, count - 1));
    std::string goKind, goId;
    for (int i = 0; i < count; ++i) {
      const SearchEntry& e = data.searchIndex().entries()[hits[static_cast<std::size_t>(i)].entry];
      ImGui::PushID(i);
      ImGui::TextDisabled("%-9s", kindLabel(e.kind));
      ImGui::SameLine();
      if (selectableRow(e.name, i == box.chosen)) {
        goKind = e.kind;
        goId = e.id;
      }
      recordWidget(state, "search/hit/" + std::to_string(i + 1));
      ImGui::PopID();
    }
    if (!box.query.empty() && count == 0) ImGui::TextDisabled("%s", tr("Nothing has this name"));
    if (enter && count > 0) {
      const SearchEntry& e = data.searchIndex().entries()[hits[static_cast<std::size_t>(box.chosen)].entry];
      goKind = e.kind;
      goId = e.id;
    }
    if (!goKind.empty()) commands.dispatch(command::GoToFound{goKind, goId});
    if (ImGui::IsKeyPressed(io.KeyMap[ImGuiKey_Escape])) open = false;
  }
  ImGui::End();
  if (!open) commands.dispatch(command::ShowSearch{false});
}

}  // namespace kg
