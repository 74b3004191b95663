// The lesson open and Tools > Annotate (AppState::lesson): the teacher's pins, texts and arrows,
// kept with the lesson's questions and saved back into its file.
#include "app/Controller.h"

#include <filesystem>
#include <utility>

#include "app/Translate.h"
#include "core/io/SourceName.h"

namespace kg {
namespace {

bool sameFile(const std::string& a, const std::string& b) {
  std::error_code ec;
  return a == b || std::filesystem::equivalent(a, b, ec);
}

}  // namespace

void Controller::apply(const command::OpenLesson& c) {
  LessonState& lesson = state_.lesson;
  if (lesson.unsaved() && !sameFile(c.path, lesson.path)) {  // asked first; opened once saved or let go
    lesson.requested = c.path;
    lesson.pending = AfterSaving::OpenRequested;
    return;
  }
  auto read = readLesson(c.path);
  std::vector<std::string> problems = read ? read->problems : std::vector<std::string>{read.error()};
  state_.warnings.insert(state_.warnings.end(), problems.begin(), problems.end());
  if (!problems.empty()) state_.warningsOpen = true;  // asked for by the user: its problems shown
  if (read) lesson = LessonState();  // a lesson that cannot be read leaves the one open as it was
  lesson.problems = std::move(problems);
  if (!read) return;
  lesson.path = c.path;
  lesson.doc = lesson.saved = read->lesson;
  state_.quiz.path = c.path;  // Tools > Quiz asks this lesson's questions
  clearHistory();             // undo does not reach into the lesson read before
  notify(filled("Opened the lesson {file}", "file", sourceTitle(c.path)));
}

void Controller::apply(const command::PlaceAnnotations& c) {
  state_.lesson.placing = c.kind;
  if (state_.tool != "annotate") apply(command::UseTool{"annotate"});
}

void Controller::apply(const command::AddAnnotation& c) {
  const Annotation& a = c.annotation;
  if (!isValid(a.at) || (a.kind == Annotation::Kind::Arrow && !isValid(a.to))) return;  // off the globe
  LessonState& lesson = state_.lesson;
  lesson.doc.annotations.push_back(c.annotation);
  lesson.selected = static_cast<int>(lesson.doc.annotations.size()) - 1;
  lesson.focusLabel = true;
  lesson.outcome.clear();
}

void Controller::apply(const command::ChangeAnnotation& c) {
  auto& annotations = state_.lesson.doc.annotations;
  if (c.index < 0 || c.index >= static_cast<int>(annotations.size())) return;
  annotations[static_cast<std::size_t>(c.index)] = c.annotation;
  state_.lesson.outcome.clear();
}

void Controller::apply(const command::RemoveAnnotation& c) {
  auto& annotations = state_.lesson.doc.annotations;
  if (c.index < 0 || c.index >= static_cast<int>(annotations.size())) return;
  annotations.erase(annotations.begin() + c.index);
  state_.lesson.selected = -1;
  state_.lesson.outcome.clear();
}

void Controller::apply(const command::ChooseAnnotation& c) {
  const int count = static_cast<int>(state_.lesson.doc.annotations.size());
  state_.lesson.selected = c.index >= 0 && c.index < count ? c.index : -1;
}

// Save and Save As: written whole or not at all, never over a file that is not a lesson, and over
// another lesson only once the teacher says so.
void Controller::apply(const command::SaveLesson& c) {
  LessonState& lesson = state_.lesson;
  if (c.path.empty()) {
    lesson.choosingFile = true;
    lesson.confirmReplace = false;
    lesson.chosenPath = lesson.path.empty() ? "lesson.toml" : lesson.path;
    return;
  }
  std::error_code ec;
  if (!c.replace && !sameFile(c.path, lesson.path) && std::filesystem::exists(c.path, ec)) {
    lesson.choosingFile = true;
    lesson.confirmReplace = true;
    lesson.chosenPath = c.path;
    return;
  }
  auto saved = saveLesson(c.path, lesson.doc);
  if (!saved) {
    lesson.outcome = saved.error();
    lesson.choosingFile = true;  // another name, then
    lesson.confirmReplace = false;
    lesson.chosenPath = c.path;
    return;
  }
  lesson.saved = lesson.doc;
  lesson.path = c.path;
  lesson.choosingFile = lesson.confirmReplace = false;
  lesson.outcome = filled("Saved {file}", "file", sourceTitle(c.path));
  state_.quiz.path = c.path;
  notify(lesson.outcome);
  finishLesson(std::exchange(lesson.pending, AfterSaving::Nothing));
}

void Controller::apply(const command::CloseLesson& c) {
  if (state_.lesson.unsaved()) {
    state_.lesson.pending = c.then;
    return;
  }
  finishLesson(c.then);
}

void Controller::apply(const command::AnswerLessonUnsaved& c) {
  LessonState& lesson = state_.lesson;
  switch (c.answer) {
    case command::AnswerUnsaved::Save: apply(command::SaveLesson{lesson.path}); break;  // carried out once saved
    case command::AnswerUnsaved::Discard:
      lesson.saved = lesson.doc;  // the changes are let go
      finishLesson(std::exchange(lesson.pending, AfterSaving::Nothing));
      break;
    case command::AnswerUnsaved::Cancel:
      lesson.pending = AfterSaving::Nothing;
      lesson.requested.clear();
      lesson.choosingFile = lesson.confirmReplace = false;
      break;
  }
}

void Controller::finishLesson(AfterSaving then) {
  if (then == AfterSaving::Quit) state_.quit = true;
  if (then == AfterSaving::OpenRequested) apply(command::OpenLesson{std::exchange(state_.lesson.requested, {})});
}

}  // namespace kg
