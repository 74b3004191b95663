#include "app/panels/RegionPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/time/DateWords.h"


namespace kg {
namespace {

// A caption and its value, each recorded (region/CAPTION, region/CAPTION/value) for the tests
// that read their pixels.
void row(AppState& state, const char* caption, const std::string& value) {
  ImGui::TextDisabled("%s", caption);
  recordWidget(state, std::string("region/") + caption);
  ImGui::SameLine(ui(state, 110));
  ImGui::TextWrapped("%s", value.empty() ? "—" : shownText(value).c_str());
  recordWidget(state, std::string("region/") + caption + "/value");
}

}  // namespace

void drawRegionPanel(AppState& state, Controller& commands, const MapData& data) {
  const int index = data.regionIndex(state.selection.regionId);
  if (index < 0) return;
  const Feature& region = data.boundaries.regions[index];
  const Catalog& catalog = data.catalog;

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = regionPanelWidth(state), margin = ui(state, 10);
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - width - margin, viewport->Pos.y + state.screen.topInset + margin));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  bool open = true;
  const std::string title = std::string(tr("Region")) + "###region";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextUnformatted(shownText(region.name(state.language)).c_str());
    ImGui::Separator();
    row(state, "English", region.nameEn);
    row(state, "Русский", region.nameRu);
    row(state, "Кыргызча", region.nameKy);
    row(state, "ISO 3166-2", region.iso);
    row(state, tr("Area"), withThousands(std::llround(data.areaKm2(index, state.camera.projection()))) + tr(" km²"));
    ImGui::TextDisabled("%s", tr("Area measured on the WGS84 ellipsoid."));
    auto events = catalog.eventsInRegion(region.iso);
    events.erase(std::remove_if(events.begin(), events.end(), [&](const Event* e) { return !state.filter.matches(*e); }),
                 events.end());
    ImGui::Separator();
    ImGui::TextDisabled("%s", events.empty() ? tr("No events on the map in this region.") : tr("Events in this region:"));
    for (const Event* e : events) {
      ImGui::PushID(e);
      if (selectableRow(shownText(shownDate(e->dateLabel, e->days, state.language) + ": " + e->title)))
        commands.dispatch(command::SelectEvent{e->id, Motion::Fly});
      ImGui::PopID();
    }
  }
  ImGui::End();
  if (!open) commands.dispatch(command::SelectRegion{});
}

}  // namespace kg
