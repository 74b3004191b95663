#include "app/MapCanvas.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

namespace kg {
namespace {
constexpr double kClickSlop = 4;  // design pixels a click may wander and still be a click
}

void MapCanvas::setTool(std::unique_ptr<MapTool> tool, ToolContext& context) {
  tool_->deactivate(context);
  tool_ = std::move(tool);
  tool_->activate(context);
}

void MapCanvas::handleInput(ToolContext& context, const std::vector<KeyPress>& keys) {
  ImGuiIO& io = ImGui::GetIO();
  Controller& commands = context.commands;
  const AppState& state = context.state;
  const ScreenPoint mouse = toFramebuffer(state, io.MousePos.x, io.MousePos.y);
  const bool mouseOnMap = !io.WantCaptureMouse && ImGui::IsMousePosValid();
  commands.setPointer(ImGui::IsMousePosValid() ? std::optional<ScreenPoint>({io.MousePos.x, io.MousePos.y}) : std::nullopt,
                     ImGui::IsMouseDown(ImGuiMouseButton_Left));

  std::optional<GeoPoint> cursor;
  if (mouseOnMap) {
    const GeoPoint g = state.camera.screenToGeo(mouse);
    if (isValid(g)) cursor = g;
  }
  commands.setCursor(cursor);  // the status bar's coordinates, whatever the tool
  tool_->onMove(context, mouseOnMap ? &mouse : nullptr);
  if (mouseOnMap && io.MouseWheel != 0) {
    commands.dispatch(command::ZoomAbout{mouse, std::pow(1.25, io.MouseWheel)});
    lastWheel_ = commands.time();
  } else if (lastWheel_ >= 0 && commands.time() - lastWheel_ > 0.5) {
    commands.endGesture();  // half a second without the wheel: the next turn is a new step to undo
    lastWheel_ = -1;
  }
  if (mouseOnMap && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    dragging_ = true;
    toolDrag_ = false;
    dragDistance_ = 0;
    dragLast_ = mouse;
    commands.endGesture();
  }
  if (dragging_) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      // Measured from the last position seen while held, not ImGui's per-frame delta, which
      // would include any jump of the pointer in the frame the button went down.
      const double dx = mouse.x - dragLast_.x, dy = mouse.y - dragLast_.y;
      if (ImGui::IsMousePosValid() && (dx != 0 || dy != 0)) {
        toolDrag_ = toolDrag_ || tool_->onDrag(context, dragLast_, mouse);
        if (!toolDrag_) commands.dispatch(command::PanBy{dx, dy});
        dragDistance_ += std::hypot(dx, dy) / device(state, 1);
        dragLast_ = mouse;
      }
    } else {
      dragging_ = false;
      commands.endGesture();
      if (dragDistance_ < kClickSlop && ImGui::IsMousePosValid()) tool_->onClick(context, mouse);
    }
  }

  if (io.WantCaptureKeyboard) return;
  for (const KeyPress& k : keys) handleKey(context, k);
}

void MapCanvas::handleKey(ToolContext& context, KeyPress k) {
  Controller& commands = context.commands;
  const bool ctrl = k.mods & GLFW_MOD_CONTROL, shift = k.mods & GLFW_MOD_SHIFT;
  if (ctrl) {
    if (k.key == GLFW_KEY_Z) commands.dispatch(shift ? Command{command::Redo{}} : Command{command::Undo{}});
    else if (k.key == GLFW_KEY_Y) commands.dispatch(command::Redo{});
    else if (k.key == GLFW_KEY_Q) commands.quit();
    else if (k.key == GLFW_KEY_O) commands.dispatch(command::ShowOpenDialog{});
    else if (k.key == GLFW_KEY_E) commands.dispatch(command::ShowExportDialog{});
    else if (k.key == GLFW_KEY_F) commands.dispatch(command::ShowSearch{});
    else if (k.key == GLFW_KEY_EQUAL || k.key == GLFW_KEY_KP_ADD)
      commands.dispatch(command::SetTextScale{context.state.screen.textScale * kTextScaleStep});
    else if (k.key == GLFW_KEY_MINUS || k.key == GLFW_KEY_KP_SUBTRACT)
      commands.dispatch(command::SetTextScale{context.state.screen.textScale / kTextScaleStep});
    else if (k.key == GLFW_KEY_0 || k.key == GLFW_KEY_KP_0) commands.dispatch(command::SetTextScale{1});
    else if (k.key == GLFW_KEY_S && context.state.tool == "annotate")
      commands.dispatch(command::SaveLesson{shift ? std::string() : context.state.lesson.path});
    else if (k.key == GLFW_KEY_S && context.state.briefing.isOpen)
      commands.dispatch(command::SaveBriefing{shift ? std::string() : context.state.briefing.path});
    return;
  }
  // F10, or Alt and a menu's letter, opens a menu (MenuBar): File, Edit, View, Tools, Briefing, Help.
  constexpr int kMenuKeys[] = {GLFW_KEY_F, GLFW_KEY_E, GLFW_KEY_V, GLFW_KEY_T, GLFW_KEY_B, GLFW_KEY_H};
  if (k.key == GLFW_KEY_F10) return commands.dispatch(command::OpenMenu{0});
  if (k.mods & GLFW_MOD_ALT) {
    const int* letter = std::find(std::begin(kMenuKeys), std::end(kMenuKeys), k.key);
    if (letter != std::end(kMenuKeys)) commands.dispatch(command::OpenMenu{static_cast<int>(letter - kMenuKeys)});
    return;
  }
  if (k.key == GLFW_KEY_F11) return commands.dispatch(command::SetFullScreen{!context.state.screen.fullScreen});
  // F5 presents the open briefing from its first slide, Shift+F5 from the one shown last.
  if (k.key == GLFW_KEY_F5 && !context.state.briefing.doc.slides.empty()) {
    commands.dispatch(command::ShowSlide{shift ? std::max(0, context.state.briefing.slide) : 0});
    return;
  }
  if (tool_->onKey(context, k)) return;
  const AppState& state = context.state;
  const double step = device(state, 120);
  const ScreenPoint centre{state.camera.viewportWidth() / 2, state.camera.viewportHeight() / 2};
  commands.endGesture();  // each key press is a step of its own
  switch (k.key) {
    case GLFW_KEY_LEFT: commands.dispatch(command::PanBy{step, 0}); break;
    case GLFW_KEY_RIGHT: commands.dispatch(command::PanBy{-step, 0}); break;
    case GLFW_KEY_UP: commands.dispatch(command::PanBy{0, step}); break;
    case GLFW_KEY_DOWN: commands.dispatch(command::PanBy{0, -step}); break;
    case GLFW_KEY_EQUAL:
    case GLFW_KEY_KP_ADD: commands.dispatch(command::ZoomAbout{centre, 1.5}); break;
    case GLFW_KEY_MINUS:
    case GLFW_KEY_KP_SUBTRACT: commands.dispatch(command::ZoomAbout{centre, 1 / 1.5}); break;
    case GLFW_KEY_HOME: commands.dispatch(command::ResetView{Motion::Fly}); break;
    case GLFW_KEY_M: commands.dispatch(command::UseTool{state.tool == "measure" ? "browse" : "measure"}); break;
    case GLFW_KEY_A: commands.dispatch(command::UseTool{state.tool == "annotate" ? "browse" : "annotate"}); break;
    default: break;
  }
  commands.endGesture();
}

}  // namespace kg
