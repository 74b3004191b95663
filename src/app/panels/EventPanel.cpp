#include "app/panels/EventPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>

#include "app/panels/MarkerStyle.h"
#include "app/panels/Widgets.h"

namespace kg {
namespace {

void field(const AppState& state, const char* caption, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", caption);
  ImGui::SameLine(ui(state, 96));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
}

std::string precisionText(double radiusKm, const std::string& basis) {
  char text[96];
  if (radiusKm >= 1) std::snprintf(text, sizeof text, "Within about %.0f km of the marker", radiusKm);
  else std::snprintf(text, sizeof text, "Within about %.0f m of the marker", radiusKm * 1000);
  std::string out = text;
  if (!basis.empty()) out += ". " + basis;
  return out;
}

// The text broken into lines at word boundaries to fit `width` with the current font.
std::string wrapToWidth(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  std::string out;
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (s < end) {
    const char* wrap = font->CalcWordWrapPositionA(size / font->FontSize, s, end, width);
    if (wrap == s) wrap = s + 1;  // a word longer than the line: cut it
    out.append(s, wrap);
    s = wrap;
    while (s < end && *s == ' ') ++s;
    if (s < end) out += '\n';
  }
  return out;
}

// Text that looks like a paragraph but can be selected with the mouse and copied with Ctrl+C:
// a read-only multi-line field without a frame.
void selectableText(const char* id, const std::string& text) {
  const float width = ImGui::GetContentRegionAvail().x;
  std::string wrapped = wrapToWidth(text, width - 2);
  const float height = ImGui::CalcTextSize(wrapped.c_str()).y + 4;
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 2));
  // Not a Tab stop: Tab belongs to stepping through events, and a field that took the keyboard
  // focus would swallow Tab and Esc from then on.
  ImGui::PushAllowKeyboardFocus(false);
  ImGui::InputTextMultiline(id, wrapped.data(), wrapped.size() + 1, ImVec2(width, height),
                            ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_NoHorizontalScroll);
  ImGui::PopAllowKeyboardFocus();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

void passages(AppState& state, Controller& commands, const Catalog& catalog, const std::vector<const Passage*>& list) {
  ImGui::Spacing();
  ImGui::TextDisabled("%s", list.size() == 1 ? "1 passage from the reports" : (std::to_string(list.size()) + " passages from the reports").c_str());
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Passage* p = list[i];
    const std::string name = "passage/" + std::to_string(i);
    ImGui::PushID(p);
    ImGui::Separator();
    const std::string quoted = "“" + p->text + "”";
    selectableText("##quote", quoted);
    recordWidget(state, name);
    ImGui::PushTextWrapPos(0);
    const std::string source = "— " + catalog.sourceLine(*p);
    ImGui::TextDisabled("%s", source.c_str());
    const std::string note = catalog.versionNote(*p);
    if (!note.empty()) ImGui::TextDisabled("%s", note.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::SmallButton("Copy quote and source")) ImGui::SetClipboardText((quoted + "\n" + source).c_str());
    recordWidget(state, name + "/copy");
    ImGui::SameLine();
    if (ImGui::SmallButton("Read in the article")) commands.dispatch(command::OpenArticle{p->id});
    recordWidget(state, name + "/article");
    ImGui::PopID();
  }
}

bool beginPanel(const AppState& state, const char* title, bool& open) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = panelWidth(state, 380, 0.45), margin = ui(state, 10);
  const float top = viewport->Pos.y + state.screen.topInset + margin;
  const float maxHeight = viewport->Size.y - state.screen.topInset - state.screen.bottomInset - 2 * margin;
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x - width - margin, top));
  ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, maxHeight));
  return ImGui::Begin(title, &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize |
                                        ImGuiWindowFlags_NoFocusOnAppearing);
}

std::string regionName(const MapData& data, const std::string& iso, Language language) {
  const int i = data.regionIndex(iso);
  return i < 0 ? iso : data.boundaries.regions[i].name(language) + " (" + iso + ")";
}

}  // namespace

void drawEventPanel(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  if (const Event* event = catalog.findEvent(state.selection.eventId)) {
    const Event& e = *event;
    bool open = true;
    if (beginPanel(state, "Event###event", open)) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 10), pos.y + ui(state, 10)), styleFor(e.kind),
                     ui(state, 1));
      ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 26), pos.y));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(e.title.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      field(state, "When", e.dateLabel);
      field(state, "Kind", catalog.kinds.label(e.kind));
      field(state, "Where", e.place);
      field(state, "Region", regionName(data, e.regionIso, state.language));
      field(state, "Precision", precisionText(e.radiusKm, e.locationBasis));
      passages(state, commands, catalog, catalog.passagesForEvent(e.id));
    }
    ImGui::End();
    if (!open) commands.dispatch(command::CloseMarkerPanel{});
    return;
  }
  if (const Place* place = catalog.findPlace(state.selection.placeId)) {
    const Place& p = *place;
    bool open = true;
    if (beginPanel(state, "Place named in the reports###place", open)) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(p.name.c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      if (!p.regionIso.empty()) field(state, "Region", regionName(data, p.regionIso, state.language));
      field(state, "Precision", precisionText(p.radiusKm, p.locationBasis));
      passages(state, commands, catalog, catalog.passagesForPlace(p.id));
    }
    ImGui::End();
    if (!open) commands.dispatch(command::CloseMarkerPanel{});
  }
}

void drawArticleWindow(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  const Passage* shown = catalog.findPassage(state.selection.articlePassage);
  const Article* article = shown ? catalog.findArticle(shown->articleId) : nullptr;
  if (!article) return;
  const Passage& passage = *shown;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(ui(state, 620), viewport->Size.y * 0.7f), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(viewport->Size.x / 2, viewport->Size.y / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::Begin("Article###article", &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", catalog.sourceLine(passage).c_str());
    ImGui::TextDisabled("%s", ("File: " + article->file).c_str());
    ImGui::PopTextWrapPos();
    ImGui::Separator();
    ImGui::BeginChild("text");
    const float wrap = ImGui::GetContentRegionAvail().x;
    const std::string& text = article->text;
    std::size_t start = 0;
    const std::size_t spanEnd = passage.span.offset + passage.span.length;
    while (start < text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string::npos) end = text.size();
      if (end > start) {
        const char* b = text.data() + start;
        const char* e = text.data() + end;
        const bool highlighted = start < spanEnd && end > passage.span.offset;
        if (highlighted) {
          // The paragraph holding the passage, on a yellow ground, scrolled into view once.
          const ImVec2 pos = ImGui::GetCursorScreenPos();
          const ImVec2 size = ImGui::CalcTextSize(b, e, false, wrap);
          ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x - 4, pos.y - 2), ImVec2(pos.x + wrap, pos.y + size.y + 2),
                                                    IM_COL32(0xFF, 0xE8, 0x8A, 0xFF), 3);
          if (state.scrollArticle) {
            ImGui::SetScrollHereY(0.3f);
            state.scrollArticle = false;
          }
        }
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + wrap);
        ImGui::TextUnformatted(b, e);
        ImGui::PopTextWrapPos();
      } else {
        ImGui::Spacing();
      }
      start = end + 1;
    }
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) commands.dispatch(command::CloseArticle{});
}

void drawMarkerChooser(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  if (state.openMarkerChoice) {
    ImGui::OpenPopup("Which one?");
    state.openMarkerChoice = false;
  }
  if (!ImGui::BeginPopup("Which one?")) return;
  ImGui::TextDisabled("%s", "Several markers here:");
  // Copied: choosing one replaces the list.
  const std::vector<MarkerId> choices = state.markerChoice;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    const MarkerId& ref = choices[i];
    const Event* event = ref.kind == MarkerRef::Kind::Event ? catalog.findEvent(ref.id) : nullptr;
    const Place* place = ref.kind == MarkerRef::Kind::Place ? catalog.findPlace(ref.id) : nullptr;
    if (!event && !place) continue;
    ImGui::PushID(static_cast<int>(i));
    const std::string label = event ? event->title + " (" + event->dateLabel + ")" : place->name;
    if (ImGui::Selectable(label.c_str())) {
      if (event) commands.dispatch(command::SelectEvent{ref.id, Motion::Fly});
      else commands.dispatch(command::SelectPlace{ref.id, Motion::Fly});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "choice/" + ref.id);
    ImGui::PopID();
  }
  ImGui::EndPopup();
}

}  // namespace kg
