#include "app/panels/RegionPanel.h"

#include <imgui.h>

#include <cmath>
#include <string>

#include "core/geo/Geodesy.h"

namespace kg {
namespace {

std::string withThousands(long long value) {
  const std::string digits = std::to_string(value);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0 && digits[i - 1] != '-') grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

void row(const ViewState& state, const char* caption, const std::string& value) {
  ImGui::TextDisabled("%s", caption);
  ImGui::SameLine(ui(state, 110));
  ImGui::TextWrapped("%s", value.empty() ? "—" : value.c_str());
}

}  // namespace

void drawRegionPanel(ViewState& state, const BoundaryData& data, const Catalog& catalog) {
  if (state.selectedRegion < 0 || state.selectedRegion >= static_cast<int>(data.regions.size())) return;
  const Feature& region = data.regions[state.selectedRegion];
  auto cached = state.areaKm2.find(state.selectedRegion);
  if (cached == state.areaKm2.end())
    cached = state.areaKm2.emplace(state.selectedRegion, geodesicAreaKm2(region, state.camera.projection())).first;

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = panelWidth(state, 340, 0.45), margin = ui(state, 10);
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - width - margin, viewport->Pos.y + state.topInset + margin));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  bool open = true;
  if (ImGui::Begin("Region", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                                        ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::TextUnformatted(region.name(state.language).c_str());
    ImGui::Separator();
    row(state, "English", region.nameEn);
    row(state, "Русский", region.nameRu);
    row(state, "Кыргызча", region.nameKy);
    row(state, "ISO 3166-2", region.iso);
    row(state, "Area", withThousands(std::llround(cached->second)) + " km²");
    ImGui::TextDisabled("%s", "Area measured on the WGS84 ellipsoid.");
    const auto events = catalog.eventsInRegion(region.iso);
    ImGui::Separator();
    ImGui::TextDisabled("%s", events.empty() ? "No events on the map in this region." : "Events in this region:");
    for (const Event* e : events) {
      ImGui::PushID(e);
      if (ImGui::Selectable((e->dateLabel + ": " + e->title).c_str())) state.requestEvent = catalog.eventIndex(e->id);
      ImGui::PopID();
    }
  }
  ImGui::End();
  if (!open) state.selectedRegion = -1;
}

}  // namespace kg
