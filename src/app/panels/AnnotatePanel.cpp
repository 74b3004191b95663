#include "app/panels/AnnotatePanel.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>
#include <string>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/SourceName.h"

namespace kg {
namespace {

using Kind = Annotation::Kind;

void kindButton(AppState& state, Controller& commands, Kind kind, const char* label, const char* widget) {
  const bool on = state.lesson.placing == kind;
  if (on) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  if (ImGui::Button(label)) commands.dispatch(command::PlaceAnnotations{kind});
  if (on) ImGui::PopStyleColor();
  recordWidget(state, widget);
}

// Save as: the file name typed, then the answer to "Replace it?" when a file is there.
void chooseFile(AppState& state, Controller& commands) {
  LessonState& lesson = state.lesson;
  if (lesson.confirmReplace) {
    ImGui::TextWrapped("%s", filled("{file} is there already. Replace it?", "file", sourceTitle(lesson.chosenPath)).c_str());
    if (ImGui::Button(tr("Replace"))) commands.dispatch(command::SaveLesson{lesson.chosenPath, true});
    recordWidget(state, "annotate/replace");
    ImGui::SameLine();
    if (ImGui::Button(tr("Cancel"))) commands.dispatch(command::AnswerLessonUnsaved{command::AnswerUnsaved::Cancel});
    return;
  }
  ImGui::TextUnformatted(tr("Save the lesson as"));
  ImGui::SetNextItemWidth(-1);
  const bool enter = inputString("##lesson-path", lesson.chosenPath, 0, true);
  recordWidget(state, "annotate/path");
  if (ImGui::Button(tr("Save")) || enter) {
    std::filesystem::path chosen(lesson.chosenPath);
    if (chosen.extension().empty()) chosen += ".toml";
    commands.dispatch(command::SaveLesson{chosen.string()});
  }
  recordWidget(state, "annotate/save-to");
  ImGui::SameLine();
  if (ImGui::Button(tr("Cancel"))) commands.dispatch(command::AnswerLessonUnsaved{command::AnswerUnsaved::Cancel});
}

}  // namespace

void drawAnnotatePanel(AppState& state, Controller& commands) {
  LessonState& lesson = state.lesson;
  const bool asking = lesson.pending != AfterSaving::Nothing;
  if ((state.tool != "annotate" || state.briefing.presenting) && !asking && !lesson.choosingFile) return;
  // In the events list's place, which it takes while the teacher annotates.
  ImGui::SetNextWindowPos(ImVec2(panelMargin(state), state.screen.topInset + panelMargin(state)));
  ImGui::SetNextWindowSize(ImVec2(eventsPanelWidth(state), 0));
  const std::string title = std::string(tr("Annotate")) + "###annotate";
  bool open = true;
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    recordWidget(state, "annotate");
    if (asking && !lesson.choosingFile) {
      ImGui::TextWrapped("%s", tr("Save the changes to the annotations?"));
      ImGui::TextDisabled("%s", tr("They are lost if you do not save them."));
      if (ImGui::Button(tr("Save"))) commands.dispatch(command::AnswerLessonUnsaved{command::AnswerUnsaved::Save});
      recordWidget(state, "annotate/unsaved-save");
      ImGui::SameLine();
      if (ImGui::Button(tr("Don't save"))) commands.dispatch(command::AnswerLessonUnsaved{command::AnswerUnsaved::Discard});
      recordWidget(state, "annotate/discard");
      ImGui::SameLine();
      if (ImGui::Button(tr("Cancel"))) commands.dispatch(command::AnswerLessonUnsaved{command::AnswerUnsaved::Cancel});
    } else if (lesson.choosingFile) {
      chooseFile(state, commands);
    } else {
      // What a click on the map puts there.
      kindButton(state, commands, Kind::Pin, tr("Pin"), "annotate/pin");
      ImGui::SameLine();
      kindButton(state, commands, Kind::Text, tr("Text"), "annotate/text");
      ImGui::SameLine();
      kindButton(state, commands, Kind::Arrow, tr("Arrow"), "annotate/arrow");
      const char* hint = lesson.placing == Kind::Arrow ? tr("Click the map twice: where the arrow starts, then where it points.")
                         : lesson.placing == Kind::Text ? tr("Click the map where the text goes, then type it below.")
                                                        : tr("Click the map to put a pin there, then name it below.");
      ImGui::TextWrapped("%s", hint);
      const int chosen = lesson.selected;
      if (chosen >= 0 && chosen < static_cast<int>(lesson.doc.annotations.size())) {
        ImGui::Separator();
        Annotation a = lesson.doc.annotations[static_cast<std::size_t>(chosen)];
        ImGui::TextUnformatted(tr("Label"));
        ImGui::SetNextItemWidth(-1);
        if (lesson.focusLabel) ImGui::SetKeyboardFocusHere();
        lesson.focusLabel = false;
        // Esc leaves the field and keeps what was typed (ImGui's own Esc would put back the text
        // the field had before: words the teacher wrote, lost).
        if (ImGui::GetActiveID() == ImGui::GetID("##annotation-label") && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
          ImGui::ClearActiveID();
        // The label in the interface's language: a teacher writes each language's in turn.
        if (inputString("##annotation-label", a.labelIn(state.language))) commands.dispatch(command::ChangeAnnotation{chosen, a});
        recordWidget(state, "annotate/label");
        if (ImGui::Button(tr("Delete"))) commands.dispatch(command::RemoveAnnotation{chosen});
        recordWidget(state, "annotate/delete");
        ImGui::SameLine();
        ImGui::TextDisabled("%s", tr("or the Delete key"));
      }
      ImGui::Separator();
      const std::string where = lesson.path.empty() ? std::string(tr("Not saved in a lesson file yet"))
                                                    : filled("Lesson: {file}", "file", sourceTitle(lesson.path));
      ImGui::TextWrapped("%s", where.c_str());
      recordWidget(state, "annotate/file");
      if (ImGui::Button(tr("Save"))) commands.dispatch(command::SaveLesson{lesson.path});
      recordWidget(state, "annotate/save");
      ImGui::SameLine();
      if (ImGui::Button(tr("Save as…"))) commands.dispatch(command::SaveLesson{});
      recordWidget(state, "annotate/save-as");
      ImGui::SameLine();
      ImGui::TextDisabled("%s", "Ctrl+S");
      if (lesson.unsaved()) ImGui::TextDisabled("%s", tr("Unsaved changes"));
    }
    if (!lesson.outcome.empty()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(shownText(translatedMessage(lesson.outcome)).c_str());
      ImGui::PopTextWrapPos();
      recordWidget(state, "annotate/outcome");
    }
  }
  ImGui::End();
  if (!open) commands.dispatch(asking ? Command{command::AnswerLessonUnsaved{command::AnswerUnsaved::Cancel}}
                                      : Command{command::UseTool{"browse"}});
}

}  // namespace kg
