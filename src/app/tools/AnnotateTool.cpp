#include "app/tools/AnnotateTool.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cmath>
#include <string>

#include "app/Translate.h"
#include "app/panels/AnnotationLayer.h"

namespace kg {
namespace {

float distanceToSegment(ImVec2 p, ImVec2 a, ImVec2 b) {
  const float dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
  float t = length2 > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2 : 0;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

}  // namespace

int annotationAt(const AppState& state, float x, float y) {
  const auto& annotations = state.lesson.doc.annotations;
  for (int i = static_cast<int>(annotations.size()) - 1; i >= 0; --i) {
    const Annotation& a = annotations[static_cast<std::size_t>(i)];
    if (a.kind == Annotation::Kind::Arrow &&
        distanceToSegment(ImVec2(x, y), annotationOnScreen(state, a.at), annotationOnScreen(state, a.to)) < ui(state, 8))
      return i;
    // A pin or a text: the box it was last drawn in.
    if (a.kind == Annotation::Kind::Arrow || i >= static_cast<int>(state.lesson.drawn.size())) continue;
    const WidgetRect& r = state.lesson.drawn[static_cast<std::size_t>(i)];
    if (x >= r.x && y >= r.y && x <= r.x + r.w && y <= r.y + r.h) return i;
  }
  return -1;
}

void AnnotateTool::onMove(ToolContext&, const ScreenPoint* pointer) {
  if (pointer) pointer_ = *pointer;
  else pointer_.reset();
}

void AnnotateTool::onClick(ToolContext& context, ScreenPoint pointer) {
  const AppState& state = context.state;
  const double ratio = state.screen.pixelRatio;
  const GeoPoint at = state.camera.screenToGeo(pointer);
  if (!from_) {
    const int hit = annotationAt(state, static_cast<float>(pointer.x / ratio), static_cast<float>(pointer.y / ratio));
    if (hit >= 0) return context.commands.dispatch(command::ChooseAnnotation{hit});
  }
  Annotation a;
  a.kind = state.lesson.placing;
  a.at = at;
  switch (a.kind) {
    case Annotation::Kind::Pin: break;
    case Annotation::Kind::Text: a.labelIn(state.language) = tr("Text"); break;  // a text needs words: these, until typed over
    case Annotation::Kind::Arrow:
      if (!from_) {
        from_ = at;
        return;
      }
      a.at = *from_;
      a.to = at;
      from_.reset();
      break;
  }
  context.commands.dispatch(command::AddAnnotation{a});
}

bool AnnotateTool::onKey(ToolContext& context, KeyPress key) {
  const int selected = context.state.lesson.selected;
  if ((key.key == GLFW_KEY_DELETE || key.key == GLFW_KEY_BACKSPACE) && selected >= 0) {
    context.commands.dispatch(command::RemoveAnnotation{selected});
    return true;
  }
  if (key.key == GLFW_KEY_ESCAPE) {
    if (from_) from_.reset();
    else if (selected >= 0) context.commands.dispatch(command::ChooseAnnotation{-1});
    else context.commands.dispatch(command::UseTool{"browse"});
    return true;
  }
  return false;
}

void AnnotateTool::drawOverlay(ToolContext& context) {
  if (!from_) return;
  // The arrow being drawn: from its tail to the pointer, until the second click.
  const AppState& state = context.state;
  const float u = ui(state, 1);
  ImDrawList* list = ImGui::GetForegroundDrawList();
  const ImVec2 tail = annotationOnScreen(state, *from_);
  list->AddCircleFilled(tail, 5 * u, IM_COL32(0xB0, 0x12, 0x4A, 0xFF));
  if (pointer_) {
    const double ratio = state.screen.pixelRatio;
    const ImVec2 head(static_cast<float>(pointer_->x / ratio), static_cast<float>(pointer_->y / ratio));
    list->AddLine(tail, head, IM_COL32(0xB0, 0x12, 0x4A, 0xA0), 3 * u);
    const std::string hint = tr("Click where the arrow points");
    list->AddText(ImVec2(head.x + 12 * u, head.y + 8 * u), IM_COL32(0x22, 0x22, 0x22, 0xFF), hint.c_str());
  }
}

}  // namespace kg
