#include "app/tools/PresentTool.h"

#include <GLFW/glfw3.h>

namespace kg {

void PresentTool::onClick(ToolContext& context, ScreenPoint) {
  const BriefingState& b = context.state.briefing;
  if (b.slide + 1 < static_cast<int>(b.doc.slides.size())) context.commands.dispatch(command::ShowSlide{b.slide + 1});
}

bool PresentTool::onKey(ToolContext& context, KeyPress k) {
  const BriefingState& b = context.state.briefing;
  Controller& commands = context.commands;
  if (b.blank && k.key != GLFW_KEY_ESCAPE) {  // the first key after B shows the slide again
    commands.dispatch(command::BlankScreen{false});
    return true;
  }
  const int last = static_cast<int>(b.doc.slides.size()) - 1;
  switch (k.key) {
    case GLFW_KEY_RIGHT:
    case GLFW_KEY_DOWN:
    case GLFW_KEY_PAGE_DOWN:
    case GLFW_KEY_SPACE:
    case GLFW_KEY_N:
    case GLFW_KEY_ENTER:
      if (b.slide < last) commands.dispatch(command::ShowSlide{b.slide + 1});
      return true;
    case GLFW_KEY_LEFT:
    case GLFW_KEY_UP:
    case GLFW_KEY_PAGE_UP:
    case GLFW_KEY_BACKSPACE:
    case GLFW_KEY_P:
      if (b.slide > 0) commands.dispatch(command::ShowSlide{b.slide - 1});
      return true;
    case GLFW_KEY_HOME: commands.dispatch(command::ShowSlide{0}); return true;
    case GLFW_KEY_END: commands.dispatch(command::ShowSlide{last}); return true;
    case GLFW_KEY_B:
    case GLFW_KEY_PERIOD: commands.dispatch(command::BlankScreen{true}); return true;
    case GLFW_KEY_ESCAPE: commands.dispatch(command::EndPresentation{}); return true;
    default: return true;  // nothing else moves the map under a presented slide
  }
}

}  // namespace kg
