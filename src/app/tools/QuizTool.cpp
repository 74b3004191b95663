#include "app/tools/QuizTool.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace kg {

void QuizTool::onClick(ToolContext& context, ScreenPoint pointer) {
  context.commands.dispatch(command::AnswerQuiz{context.state.camera.screenToGeo(pointer)});
}

bool QuizTool::onKey(ToolContext& context, KeyPress key) {
  if (key.key == GLFW_KEY_ENTER || key.key == GLFW_KEY_KP_ENTER || key.key == GLFW_KEY_SPACE) {
    context.commands.dispatch(command::NextQuestion{});
    return true;
  }
  if (key.key == GLFW_KEY_ESCAPE) {
    context.commands.dispatch(command::EndQuiz{});
    return true;
  }
  return false;
}

void QuizTool::drawOverlay(ToolContext& context) {
  const QuizView& view = context.state.quiz;
  if (!view.quiz || view.quiz->finished() || !view.quiz->answered()) return;
  // The answer ringed: where the place is, or the middle of the area or river.
  const Camera& camera = context.state.camera;
  const double ratio = context.state.screen.pixelRatio;
  const ScreenPoint s = camera.mapToScreen(camera.projection().forward(view.quiz->target().at));
  const ImVec2 c(static_cast<float>(s.x / ratio), static_cast<float>(s.y / ratio));
  const float u = ui(context.state, 1);
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const ImU32 ring = view.last.verdict == Verdict::Right ? IM_COL32(0x00, 0x7A, 0x33, 0xFF) : IM_COL32(0xC0, 0x1A, 0x1A, 0xFF);
  list->AddCircle(c, 22 * u, IM_COL32(255, 255, 255, 255), 40, 7 * u);
  list->AddCircle(c, 22 * u, ring, 40, 4 * u);
}

}  // namespace kg
