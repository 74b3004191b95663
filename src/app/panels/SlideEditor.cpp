#include "app/panels/SlideEditor.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/SourceName.h"
#include "core/io/TextFormats.h"

namespace kg {
namespace {

constexpr ImGuiWindowFlags kPanel = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse;
constexpr ImGuiWindowFlags kQuestion = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings;

std::string describeView(const SlideView& view) {
  switch (view.kind) {
    case SlideView::Kind::Whole: return tr("the whole map");
    case SlideView::Kind::Region: return filled("region {id}", "id", view.region);
    case SlideView::Kind::Events: {
      std::string ids;
      for (std::size_t i = 0; i < view.events.size(); ++i) ids += (i ? ", " : "") + view.events[i];
      // One word or the other, not a count's form: the number itself is not shown.
      return view.events.size() == 1 ? filled("event {ids}", "ids", ids) : filled("events {ids}", "ids", ids);
    }
    case SlideView::Kind::Centre: {
      char lat[32], lon[32], km[32];
      std::snprintf(lat, sizeof lat, "%.4f", view.centre.lat);
      std::snprintf(lon, sizeof lon, "%.4f", view.centre.lon);
      std::snprintf(km, sizeof km, "%.1f", view.widthKm);
      return fillPlaces(fillPlaces(filled("{lat}° N, {lon}° E, {km} km across", "lat", lat), "lon", lon), "km", km);
    }
  }
  return "";
}

// A button that says what it does when hovered, and is named for tests.
bool button(AppState& state, const char* label, const char* widget, const char* tip, bool enabled = true) {
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::Button(label);
  ImGui::EndDisabled();
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("%s", tip);
  recordWidget(state, widget);
  return pressed && enabled;
}

void drawSlideDetails(AppState& state, Controller& commands, const MapData& data, int index) {
  const Slide& slide = state.briefing.doc.slides[static_cast<std::size_t>(index)];
  ImGui::TextDisabled("%s", tr("Title"));
  std::string title = slide.title;
  ImGui::SetNextItemWidth(-1);
  if (inputString("##slide-title", title)) commands.dispatch(command::EditBriefing{edit::SetSlideTitle{index, title}});
  recordWidget(state, "slides/title");

  ImGui::TextDisabled("%s", tr("View"));
  ImGui::TextWrapped("%s", describeView(slide.view).c_str());
  if (button(state, tr("Use the current view"), "slides/use-view", tr("This slide shows the map as it is now")))
    commands.dispatch(command::UseViewForSlide{index});
  if (!slide.time.isOpen()) ImGui::TextDisabled("%s", filled("Time: {range}", "range", slide.time.text()).c_str());

  if (const Event* e = data.catalog.findEvent(slide.event)) {
    ImGui::TextDisabled("%s", tr("Event"));
    ImGui::TextWrapped("%s", shownText(e->title).c_str());
    const auto passages = data.catalog.passagesForEvent(e->id);
    if (!passages.empty()) ImGui::TextDisabled("%s", tr("Passages shown (from the reports, word for word)"));
    for (const Passage* p : passages) {
      auto shown = slide.passages;
      const auto at = std::find(shown.begin(), shown.end(), p->id);
      bool on = at != shown.end();
      ImGui::PushID(p->id.c_str());
      if (ImGui::Checkbox("##shown", &on)) {
        if (on) shown.push_back(p->id);
        else shown.erase(at);
        commands.dispatch(command::EditBriefing{edit::SetSlidePassages{index, shown}});
      }
      recordWidget(state, "slides/passage/" + p->id);
      ImGui::SameLine();
      const std::string opening = p->text.size() > 90 ? p->text.substr(0, 90) + "…" : p->text;
      ImGui::TextWrapped("%s", shownText(opening).c_str());
      ImGui::PopID();
    }
  }

  ImGui::TextDisabled("%s", tr("Notes for the presenter"));
  std::string notes = slide.notes;
  if (inputString("##slide-notes", notes, ImGui::GetTextLineHeight() * 8))
    commands.dispatch(command::EditBriefing{edit::SetSlideNotes{index, notes}});
  recordWidget(state, "slides/notes");
}

}  // namespace

void drawSlideEditor(AppState& state, Controller& commands, const MapData& data) {
  BriefingState& b = state.briefing;
  if (!b.editing) return;
  const float width = slideEditorWidth(state), margin = panelMargin(state);
  const float height = ImGui::GetMainViewport()->Size.y - state.screen.topInset - state.screen.bottomInset - 2 * margin;
  ImGui::SetNextWindowPos(ImVec2(margin, state.screen.topInset + margin), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(width, height), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.96f);
  bool open = true;
  // The title bar says whether there is anything unsaved; "###" keeps the window the same one.
  const std::string name = std::string(b.unsaved() ? tr("Slides (unsaved changes)") : tr("Slides")) + "###slides";
  if (ImGui::Begin(name.c_str(), &open, kPanel)) {
    recordWidget(state, "slides");
    std::string title = b.doc.title;
    ImGui::TextDisabled("%s", tr("Briefing"));
    ImGui::SetNextItemWidth(-1);
    if (inputString("##briefing-title", title)) commands.dispatch(command::EditBriefing{edit::SetBriefingTitle{title}});
    recordWidget(state, "slides/briefing-title");
    const std::string file = b.path.empty() ? tr("Not saved to a file yet") : sourceTitle(b.path);
    const std::string note = b.unsaved() ? std::string(" ") + tr(" (unsaved changes)") : std::string();
    ImGui::TextDisabled("%s%s", shownText(file).c_str(), note.c_str());
    if (button(state, tr("Save"), "slides/save", "Ctrl+S")) commands.dispatch(command::SaveBriefing{b.path});
    ImGui::SameLine();
    if (button(state, tr("Save as..."), "slides/save-as", tr("Ctrl+Shift+S: save under another name")))
      commands.dispatch(command::SaveBriefing{});
    ImGui::SameLine();
    const int count = static_cast<int>(b.doc.slides.size());
    if (button(state, tr("Present"), "slides/present", tr("F5 from the start, Shift+F5 from this slide"), count > 0))
      commands.dispatch(command::ShowSlide{std::max(0, b.slide)});
    ImGui::Separator();

    const int current = b.slide;
    const bool chosen = current >= 0 && current < count;
    if (button(state, tr("Add this view"), "slides/add",
               tr("A new slide after this one: the map as it is now, the timeline's range, the layers shown and "
                  "the event open")))
      commands.dispatch(command::AddViewAsSlide{});
    ImGui::SameLine();
    if (button(state, tr("Duplicate"), "slides/duplicate", tr("A copy right after it"), chosen))
      commands.dispatch(command::EditBriefing{edit::DuplicateSlide{current}});
    ImGui::SameLine();
    if (button(state, tr("Delete"), "slides/delete", tr("Ctrl+Z brings it back"), chosen))
      commands.dispatch(command::EditBriefing{edit::DeleteSlide{current}});
    ImGui::SameLine();
    if (button(state, tr("Up"), "slides/up", tr("Earlier in the briefing"), chosen && current > 0))
      commands.dispatch(command::EditBriefing{edit::MoveSlide{current, current - 1}});
    ImGui::SameLine();
    if (button(state, tr("Down"), "slides/down", tr("Later in the briefing"), chosen && current + 1 < count))
      commands.dispatch(command::EditBriefing{edit::MoveSlide{current, current + 1}});

    // The slides as the buttons above have just left them (a frame late, what lies below would move).
    const int listed = static_cast<int>(b.doc.slides.size()), shown = b.slide;
    const float listHeight = std::min(ImGui::GetTextLineHeightWithSpacing() * std::max(3, std::min(listed, 8)) + 8,
                                      ImGui::GetContentRegionAvail().y * 0.4f);
    if (ImGui::BeginChild("##slide-list", ImVec2(0, listHeight), true)) {
      for (int i = 0; i < listed; ++i) {
        ImGui::PushID(i);
        const std::string row = std::to_string(i + 1) + "  " + b.doc.slides[static_cast<std::size_t>(i)].title;
        if (selectableRow(row, i == shown)) commands.dispatch(command::ShowSlide{i, Motion::Fly, false});
        recordWidget(state, "slides/row/" + std::to_string(i + 1));
        ImGui::PopID();
      }
      if (listed == 0) ImGui::TextDisabled("%s", tr("No slides yet: frame a view, open an event, then Add this view"));
    }
    ImGui::EndChild();
    if (b.slide >= 0 && b.slide < static_cast<int>(b.doc.slides.size())) drawSlideDetails(state, commands, data, b.slide);
  }
  ImGui::End();
  if (!open) commands.dispatch(command::EditSlides{false});
}

void drawBriefingQuestions(AppState& state, Controller& commands) {
  BriefingState& b = state.briefing;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const ImVec2 middle(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y / 2);
  // Each question by its title in the interface's language; its id after "###" stays the same.
  const auto ask = [&](const char* title, const char* id) {
    const std::string name = std::string(tr(title)) + id;
    if (!ImGui::IsPopupOpen(name.c_str())) ImGui::OpenPopup(name.c_str());
    ImGui::SetNextWindowPos(middle, ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    return ImGui::BeginPopupModal(name.c_str(), nullptr, kQuestion);
  };

  if (b.choosingFile && !b.confirmReplace && ask(N_("Save the briefing as"), "###save-as")) {
    recordWidget(state, "save-as");
    ImGui::TextUnformatted(tr("A TOML file; its folder must be there already."));
    ImGui::SetNextItemWidth(ui(state, 480));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    const bool enter = inputString("##save-path", b.chosenPath, 0, true);
    recordWidget(state, "save-as/path");
    if (ImGui::Button(tr("Save")) || enter) {
      std::filesystem::path chosen(b.chosenPath);
      if (chosen.extension().empty()) chosen += ".toml";
      b.chosenPath = chosen.string();
      std::error_code ec;
      const bool same = !b.path.empty() && std::filesystem::equivalent(chosen, b.path, ec);
      if (std::filesystem::exists(chosen, ec) && !same) b.confirmReplace = true;
      else commands.dispatch(command::SaveBriefing{b.chosenPath});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "save-as/save");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) {
      commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Cancel});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "save-as/cancel");
    ImGui::EndPopup();
  }

  if (b.confirmReplace && ask(N_("Replace the file?"), "###replace")) {
    recordWidget(state, "replace");
    ImGui::TextUnformatted(
        filled("{file} is there already. Replace it with this briefing?", "file", shownText(b.chosenPath)).c_str());
    if (ImGui::Button(tr("Replace"))) {
      commands.dispatch(command::SaveBriefing{b.chosenPath});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "replace/yes");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) {
      b.confirmReplace = false;  // back to choosing a name
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "replace/no");
    ImGui::EndPopup();
  }

  if (b.pending != AfterSaving::Nothing && !b.choosingFile && !b.confirmReplace &&
      ask(N_("Unsaved changes"), "###unsaved")) {
    recordWidget(state, "unsaved");
    ImGui::TextUnformatted(
        filled("Save the changes to the briefing \"{title}\"?", "title", shownText(b.doc.title)).c_str());
    ImGui::TextDisabled("%s", tr("They are lost if you do not save them."));
    if (ImGui::Button(tr("Save"))) {
      commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Save});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "unsaved/save");
    ImGui::SameLine();
    if (ImGui::Button(tr("Don't save"))) {
      commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Discard});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "unsaved/discard");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) {
      commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Cancel});
      ImGui::CloseCurrentPopup();
    }
    recordWidget(state, "unsaved/cancel");
    ImGui::EndPopup();
  }
}

}  // namespace kg
