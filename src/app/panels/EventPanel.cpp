#include "app/panels/EventPanel.h"

#include "app/Translate.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <optional>

#include "app/panels/MarkerStyle.h"
#include "app/panels/Widgets.h"
#include "core/io/TextFormats.h"
#include "core/story/SourceText.h"
#include "core/time/DateWords.h"

namespace kg {
namespace {

void field(AppState& state, const char* caption, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextDisabled("%s", tr(caption));  // recorded by its English caption, whatever the language
  recordWidget(state, std::string("event/field/") + caption);
  ImGui::SameLine(ui(state, 96));
  ImGui::PushTextWrapPos(0);
  ImGui::TextUnformatted(shownText(value).c_str());
  ImGui::PopTextWrapPos();
}

void passages(AppState& state, Controller& commands, const Catalog& catalog, const std::vector<const Passage*>& list) {
  ImGui::Spacing();
  ImGui::TextDisabled("%s", filledPlural("{n} passage from the reports", "{n} passages from the reports", list.size(),
                                         {{"n", std::to_string(list.size())}})
                                .c_str());
  for (std::size_t i = 0; i < list.size(); ++i) {
    const Passage* p = list[i];
    const std::string name = "passage/" + std::to_string(i);
    ImGui::PushID(p);
    ImGui::Separator();
    // A photo's caption is said to be one before its words, so no one reads it as the report.
    const std::string label = passageLabel(*p);
    if (!label.empty()) {
      ImGui::TextColored(ImVec4(0.45f, 0.29f, 0.0f, 1.0f), "%s", label.c_str());
      recordWidget(state, name + "/label");
    }
    const std::string quoted = "“" + p->text + "”";
    selectableText("##quote", quoted);
    recordWidget(state, name);
    ImGui::PushTextWrapPos(0);
    const std::string source = "— " + catalog.sourceLine(*p);
    ImGui::TextDisabled("%s", shownText(source).c_str());
    const std::string editors = editorsNote(*p);  // outside the quotation marks, never inside
    if (!editors.empty()) {
      ImGui::TextUnformatted(shownText(editors).c_str());
      recordWidget(state, name + "/note");
    }
    const std::string note = catalog.versionNote(*p);
    if (!note.empty()) ImGui::TextDisabled("%s", shownText(note).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::SmallButton(tr("Copy quote and source"))) {
      std::string copy = (label.empty() ? "" : label + ": ") + quoted + "\n" + source;
      if (!editors.empty()) copy += "\n" + editors;
      ImGui::SetClipboardText(copy.c_str());
    }
    recordWidget(state, name + "/copy");
    ImGui::SameLine();
    if (ImGui::SmallButton(tr("Read in the article"))) commands.dispatch(command::OpenArticle{p->id});
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
    if (beginPanel(state, (std::string(tr("Event")) + "###event").c_str(), open)) {
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      drawMarkerIcon(ImGui::GetWindowDrawList(), ImVec2(pos.x + ui(state, 10), pos.y + ui(state, 10)), styleFor(e.kind),
                     ui(state, 1));
      ImGui::SetCursorScreenPos(ImVec2(pos.x + ui(state, 26), pos.y));
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(shownText(e.title).c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      field(state, N_("When"), shownDate(e.dateLabel, e.days, state.language));
      field(state, N_("Kind"), legendLabel(catalog, e.kind));
      field(state, N_("Where"), e.place);
      field(state, N_("Region"), regionName(data, e.regionIso, state.language));
      field(state, N_("Precision"), e.regionOnly ? e.locationBasis : precisionText(e.radiusKm, e.locationBasis));
      field(state, N_("Actors"), e.actors);
      if (e.fatalities >= 0) field(state, N_("Fatalities"), filled("{n} reported", "n", withThousands(e.fatalities)));
      field(state, N_("Notes"), e.notes);
      field(state, N_("Source"), e.source);
      if (!e.credit.empty()) field(state, N_("Data"), e.credit == "ACLED" ? "ACLED (acleddata.com)" : e.credit);
      const auto quoted = catalog.passagesForEvent(e.id);
      if (!quoted.empty() || e.credit.empty()) passages(state, commands, catalog, quoted);
    }
    ImGui::End();
    if (!open) commands.dispatch(command::CloseMarkerPanel{});
    return;
  }
  if (const Place* place = catalog.findPlace(state.selection.placeId)) {
    const Place& p = *place;
    bool open = true;
    if (beginPanel(state, (std::string(tr("Place named in the reports")) + "###place").c_str(), open)) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(shownText(p.name).c_str());
      ImGui::PopTextWrapPos();
      ImGui::Spacing();
      if (!p.regionIso.empty()) field(state, N_("Region"), regionName(data, p.regionIso, state.language));
      field(state, N_("Precision"), precisionText(p.radiusKm, p.locationBasis));
      passages(state, commands, catalog, catalog.passagesForPlace(p.id));
    }
    ImGui::End();
    if (!open) commands.dispatch(command::CloseMarkerPanel{});
  }
}

void drawMarkerChooser(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  if (state.openMarkerChoice) {
    ImGui::OpenPopup("###which");
    state.openMarkerChoice = false;
  }
  if (!ImGui::BeginPopup("###which")) {
    if (!state.markerChoice.empty()) state.markerChoice.clear();  // dismissed without a choice
    return;
  }
  const std::vector<MarkerId>& choices = state.markerChoice;
  if (choices.size() > 2)
    ImGui::TextDisabled("%s", filled("{n} markers here:", "n", withThousands(static_cast<long long>(choices.size()))).c_str());
  else
    ImGui::TextDisabled("%s", tr("Several markers here:"));
  // A long list (a cluster's members) scrolls, and only its visible rows are drawn.
  constexpr std::size_t kRowsShown = 14;
  const bool scrolls = choices.size() > kRowsShown;
  if (scrolls)
    ImGui::BeginChild("choices", ImVec2(ui(state, 420), ImGui::GetTextLineHeightWithSpacing() * kRowsShown), false);
  std::optional<MarkerId> chosen;  // acted on after the list: choosing replaces it
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(choices.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
      const MarkerId& ref = choices[static_cast<std::size_t>(row)];
      const Event* event = ref.kind == MarkerRef::Kind::Event ? catalog.findEvent(ref.id) : nullptr;
      const Place* place = ref.kind == MarkerRef::Kind::Place ? catalog.findPlace(ref.id) : nullptr;
      ImGui::PushID(row);
      const std::string label = event ? event->title + " (" + shownDate(event->dateLabel, event->days, state.language) + ")" : place ? place->name : ref.id;
      if (selectableRow(label) && (event || place)) chosen = ref;
      recordWidget(state, "choice/" + ref.id);
      ImGui::PopID();
    }
  }
  if (scrolls) ImGui::EndChild();
  if (chosen) {
    if (chosen->kind == MarkerRef::Kind::Event) commands.dispatch(command::SelectEvent{chosen->id, Motion::Fly});
    else commands.dispatch(command::SelectPlace{chosen->id, Motion::Fly});
    ImGui::CloseCurrentPopup();
  }
  ImGui::EndPopup();
}

}  // namespace kg
