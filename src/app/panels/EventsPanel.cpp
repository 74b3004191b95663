#include "app/panels/EventsPanel.h"

#include <imgui.h>

#include <string>
#include <vector>

#include "app/Translate.h"
#include "app/panels/MarkerStyle.h"
#include "app/panels/Widgets.h"
#include "core/io/SourceName.h"
#include "core/view/Palette.h"
#include "core/time/DateWords.h"

namespace kg {
namespace {

void iconThenText(const AppState& state, const MarkerStyle& style, const char* text) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float h = ImGui::GetTextLineHeight();
  drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 10), pos.y + h / 2), style, ui(state, 0.8));
  ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 24), pos.y));
  ImGui::TextUnformatted(text);
}

// Up to this many events, each row shows its whole title, wrapped; past it rows are one line
// each, so the list can skip what is out of view.
constexpr std::size_t kWrappedRows = 200;

// `text` cut at a character, with "…", to fit `width`.
std::string fitToWidth(const std::string& text, float width) {
  if (ImGui::CalcTextSize(text.c_str()).x <= width) return text;
  std::size_t lo = 0, hi = text.size();
  while (lo < hi) {  // the longest prefix, at a UTF-8 character's start, that fits with the ellipsis
    std::size_t mid = (lo + hi + 1) / 2;
    while (mid > 0 && (static_cast<unsigned char>(text[mid]) & 0xC0) == 0x80) --mid;
    if (mid <= lo) break;
    if (ImGui::CalcTextSize((text.substr(0, mid) + "…").c_str()).x <= width) lo = mid;
    else hi = mid - 1;
  }
  return text.substr(0, lo) + "…";
}

// Two lines a row: the date, then the title, beside the marker's icon. `oneLine`: the title is
// cut to one line and shown whole in a tooltip.
void drawRow(AppState& state, Controller& commands, const Event& e, int index, bool oneLine) {
  ImGui::PushID(index);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const bool selected = state.selection.eventId == e.id;
  const float indent = ui(state, 26);
  const float wrap = ImGui::GetContentRegionAvail().x - indent - ui(state, 2);
  const std::string title = oneLine ? fitToWidth(shownText(e.title), wrap) : shownText(e.title);
  const float titleHeight =
      oneLine ? ImGui::GetTextLineHeight() : ImGui::CalcTextSize(title.c_str(), nullptr, false, wrap).y;
  const float height = ImGui::GetTextLineHeight() + titleHeight + ui(state, 6);
  if (ImGui::Selectable("##event", selected, 0, ImVec2(0, height)))
    commands.dispatch(command::SelectEvent{e.id, Motion::Fly});
  if (ImGui::IsItemHovered()) {
    Hover hover;
    hover.eventId = e.id;
    commands.setHover(std::move(hover));
    if (oneLine && title != e.title) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ui(state, 420));
      ImGui::TextUnformatted(shownText(e.title).c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
  }
  recordWidget(state, "events/" + e.id);
  drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 10), pos.y + ui(state, 12)), styleFor(e.kind),
                 ui(state, 0.8));
  ImGui::SetCursorScreenPos(ImVec2(pos.x + indent, pos.y + ui(state, 2)));
  ImGui::TextDisabled("%s", shownDate(e.dateLabel, e.days, state.language).c_str());
  ImGui::SetCursorScreenPos(ImVec2(pos.x + indent, pos.y + ui(state, 2) + ImGui::GetTextLineHeight()));
  ImGui::PushTextWrapPos(oneLine ? -1.0f : ImGui::GetCursorPosX() + wrap);
  ImGui::TextUnformatted(title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + height + ui(state, 4)));
  ImGui::PopID();
}

// A text field bound to one of the filter's words; each edit filters at once.
void wordsField(AppState& state, Controller& commands, const char* id, const char* hint, std::string EventFilter::*field) {
  char buffer[256] = {};
  const std::string& value = state.filter.*field;
  value.copy(buffer, sizeof buffer - 1);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint(id, hint, buffer, sizeof buffer)) {
    EventFilter filter = state.filter;
    filter.*field = buffer;
    commands.dispatch(command::SetEventFilter{filter});
  }
  recordWidget(state, std::string("filter/") + (id + 2));
}

// Words, an actor and a region to narrow the events to; the kinds are switched in the legend.
void drawFilters(AppState& state, Controller& commands, const MapData& data) {
  wordsField(state, commands, "##words", tr("Words in title, place, actors, notes"), &EventFilter::text);
  wordsField(state, commands, "##actor", tr("Actor"), &EventFilter::actor);
  const std::vector<Feature>& regions = data.boundaries.regions;
  // By ISO code, as events name their region.
  int current = -1;
  for (std::size_t i = 0; i < regions.size() && !state.filter.region.empty(); ++i)
    if (regions[i].iso == state.filter.region) current = static_cast<int>(i);
  const std::string preview = current >= 0 ? shownText(regions[static_cast<std::size_t>(current)].name(state.language))
                                           : std::string(tr("All regions"));
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##region", preview.c_str())) {
    std::string chosen = state.filter.region;
    bool picked = false;
    if (ImGui::Selectable(tr("All regions"), current < 0)) {
      chosen.clear();
      picked = true;
    }
    for (std::size_t i = 0; i < regions.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (selectableRow(regions[i].name(state.language), static_cast<int>(i) == current)) {
        chosen = regions[i].iso;
        picked = true;
      }
      ImGui::PopID();
    }
    ImGui::EndCombo();
    if (picked) {
      EventFilter filter = state.filter;
      filter.region = chosen;
      commands.dispatch(command::SetEventFilter{filter});
    }
  }
  recordWidget(state, "filter/region");
  const EventFilter& f = state.filter;
  if (!f.text.empty() || !f.actor.empty() || !f.region.empty() || !f.hiddenKinds.empty()) {
    if (ImGui::SmallButton(tr("Clear the filters"))) {
      EventFilter cleared;  // the time and the layers stay as they are: they have their own controls
      cleared.time = f.time;
      cleared.hiddenLayers = f.hiddenLayers;
      commands.dispatch(command::SetEventFilter{cleared});
    }
    recordWidget(state, "filter/clear");
  }
}

// A source's name and how many it holds, cut to fit left of `reserved` pixels of buttons; the
// whole name and the path are in the tooltip.
void drawSourceName(AppState& state, const std::string& name, const std::string& path, std::size_t count,
                    float reserved, const std::string& widget) {
  const std::string counted = " (" + withThousands(static_cast<long long>(count)) + ")";
  const float room = ImGui::GetContentRegionMax().x - reserved - ImGui::GetCursorPosX();
  ImGui::TextUnformatted((fitWidth(shownText(name), room - ImGui::CalcTextSize(counted.c_str()).x,
                                   [](const std::string& t) { return ImGui::CalcTextSize(t.c_str()).x; }) +
                          counted)
                             .c_str());
  recordWidget(state, widget);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(shownText(name).c_str());
    ImGui::TextUnformatted(shownText(sourceLabel(path)).c_str());
    ImGui::EndTooltip();
  }
}

// Files drawn over the map (boundaries or lines): a switch, the name with how many shapes, and away.
void drawOverlays(AppState& state, Controller& commands, const std::vector<OverlayLayer>& overlays) {
  if (overlays.empty()) return;
  ImGui::TextDisabled("%s", tr("Drawn over the map"));
  const auto& hidden = state.hiddenOverlays;
  for (std::size_t i = 0; i < overlays.size(); ++i) {
    const OverlayLayer& overlay = overlays[i];
    const int index = static_cast<int>(i);
    ImGui::PushID(1000 + index);
    bool shown = std::find(hidden.begin(), hidden.end(), index) == hidden.end();
    if (ImGui::Checkbox("##overlay", &shown)) commands.dispatch(command::ShowOverlay{index, shown});
    recordWidget(state, "overlays/" + std::to_string(i));
    ImGui::SameLine();
    const float button = ImGui::GetFrameHeight();
    drawSourceName(state, overlay.name, overlay.path, overlay.shapes(), button + ImGui::GetStyle().ItemSpacing.x,
                   "overlays/" + std::to_string(i) + "/name");
    ImGui::SameLine(ImGui::GetContentRegionMax().x - button);
    if (ImGui::Button("x", ImVec2(button, button))) commands.dispatch(command::RemoveOverlay{index});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Remove this file from the map (the file is not touched)"));
    recordWidget(state, "overlays/" + std::to_string(i) + "/remove");
    ImGui::PopID();
  }
}

// A switch for each source of events, with how many it holds; then the files drawn over the map.
void drawLayers(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  ImGui::Separator();
  ImGui::TextDisabled("%s", tr("Layers"));
  for (std::size_t i = 0; i < catalog.layers.size(); ++i) {
    const EventLayer& layer = catalog.layers[i];
    const int index = static_cast<int>(i);
    bool shown = state.filter.showsLayer(index);
    ImGui::PushID(index);
    if (ImGui::Checkbox("##layer", &shown)) commands.dispatch(command::ShowLayer{index, shown});
    recordWidget(state, "layers/" + std::to_string(i));
    ImGui::SameLine();
    // Room for the name beside the buttons.
    const float buttons = catalog.layers.size() > 1 ? 3 * ImGui::GetFrameHeight() + 3 * ImGui::GetStyle().ItemSpacing.x : 0;
    drawSourceName(state, layer.name, layer.path, layer.count, buttons, "layers/" + std::to_string(i) + "/name");
    // Up and down the list (the first layer's markers are drawn on top), and away.
    if (catalog.layers.size() > 1) {
      const float button = ImGui::GetFrameHeight();
      ImGui::SameLine(ImGui::GetContentRegionMax().x - 3 * button - 2 * ImGui::GetStyle().ItemSpacing.x);
      ImGui::BeginDisabled(i == 0);
      if (ImGui::ArrowButton("##up", ImGuiDir_Up)) commands.dispatch(command::MoveLayer{index, index - 1});
      ImGui::EndDisabled();
      recordWidget(state, "layers/" + std::to_string(i) + "/up");
      ImGui::SameLine();
      ImGui::BeginDisabled(i + 1 == catalog.layers.size());
      if (ImGui::ArrowButton("##down", ImGuiDir_Down)) commands.dispatch(command::MoveLayer{index, index + 1});
      ImGui::EndDisabled();
      recordWidget(state, "layers/" + std::to_string(i) + "/down");
      ImGui::SameLine();
      if (ImGui::Button("x", ImVec2(button, button))) commands.dispatch(command::RemoveLayer{index});
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Remove this layer (its file is not touched)"));
      recordWidget(state, "layers/" + std::to_string(i) + "/remove");
    }
    ImGui::PopID();
  }
  drawOverlays(state, commands, data.overlays);
  // A file being opened: what, for how long, and a way to stop waiting.
  if (state.layerLoad.active) {
    ImGui::TextDisabled("%s %.0f s", filled("Reading {file}...", "file", shownText(sourceTitle(state.layerLoad.source))).c_str(),
                        state.time - state.layerLoad.started);
    recordWidget(state, "layers/reading");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Cancel"))) state.layerLoad.cancel = true;
    recordWidget(state, "layers/reading/cancel");
  }
  if (ImGui::SmallButton(tr("Open a file..."))) commands.dispatch(command::ShowOpenDialog{});
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Events (points) join the layers above; boundaries (polygons) and lines are drawn over the map"));
  recordWidget(state, "layers/open");
  ImGui::Separator();
}

}  // namespace

void drawEventsPanel(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  if (!state.showEventList) return;
  const float width = eventsPanelWidth(state), margin = panelMargin(state);
  const float maxHeight = ImGui::GetMainViewport()->Size.y - state.screen.topInset - state.screen.bottomInset - 2 * margin;
  ImGui::SetNextWindowPos(ImVec2(margin, state.screen.topInset + margin), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, 0), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, maxHeight));
  ImGui::SetNextWindowBgAlpha(state.screen.highContrast || state.screen.projector ? 1.0f : 0.94f);
  // In projector mode the list folds to its title, leaving the map to the room; a click on the
  // title (or its arrow) opens it.
  if (state.foldPanels) {
    ImGui::SetNextWindowCollapsed(state.screen.projector, ImGuiCond_Always);
    state.foldPanels = false;
  }
  bool open = true;
  const std::string title = std::string(tr("Events")) + "###events";
  const bool shown = ImGui::Begin(title.c_str(), &open,
                                  ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings);
  // A window sized to its contents is laid out even while folded (ImGui keeps fitting it): what
  // the folded list would hold is left out here, not just hidden.
  state.eventsFolded = ImGui::IsWindowCollapsed();
  if (shown && !state.eventsFolded) {
    ImGui::TextUnformatted(shownCount(state.shownEvents.size(), catalog.events.size()).c_str());
    if (!state.filter.time.isOpen()) ImGui::TextDisabled("%s", filled("Time: {range}", "range", state.filter.time.text()).c_str());
    drawFilters(state, commands, data);
    if (catalog.layers.size() > 1 || !data.overlays.empty()) drawLayers(state, commands, data);
    ImGui::TextDisabled("%s", tr("In time order. Tab / Shift+Tab to step."));
    const std::vector<int>& shown = state.shownEvents;
    if (shown.size() <= kWrappedRows) {
      for (const int i : shown) drawRow(state, commands, catalog.events[static_cast<std::size_t>(i)], i, false);
    } else {
      // A long list: rows of one height, and only those in view are laid out and drawn.
      ImGuiListClipper clipper;
      clipper.Begin(static_cast<int>(shown.size()));
      while (clipper.Step())
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
          const int i = shown[static_cast<std::size_t>(row)];
          drawRow(state, commands, catalog.events[static_cast<std::size_t>(i)], i, true);
        }
      clipper.End();
    }
    ImGui::Separator();
    ImGui::TextDisabled("%s", tr("Legend"));
    // The kinds the events on the map have, whatever they are: data with other kinds explains itself.
    for (const std::string& kind : catalog.kindsInUse()) {
      const std::string label = legendLabel(catalog, kind);
      // Each kind's switch: untick it to hide its events.
      bool shown = state.filter.showsKind(kind);
      ImGui::PushID(kind.c_str());
      if (ImGui::Checkbox("##kind", &shown)) {
        EventFilter filter = state.filter;
        filter.showKind(kind, shown);
        commands.dispatch(command::SetEventFilter{filter});
      }
      recordWidget(state, "kinds/" + kind);
      ImGui::PopID();
      ImGui::SameLine();
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
      ImGui::TextUnformatted(tr("Faint circle: how far the true spot may be"));
      ImGui::PopTextWrapPos();
    }
    // Only when some event's place is a whole region (ACLED geo_precision 3).
    if (catalog.regionOnlyEvents() > 0) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const float h = ImGui::GetTextLineHeight();
      const ImVec2 a(pos.x + ui(state, 3), pos.y + ui(state, 2)), b(pos.x + ui(state, 17), pos.y + h - ui(state, 2));
      ImGui::GetWindowDrawList()->AddRectFilled(a, b, IM_COL32(kEventRegion.r, kEventRegion.g, kEventRegion.b, 56));
      ImGui::GetWindowDrawList()->AddRect(a, b, IM_COL32(kEventRegion.r, kEventRegion.g, kEventRegion.b, 255), 0, 0,
                                          ui(state, 2));
      ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 24), pos.y));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(tr("Outlined region: the place of events known only to the region (hollow markers)"));
      ImGui::PopTextWrapPos();
      recordWidget(state, "legend/region-only");
    }
    bool places = state.showPlaces;
    if (ImGui::Checkbox("##places", &places)) commands.dispatch(command::ShowPlaces{places});
    recordWidget(state, "legend/places");
    ImGui::SameLine();
    iconThenText(state, placeStyle(), tr("Other places the reports name"));
  }
  ImGui::End();
  if (!open) commands.dispatch(command::ShowEventList{false});
}

}  // namespace kg
