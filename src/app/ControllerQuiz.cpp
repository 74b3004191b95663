// Tools > Quiz (AppState::quiz): a lesson's questions, each answered by a click on the map
// (core/lesson/Quiz has the rules).
#include "app/Controller.h"

#include "core/io/Resources.h"
#include "core/io/Say.h"

namespace kg {

void Controller::apply(const command::StartQuiz& c) {
  const std::string path = c.path.empty() ? exampleLesson() : c.path;
  auto read = readLesson(path);
  if (!read) {
    state_.warnings.push_back(read.error());
    return;
  }
  QuizView& view = state_.quiz;
  view = QuizView();
  view.path = c.path;
  std::vector<QuizTarget> targets;
  for (const std::string& problem : read->problems) state_.warnings.push_back(problem);
  for (const Question& q : read->lesson.questions) {
    auto target = quizTarget(q, data_.boundaries, data_.catalog, state_.camera.projection(), path);
    if (!target) {
      state_.warnings.push_back(say("{problem}; that question is left out", {{"problem", target.error()}}));
      continue;
    }
    targets.push_back(*target);
    view.questions.push_back(q);
  }
  if (targets.empty()) {
    state_.warnings.push_back(say("{file}: no question to ask on this map", {{"file", path}}));
    return;
  }
  view.quiz.emplace(std::move(targets));
  state_.tool = "quiz";
  state_.selection = Selection();
  apply(command::ResetView{Motion::Fly});
}

void Controller::apply(const command::AnswerQuiz& c) {
  QuizView& view = state_.quiz;
  if (!view.quiz || view.quiz->finished() || view.quiz->answered() || !isValid(c.at)) return;
  view.last = view.quiz->answer(state_.camera.projection().forward(c.at), state_.camera.projection());
  view.clicked = true;
  // Shown after three misses: the view goes to the answer.
  if (view.last.verdict == Verdict::Revealed) apply(command::ZoomToBounds{view.quiz->target().bounds, Motion::Fly});
}

void Controller::apply(const command::NextQuestion&) {
  QuizView& view = state_.quiz;
  if (!view.quiz || !view.quiz->answered()) return;
  view.quiz->next();
  view.last = QuizAnswer();
  view.clicked = false;
  if (!view.quiz->finished()) apply(command::ResetView{Motion::Fly});
}

void Controller::apply(const command::EndQuiz&) {
  state_.quiz.quiz.reset();
  state_.quiz.clicked = false;
  state_.tool = "browse";
}

}  // namespace kg
