#include "app/panels/QuizPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/TextFormats.h"

namespace kg {
namespace {

// The question in the interface's language: as the lesson writes it, or made from the name.
std::string asked(const QuizView& view, Language language) {
  const QuizTarget& t = view.quiz->target();
  const Question& q = view.questions[view.quiz->current()];
  return questionText(q, language, filled("Click {name}", "name", t.name(language)));
}

std::string verdictText(const QuizView& view) {
  if (!view.clicked) return {};
  const QuizAnswer& a = view.last;
  const std::string km = std::to_string(static_cast<long long>(std::lround(a.kmOff)));
  switch (a.verdict) {
    case Verdict::Right: return tr("Right!");
    case Verdict::Wrong: return filled("Not there: {km} km off. Try again.", "km", km);
    case Verdict::Revealed: return tr("Not there. Here it is.");
  }
  return {};
}

}  // namespace

void drawQuizPanel(AppState& state, Controller& commands, const Fonts& fonts) {
  QuizView& view = state.quiz;
  if (!view.quiz) return;
  const Quiz& quiz = *view.quiz;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(ui(state, 640), viewport->Size.x - 2 * panelMargin(state));
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + (viewport->Size.x - width) / 2, state.screen.topInset + panelMargin(state)));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  const std::string title = std::string(tr("Quiz")) + "###quiz";
  bool open = true;
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    recordWidget(state, "quiz");
    const std::string score = filled("Score: {score} of {max}", "score", std::to_string(quiz.score()));
    if (!quiz.finished()) {
      const std::string count = fillPlaces(filled("Question {n} of {total}", "n", std::to_string(quiz.current() + 1)),
                                           "total", std::to_string(quiz.size()));
      ImGui::TextDisabled("%s", count.c_str());
      ImGui::SameLine();
      ImGui::TextDisabled("%s", fillPlaces(score, "max", std::to_string(quiz.maxScore())).c_str());
      ImGui::PushFont(fonts.label);
      ImGui::SetWindowFontScale(1.4f);
      ImGui::TextWrapped("%s", asked(view, state.language).c_str());
      ImGui::SetWindowFontScale(1.0f);
      ImGui::PopFont();
      recordWidget(state, "quiz/question");
      const std::string said = verdictText(view);
      if (!said.empty()) {
        const ImVec4 colour = view.last.verdict == Verdict::Right ? ImVec4(0.0f, 0.40f, 0.15f, 1) : ImVec4(0.65f, 0.05f, 0.05f, 1);
        ImGui::TextColored(colour, "%s", said.c_str());
        recordWidget(state, "quiz/verdict");
      } else {
        ImGui::TextDisabled("%s", tr("Click the map to answer."));
      }
      if (quiz.answered()) {
        if (ImGui::Button(tr("Next"))) commands.dispatch(command::NextQuestion{});
        recordWidget(state, "quiz/next");
        ImGui::SameLine();
        ImGui::TextDisabled("%s", "Enter");
      }
    } else {
      ImGui::PushFont(fonts.label);
      ImGui::TextUnformatted(tr("The quiz is over"));
      ImGui::PopFont();
      ImGui::TextUnformatted(fillPlaces(score, "max", std::to_string(quiz.maxScore())).c_str());
      recordWidget(state, "quiz/score");
      for (std::size_t i = 0; i < view.questions.size(); ++i) {
        const QuizAnswer& a = quiz.results()[i];
        const char* how = a.verdict == Verdict::Right ? tr("right") : tr("shown");
        ImGui::Text("%2d. %3d  %s", static_cast<int>(i + 1), a.points, how);
      }
    }
    if (ImGui::Button(tr("End the quiz"))) open = false;
    recordWidget(state, "quiz/end");
    const float before = view.panelBottom;
    view.panelBottom = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    // The first question was framed before the panel was there: framed again below it.
    if (before == 0 && !quiz.finished()) commands.dispatch(command::ResetView{Motion::Fly});
  }
  ImGui::End();
  if (!open) commands.dispatch(command::EndQuiz{});
}

}  // namespace kg
