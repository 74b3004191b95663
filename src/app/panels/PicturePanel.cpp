#include "app/panels/PicturePanel.h"

#include <imgui.h>

#include "app/panels/MarkerStyle.h"
#include "app/panels/Widgets.h"
#include "core/time/DateWords.h"

namespace kg {
namespace {

constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoInputs;

// The time the picture shows: the filter's, or else that of the events on it.
std::string datesShown(const AppState& state, const Catalog& catalog) {
  const TimeRange& range = state.filter.time;
  if (range.from && range.to) return describeDays({*range.from, *range.to}, state.language);
  DaySpan span{0, 0};
  bool any = false;
  for (const int i : state.shownEvents) {
    const Event& e = catalog.events[static_cast<std::size_t>(i)];
    if (e.undated) continue;
    span = any ? DaySpan{std::min(span.first, e.days.first), std::max(span.last, e.days.last)} : e.days;
    any = true;
  }
  if (!any) return "";
  if (range.from) span.first = std::max(span.first, *range.from);
  if (range.to) span.last = std::min(span.last, *range.to);
  return describeDays(span, state.language);
}

}  // namespace

void drawPicturePanel(AppState& state, const MapData& data, const Fonts& fonts) {
  const Catalog& catalog = data.catalog;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float pad = ui(state, 16);

  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, pictureTitleBand(state)));
  ImGui::SetNextWindowBgAlpha(0.94f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.6f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  if (ImGui::Begin("##picture-title", nullptr, kFixed)) {
    ImGui::PushFont(fonts.slideTitle);
    ImGui::TextUnformatted(shownText(state.picture.title).c_str());
    recordWidget(state, "picture/title");
    ImGui::PopFont();
    const std::string dates = datesShown(state, catalog);
    const std::string count = shownCount(state.shownEvents.size(), catalog.events.size());
    ImGui::PushFont(fonts.slideText);
    ImGui::TextUnformatted((dates.empty() ? count : dates + "   ·   " + count).c_str());
    recordWidget(state, "picture/dates");
    ImGui::PopFont();
  }
  ImGui::End();
  ImGui::PopStyleVar(2);

  // The legend: the kinds of the events on the picture, and the places layer when shown.
  std::vector<std::string> kinds;
  for (const std::string& kind : catalog.kindsInUse())
    for (const int i : state.shownEvents)
      if (catalog.events[static_cast<std::size_t>(i)].kind == kind) {
        kinds.push_back(kind);
        break;
      }
  if (kinds.empty() && !state.showPlaces) return;
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + pad, viewport->Pos.y + viewport->Size.y - pad - ui(state, 30)),
                          ImGuiCond_Always, ImVec2(0, 1));
  ImGui::SetNextWindowBgAlpha(0.92f);
  if (ImGui::Begin("##picture-legend", nullptr, kFixed | ImGuiWindowFlags_AlwaysAutoResize)) {
    const auto row = [&](const MarkerStyle& style, const std::string& text) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 9), pos.y + ImGui::GetTextLineHeight() / 2),
                     style, static_cast<float>(state.screen.uiScale));
      ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 24), pos.y));
      ImGui::TextUnformatted(shownText(text).c_str());
    };
    for (const std::string& kind : kinds) row(styleFor(kind), legendLabel(catalog, kind));
    if (state.showPlaces) row(placeStyle(), "Other places the reports name");
    recordWidget(state, "picture/legend");
  }
  ImGui::End();
}

}  // namespace kg
