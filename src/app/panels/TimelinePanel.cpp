#include "app/panels/TimelinePanel.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/TextFormats.h"
#include "core/time/DateWords.h"

namespace kg {
namespace {

// The histogram of the events every filter but the time leaves shown (layers, kinds, words,
// actor, region): brushing narrows what is shown, not what can be brushed. Rebuilt only when the
// data or those filters change.
const Histogram& layerHistogram(const AppState& state, const Catalog& catalog, int bins) {
  static Histogram cached;
  static const Catalog* forCatalog = nullptr;
  static int forRevision = -1;
  static EventFilter forFilter;
  static int forBins = 0;
  // Every filter but the time, which the brush on these bars sets.
  EventFilter filter = state.filter;
  filter.time = {};
  if (forCatalog != &catalog || forRevision != catalog.revision() || !(forFilter == filter) || forBins != bins) {
    cached = timelineHistogram(catalog, filter, bins);
    forCatalog = &catalog;
    forRevision = catalog.revision();
    forFilter = filter;
    forBins = bins;
  }
  return cached;
}

std::string yearOf(Day day) {
  int y = 0, m = 0, d = 0;
  civilFromDay(day, y, m, d);
  return std::to_string(y);
}

void controls(AppState& state, Controller& commands, const Catalog& catalog) {
  const Playback& p = state.timeline.playback;
  if (ImGui::Button(p.playing ? tr("Pause") : tr("Play"), ImVec2(ui(state, 64), 0)))
    commands.dispatch(command::PlayTimeline{!p.playing});
  recordWidget(state, "timeline/play");
  ImGui::SameLine();
  if (ImGui::ArrowButton("##back", ImGuiDir_Left)) commands.dispatch(command::StepTimeline{-1});
  recordWidget(state, "timeline/back");
  ImGui::SameLine();
  if (ImGui::ArrowButton("##forward", ImGuiDir_Right)) commands.dispatch(command::StepTimeline{1});
  recordWidget(state, "timeline/forward");
  ImGui::SameLine();
  command::SetPlayback settings{p.step, p.stepsPerSecond, p.cumulative, p.windowSteps};
  bool changed = false;
  ImGui::SetNextItemWidth(ui(state, 90));
  if (ImGui::BeginCombo("##step", stepName(p.step))) {
    for (TimeStep step : {TimeStep::Day, TimeStep::Week, TimeStep::Month, TimeStep::Year})
      if (ImGui::Selectable(stepName(step), step == p.step)) {
        settings.step = step;
        changed = true;
      }
    ImGui::EndCombo();
  }
  recordWidget(state, "timeline/step");
  ImGui::SameLine();
  float speed = static_cast<float>(p.stepsPerSecond);
  ImGui::SetNextItemWidth(ui(state, 130));
  if (ImGui::SliderFloat("##speed", &speed, 0.5f, 20.0f, "%.1f steps/s", ImGuiSliderFlags_Logarithmic)) {
    settings.stepsPerSecond = speed;
    changed = true;
  }
  ImGui::SameLine();
  bool cumulative = p.cumulative;
  if (ImGui::Checkbox(tr("Cumulative"), &cumulative)) {
    settings.cumulative = cumulative;
    changed = true;
  }
  recordWidget(state, "timeline/cumulative");
  if (!p.cumulative) {
    ImGui::SameLine();
    int window = p.windowSteps;
    ImGui::SetNextItemWidth(ui(state, 110));
    if (ImGui::SliderInt("##window", &window, 1, 36, "window %d")) {
      settings.windowSteps = window;
      changed = true;
    }
  }
  if (changed) commands.dispatch(settings);
  ImGui::SameLine();
  const TimeRange& time = state.filter.time;
  std::string when = state.timeline.following ? describeStep(p.current, p.step, state.language)
                     : time.isOpen()         ? std::string(tr("All time: drag across the bars to choose a time"))
                                             : fillPlaces(filled("From {from} to {to}", "from", time.from ? isoDay(*time.from) : tr("the start")),
                                                          "to", time.to ? isoDay(*time.to) : tr("the end"));
  ImGui::TextUnformatted((when + "   ·   " + shownCount(state.shownEvents.size(), catalog.events.size())).c_str());
  // Events without a date cannot stand on the timeline: say how many, and where they are.
  if (const std::size_t undated = catalog.undatedEvents(); undated > 0) {
    ImGui::SameLine();
    const std::string count = withThousands(static_cast<long long>(undated));
    ImGui::TextDisabled("·   %s", filled(time.isOpen() ? N_("{n} without a date: not on the timeline, listed last in the events list")
                                                       : N_("{n} without a date: not on the timeline, shown only in all time"),
                                            "n", count)
                                         .c_str());
    recordWidget(state, "timeline/undated");
  }
}

void bars(AppState& state, Controller& commands, const Catalog& catalog) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, 50.0f), std::max(ImGui::GetContentRegionAvail().y, 30.0f));
  ImGui::InvisibleButton("##histogram", size);
  recordWidget(state, "timeline/histogram");
  const Histogram& h = layerHistogram(state, catalog, std::max(10, static_cast<int>(size.x / ui(state, 4))));
  if (h.starts.empty()) return;
  const float axis = ImGui::GetTextLineHeight();
  const float plotHeight = size.y - axis - ui(state, 2);
  const Day first = h.starts.front(), last = h.end;
  const double span = std::max(1, last - first + 1);
  auto xOf = [&](Day d) { return origin.x + static_cast<float>((d - first) / span * size.x); };
  auto dayAt = [&](float x) {
    return std::clamp(first + static_cast<Day>((x - origin.x) / size.x * span), first, last);
  };
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + plotHeight), IM_COL32(255, 255, 255, 255));
  const TimeRange& time = state.filter.time;
  for (std::size_t i = 0; i < h.starts.size(); ++i) {
    if (h.counts[i] == 0) continue;
    const Day end = h.binEnd(i);
    const float x0 = xOf(h.starts[i]), x1 = std::max(x0 + 1.0f, xOf(end + 1) - 1.0f);
    const float top = origin.y + plotHeight * (1.0f - static_cast<float>(h.counts[i]) / static_cast<float>(h.largest));
    const bool inside = time.contains({h.starts[i], end});
    list->AddRectFilled(ImVec2(x0, top), ImVec2(x1, origin.y + plotHeight),
                        inside ? IM_COL32(0x1B, 0x3A, 0x6B, 0xFF) : IM_COL32(0xB8, 0xB8, 0xB8, 0xFF));
  }
  // The chosen time, shaded; while dragging, the range being drawn.
  static bool dragging = false;
  static float dragFrom = 0;
  if (ImGui::IsItemActivated()) {
    dragging = true;
    dragFrom = ImGui::GetIO().MousePos.x;
  }
  float shadeFrom = time.from ? xOf(*time.from) : origin.x, shadeTo = time.to ? xOf(*time.to + 1) : origin.x + size.x;
  if (dragging) {
    shadeFrom = std::min(dragFrom, ImGui::GetIO().MousePos.x);
    shadeTo = std::max(dragFrom, ImGui::GetIO().MousePos.x);
  }
  if (dragging || !time.isOpen())
    list->AddRectFilled(ImVec2(std::max(shadeFrom, origin.x), origin.y),
                        ImVec2(std::min(shadeTo, origin.x + size.x), origin.y + plotHeight), IM_COL32(0x56, 0xB4, 0xE9, 60));
  if (dragging && ImGui::IsItemDeactivated()) {
    dragging = false;
    const float to = ImGui::GetIO().MousePos.x;
    if (std::abs(to - dragFrom) < ui(state, 4)) commands.dispatch(command::SetTimeRange{});  // a click: all time
    else commands.dispatch(command::SetTimeRange{TimeRange{dayAt(std::min(dragFrom, to)), dayAt(std::max(dragFrom, to))}});
  }
  if (state.timeline.following) {
    const float x = xOf(state.timeline.playback.current);
    list->AddLine(ImVec2(x, origin.y), ImVec2(x, origin.y + plotHeight), IM_COL32(0xD5, 0x5E, 0x00, 0xFF), ui(state, 2));
  }
  // Years along the axis, as many as fit.
  const ImU32 ink = IM_COL32(0x55, 0x55, 0x55, 0xFF);
  float lastLabel = -1e9f;
  int y0 = 0, m0 = 0, d0 = 0, y1 = 0, m1 = 0, d1 = 0;
  civilFromDay(first, y0, m0, d0);
  civilFromDay(last, y1, m1, d1);
  // Data that starts in the middle of a year still says which year at its left end.
  if (m0 != 1 || d0 != 1) {
    const std::string label = yearOf(first);
    const Day nextYear = dayFromCivil(y0 + 1, 1, 1);
    if (nextYear > last + 1 || xOf(nextYear) - origin.x >= ImGui::CalcTextSize(label.c_str()).x + ui(state, 8)) {
      list->AddText(ImVec2(origin.x + ui(state, 2), origin.y + plotHeight + ui(state, 1)), ink, label.c_str());
      lastLabel = origin.x;
    }
  }
  for (int y = y0; y <= y1 + 1; ++y) {
    const Day at = dayFromCivil(y, 1, 1);
    if (at < first || at > last + 1) continue;
    const float x = xOf(at);
    list->AddLine(ImVec2(x, origin.y + plotHeight), ImVec2(x, origin.y + plotHeight + ui(state, 4)), ink);
    const std::string label = yearOf(at);
    if (x - lastLabel < ImGui::CalcTextSize(label.c_str()).x + ui(state, 8)) continue;
    list->AddText(ImVec2(x + ui(state, 2), origin.y + plotHeight + ui(state, 1)), ink, label.c_str());
    lastLabel = x;
  }
  if (ImGui::IsItemHovered() && !dragging) {
    const Day at = dayAt(ImGui::GetIO().MousePos.x);
    const auto bin = std::upper_bound(h.starts.begin(), h.starts.end(), at) - h.starts.begin() - 1;
    if (bin >= 0) {
      const std::size_t b = static_cast<std::size_t>(bin);
      const std::string events = filledPlural("{n} event", "{n} events", static_cast<unsigned long>(h.counts[b]),
                                              {{"n", withThousands(h.counts[b])}});
      ImGui::SetTooltip("%s: %s", describeDays({h.starts[b], h.binEnd(b)}, state.language).c_str(), events.c_str());
    }
  }
}

}  // namespace

float timelineHeight(const AppState& state) { return state.timeline.shown ? ui(state, 150) : 0.0f; }

void drawTimelinePanel(AppState& state, Controller& commands, const Catalog& catalog, float bottom) {
  if (!state.timeline.shown) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float height = timelineHeight(state);
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + viewport->Size.y - bottom - height));
  ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, height));
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  if (ImGui::Begin((std::string(tr("Timeline")) + "###timeline").c_str(), &open,
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoCollapse |
                       ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollbar)) {
    controls(state, commands, catalog);
    bars(state, commands, catalog);
  }
  ImGui::End();
  if (!open) commands.dispatch(command::ShowTimeline{false});
}

}  // namespace kg
