#include "app/panels/MapOverlay.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "app/Translate.h"
#include "app/panels/AnnotationLayer.h"
#include "app/panels/GeographyLayer.h"
#include "app/panels/Widgets.h"
#include "core/geometry/HitTester.h"
#include "core/view/LabelLayout.h"
#include "core/view/ScaleBar.h"

namespace kg {
namespace {

constexpr ImU32 kInk = IM_COL32(0x22, 0x22, 0x22, 0xFF);
constexpr ImU32 kHalo = IM_COL32(0xFF, 0xFF, 0xFF, 0xD0);

// High contrast (strong): black on an opaque white halo.
bool strong(const AppState& state) { return state.screen.highContrast || state.screen.projector; }

void drawHaloText(ImDrawList* list, ImFont* font, float size, ImVec2 pos, const char* text, bool strong = false) {
  const ImU32 halo = strong ? IM_COL32(255, 255, 255, 255) : kHalo, ink = strong ? IM_COL32(0, 0, 0, 255) : kInk;
  // Four diagonal copies make the halo; eight look no different at this size and cost twice.
  for (float dx : {-1.0f, 1.0f})
    for (float dy : {-1.0f, 1.0f}) list->AddText(font, size, ImVec2(pos.x + dx, pos.y + dy), halo, text);
  list->AddText(font, size, pos, ink, text);
}

// The windows over the map (panels, dialogs, bars), from ImGui's own list, each recorded as
// "panel/NAME": no name on the map is drawn under one.
std::vector<PlacedLabel> panelBoxes(AppState& state) {
  std::vector<PlacedLabel> boxes;
  for (const ImGuiWindow* w : GImGui->Windows) {
    if (!(w->Active || w->WasActive) || w->Hidden || w->IsFallbackWindow ||
        (w->Flags & (ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip)))
      continue;
    boxes.push_back({-1, w->Pos.x, w->Pos.y, w->Size.x, w->Size.y});
    // Named by its id where its title is translated ("Окуялар###events": panel/events).
    const char* id = std::strstr(w->Name, "###");
    state.widgets[std::string("panel/") + (id ? id + 3 : w->Name)] = {w->Pos.x, w->Pos.y, w->Size.x, w->Size.y};
  }
  return boxes;
}

// Returns the boxes it drew names in, the markers' and the panels', for the geography's names to
// keep clear of. Each name drawn is recorded as "label/region/ID".
std::vector<PlacedLabel> drawLabels(AppState& state, const MapData& mapData, const Fonts& fonts,
                                    const std::vector<ScreenMarker>& screenMarkers, const std::vector<PlacedLabel>& panels,
                                    ImDrawList* list) {
  const BoundaryData& data = mapData.boundaries;
  const double ratio = state.screen.pixelRatio;
  const Camera& camera = state.camera;
  const double width = camera.viewportWidth() / ratio, height = camera.viewportHeight() / ratio;
  std::vector<LabelCandidate> candidates;
  const Bounds view = camera.visibleBounds();
  for (int i = 0; i < static_cast<int>(data.regions.size()); ++i) {
    const Feature& f = data.regions[i];
    if (!f.bounds.intersects(view)) continue;
    const double wPx = f.bounds.width() / camera.metresPerPixel() / ratio;
    const double hPx = f.bounds.height() / camera.metresPerPixel() / ratio;
    if (data.regions.size() > 50 && wPx < ui(state, 40)) continue;  // large files: only regions big enough to name
    const std::string& name = f.name(state.language);
    const ImVec2 size = fonts.label->CalcTextSizeA(ui(state, 15), FLT_MAX, 0, name.c_str());
    // On large files a region whose box cannot hold its name goes unnamed at this scale, rather
    // than having its name laid over its neighbours.
    if (data.regions.size() > 50 && (wPx < size.x || hPx < size.y)) continue;
    const ScreenPoint anchor = camera.mapToScreen(mapData.labelShape(i).anchor);
    candidates.push_back({i, {anchor.x / ratio, anchor.y / ratio}, size.x, size.y, wPx * hPx, wPx, hPx});
  }
  auto inside = [&](int feature, ScreenPoint p) {
    return featureContains(mapData.labelShape(feature).outline, camera.screenToMap({p.x * ratio, p.y * ratio}));
  };
  // Labels keep clear of the markers: a name can move, a place cannot.
  std::vector<PlacedLabel> markers = panels;
  for (const ScreenMarker& m : screenMarkers) {
    const double r = m.radiusPx / ratio;
    markers.push_back({-1, m.position.x / ratio - r, m.position.y / ratio - r, 2 * r, 2 * r});
  }
  const double top = state.screen.topInset, bottom = height - state.screen.bottomInset;
  std::vector<PlacedLabel> taken = markers;
  for (const PlacedLabel& label : layoutLabels(std::move(candidates), width, height, inside, 3, markers)) {
    if (label.top < top || label.top + label.height > bottom) continue;
    drawHaloText(list, fonts.label, ui(state, 15), ImVec2(static_cast<float>(label.left), static_cast<float>(label.top)),
                 data.regions[label.feature].name(state.language).c_str(), strong(state));
    taken.push_back(label);
    state.widgets["label/region/" + mapData.regionId(label.feature)] = {static_cast<float>(label.left), static_cast<float>(label.top),
                                                       static_cast<float>(label.width), static_cast<float>(label.height)};
  }
  return taken;
}

void drawScaleBar(AppState& state, ImDrawList* list) {
  const ScaleBar bar = chooseScaleBar(state.camera, device(state, 150));
  if (bar.lengthPx <= 0) return;
  const float length = static_cast<float>(bar.lengthPx / state.screen.pixelRatio);
  // Right of the events list or the slides panel, which would otherwise cover it.
  const float panel = state.briefing.presenting ? 0.0f
                      : state.briefing.editing  ? slideEditorWidth(state)
                      : state.showEventList && !state.eventsFolded ? eventsPanelWidth(state)
                                                : 0.0f;
  const float left = panel > 0 ? panel + 2 * panelMargin(state) : 0.0f;
  float y = ImGui::GetMainViewport()->Size.y - state.screen.bottomInset - ui(state, 14);
  // A presented slide's passages take the bottom of the screen: the bar goes under its title.
  if (state.briefing.presenting) y = slideBands(state, false).top + ui(state, 34);
  const ImVec2 origin(left + ui(state, 16), y);
  const ImVec2 end(origin.x + length, origin.y);
  const float u = ui(state, 1);
  list->AddRectFilled(ImVec2(origin.x - 6 * u, origin.y - 24 * u), ImVec2(end.x + 6 * u, origin.y + 6 * u),
                      IM_COL32(255, 255, 255, strong(state) ? 255 : 170), 3 * u);
  list->AddLine(origin, end, kInk, 2.0f * u);
  list->AddLine(ImVec2(origin.x, origin.y - 6 * u), ImVec2(origin.x, origin.y + u), kInk, 2.0f * u);
  list->AddLine(ImVec2(end.x, end.y - 6 * u), ImVec2(end.x, end.y + u), kInk, 2.0f * u);
  // "100 km" in the interface's language: the number as the bar measured it, the unit translated.
  std::string label = bar.label;
  for (const auto& [unit, name] : {std::pair{" km", N_(" km")}, std::pair{" m", N_(" m")}})
    if (label.size() > std::strlen(unit) && label.compare(label.size() - std::strlen(unit), std::string::npos, unit) == 0) {
      label = label.substr(0, label.size() - std::strlen(unit)) + tr(name);
      break;
    }
  list->AddText(ImVec2(origin.x, origin.y - 22 * u), kInk, label.c_str());
  const ImVec2 size = ImGui::CalcTextSize(label.c_str());
  state.widgets["map/scale"] = {origin.x, origin.y - 22 * u, size.x, size.y};
}

// Whose data the map shows: the boundaries always, and each source of events that has a credit
// (ACLED's terms ask for it wherever its data is shown).
// "7", "950", "1.2k", "12k", "1.5M": a count that fits in a cluster's disc.
std::string compactCount(std::size_t n) {
  char text[16];
  if (n < 1000) std::snprintf(text, sizeof text, "%zu", n);
  else if (n < 10000) std::snprintf(text, sizeof text, "%.1fk", static_cast<double>(n / 100) / 10);
  else if (n < 1000000) std::snprintf(text, sizeof text, "%zuk", n / 1000);
  else std::snprintf(text, sizeof text, "%.1fM", static_cast<double>(n / 100000) / 10);
  return text;
}

// Each cluster's count over its disc, and its place under "cluster/<n>" for the state dump.
void drawClusterCounts(AppState& state, const Fonts& fonts, const std::vector<ScreenMarker>& markers,
                       ImDrawList* list) {
  if (!state.grouping.active) return;
  const double ratio = state.screen.pixelRatio;
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  const float size = ui(state, 13);
  for (const ScreenMarker& m : markers) {
    if (m.ref.kind != MarkerRef::Kind::Cluster) continue;
    const float x = static_cast<float>(m.position.x / ratio), y = static_cast<float>(m.position.y / ratio);
    const float r = static_cast<float>(m.radiusPx / ratio);
    if (x + r < 0 || y + r < 0 || x - r > viewport.x || y - r > viewport.y) continue;
    const auto& members = state.grouping.groups.clusters[static_cast<std::size_t>(m.ref.index)].members;
    const std::string count = compactCount(members.size());
    const ImVec2 extent = fonts.label->CalcTextSizeA(size, FLT_MAX, 0, count.c_str());
    list->AddText(fonts.label, size, ImVec2(x - extent.x / 2, y - extent.y / 2), IM_COL32(255, 255, 255, 255),
                  count.c_str());
    state.widgets["cluster/" + std::to_string(m.ref.index)] = {x - r, y - r, 2 * r, 2 * r};
  }
}

void drawCredit(AppState& state, const MapData& data, ImDrawList* list) {
  const Catalog& catalog = data.catalog;
  const std::vector<std::string> credits = creditedSources(state, catalog);
  const std::string text = creditLine(state, data);
  const char* credit = text.c_str();
  const ImVec2 size = ImGui::CalcTextSize(credit);
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  const ImVec2 pos(viewport.x - size.x - ui(state, 12), viewport.y - state.screen.bottomInset - size.y - ui(state, 8));
  list->AddRectFilled(ImVec2(pos.x - 5, pos.y - 2), ImVec2(pos.x + size.x + 5, pos.y + size.y + 2),
                      IM_COL32(255, 255, 255, strong(state) ? 255 : 170), 3);
  list->AddText(pos, strong(state) ? IM_COL32(0, 0, 0, 255) : IM_COL32(0x44, 0x44, 0x44, 0xFF), credit);
  for (const std::string& source : credits) state.widgets["map/credit/" + source] = {pos.x, pos.y, size.x, size.y};
  state.widgets["map/credit"] = {pos.x, pos.y, size.x, size.y};
}

// While the timeline plays or is stepped, its date in large type over the map, so a room sees
// when the markers are from.
void drawTimelineDate(AppState& state, ImDrawList* list) {
  if (!state.timeline.following) return;
  const Playback& p = state.timeline.playback;
  const std::string date = describeStep(p.current, p.step);
  const std::string text = p.cumulative ? filled("Up to {date}", "date", date) : date;
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize() * 2.0f;
  const ImVec2 extent = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.c_str());
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  const ImVec2 pos((viewport.x - extent.x) / 2, state.screen.topInset + ui(state, 14));
  list->AddRectFilled(ImVec2(pos.x - ui(state, 10), pos.y - ui(state, 4)),
                      ImVec2(pos.x + extent.x + ui(state, 10), pos.y + extent.y + ui(state, 4)),
                      IM_COL32(255, 255, 255, 210), ui(state, 4));
  list->AddText(font, size, pos, IM_COL32(0x1B, 0x3A, 0x6B, 0xFF), text.c_str());
  state.widgets["map/timeline-date"] = {pos.x, pos.y, extent.x, extent.y};
}

// The problems in the files, listed when their count in the status bar is clicked (or when a
// file the user opened brought some): in the corner above the status bar, off the middle of the
// map, as QGIS's log panel is.
void drawWarnings(AppState& state) {
  if (state.warnings.empty() || !state.warningsOpen || state.picture.on) return;
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  const float width = std::min(ui(state, 560), viewport.x - ui(state, 20));
  ImGui::SetNextWindowPos(ImVec2(viewport.x - ui(state, 10), viewport.y - state.screen.bottomInset - ui(state, 34)),
                          ImGuiCond_Always, ImVec2(1, 1));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0xFF, 0xF4, 0xC2, 0xF4));
  ImGui::PushStyleColor(ImGuiCol_ChildBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, IM_COL32(0x40, 0x30, 0x00, 0xFF));
  if (ImGui::Begin("##warnings", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings)) {
    const std::string heading = filledPlural("{n} problem in the files; what is valid is shown",
                                             "{n} problems in the files; what is valid is shown", state.warnings.size(),
                                             {{"n", std::to_string(state.warnings.size())}});
    ImGui::TextUnformatted(heading.c_str());
    const ImGuiStyle& style = ImGui::GetStyle();
    const float close = ImGui::CalcTextSize(tr("Close")).x + 2 * style.FramePadding.x + ui(state, 8);
    ImGui::SameLine(std::max(ImGui::GetContentRegionAvail().x - close, ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x));
    if (ImGui::SmallButton(tr("Close"))) state.warningsOpen = false;
    recordWidget(state, "problems/close");
    ImGui::Separator();
    float listHeight = 0;
    for (const std::string& w : state.warnings)
      listHeight += ImGui::CalcTextSize(shownText(translatedMessage(w)).c_str(), nullptr, false, width - ui(state, 30)).y +
                    style.ItemSpacing.y;
    ImGui::BeginChild("##problems", ImVec2(0, std::min(listHeight + ui(state, 4), viewport.y * 0.4f)));
    ImGui::PushTextWrapPos(0);
    for (const std::string& w : state.warnings) ImGui::TextUnformatted(shownText(translatedMessage(w)).c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndChild();
    recordWidget(state, "problems/list");
  }
  ImGui::End();
  ImGui::PopStyleColor(3);
}

}  // namespace

std::vector<std::string> creditedSources(const AppState& state, const Catalog& catalog) {
  std::vector<std::string> credits;  // of the layers shown, each once
  for (std::size_t i = 0; i < catalog.layers.size(); ++i) {
    const std::string& credit = catalog.layers[i].credit;
    if (!credit.empty() && state.filter.showsLayer(static_cast<int>(i)) &&
        std::find(credits.begin(), credits.end(), credit) == credits.end())
      credits.push_back(credit);
  }
  return credits;
}

// The parts of the bundled file's credit, which the catalogues translate.
[[maybe_unused]] const char* const kBundledCredits[] = {N_("Boundaries: Natural Earth (public domain)"),
                                                        N_("Lakes, rivers: GSHHG (LGPL)"),
                                                        N_("Towns: GeoNames (CC BY 4.0)")};

std::string creditLine(const AppState& state, const MapData& data) {
  const Catalog& catalog = data.catalog;
  // The boundaries' credit as their file gives it (Credit.h), each part in the interface's
  // language where it is one the catalogues know (the bundled file's Natural Earth, GSHHG and GeoNames).
  std::string text;
  const std::string& credit = data.boundaries.credit;
  for (std::size_t from = 0; from <= credit.size();) {
    const std::size_t to = std::min(credit.find(" · ", from), credit.size());
    const std::string part = credit.substr(from, to - from);
    const char* known = tr(part.c_str());
    if (!part.empty()) text += (text.empty() ? "" : " · ") + (known != part ? std::string(known) : translatedMessage(part));
    from = to + std::string(" · ").size();
  }
  for (const std::string& source : creditedSources(state, catalog))
    text = filled("Events: {source}", "source", source + (source == "ACLED" ? " (acleddata.com)" : "")) + " · " + text;
  return text;
}

void drawMapOverlay(AppState& state, const MapData& data, const Fonts& fonts, const std::vector<ScreenMarker>& markers) {
  ImDrawList* list = ImGui::GetBackgroundDrawList();
  const std::vector<PlacedLabel> panels = panelBoxes(state);
  // The teacher's annotations first: the map's names make way for them.
  std::vector<PlacedLabel> taken = panels;
  if (!state.picture.bare) {
    const std::vector<PlacedLabel> marks = drawAnnotations(state, fonts, list);
    taken.insert(taken.end(), marks.begin(), marks.end());
  }
  // A quiz hides the names: they would give the answers away.
  if (!state.quiz.quiz) drawGeography(state, data, fonts, markers, drawLabels(state, data, fonts, markers, taken, list), list);
  drawClusterCounts(state, fonts, markers, list);
  if (state.picture.bare) return;  // a GeoTIFF: the map alone; its credits go in its tags
  drawScaleBar(state, list);
  drawCredit(state, data, list);
  drawTimelineDate(state, list);
  drawWarnings(state);
}

}  // namespace kg
