#pragma once
// Presenting a briefing: the keys a presentation clicker sends and a keyboard's. Next: Right,
// Down, Page Down, Space, N; previous: Left, Up, Page Up, Backspace, P; Home and End for the
// first and last slide; B (or .) blanks the screen and any key brings the slide back; Esc ends.
// A click on the map goes to the next slide. The map is not dragged or zoomed while presenting.
#include "app/tools/MapTool.h"

namespace kg {

class PresentTool : public MapTool {
 public:
  const char* name() const override { return "present"; }
  void onClick(ToolContext& context, ScreenPoint pointer) override;
  bool onDrag(ToolContext&, ScreenPoint, ScreenPoint) override { return true; }
  bool onKey(ToolContext& context, KeyPress key) override;
};

}  // namespace kg
