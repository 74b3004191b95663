#pragma once
// Exploring: hover a region or a marker for its name, click for its panel, a list where several
// markers overlap, Tab / Shift+Tab (and Left / Right while an event is open) through the events
// in time, Esc to close the innermost thing open.
#include "app/tools/MapTool.h"

namespace kg {

class BrowseTool : public MapTool {
 public:
  const char* name() const override { return "browse"; }
  void deactivate(ToolContext& context) override;
  void onMove(ToolContext& context, const ScreenPoint* pointer) override;
  void onClick(ToolContext& context, ScreenPoint pointer) override;
  bool onKey(ToolContext& context, KeyPress key) override;
  void drawOverlay(ToolContext& context) override;
};

}  // namespace kg
