#pragma once
// Measuring on the map (Tools > Measure, M): each click adds a point; the path is drawn with its
// length along the ground, and from three points the area it closes. Backspace takes the last
// point off, Esc clears the path, and Esc on no path goes back to browsing. Dragging and the
// wheel still move the map.
#include "app/tools/MapTool.h"

namespace kg {

class MeasureTool : public MapTool {
 public:
  const char* name() const override { return "measure"; }
  void onClick(ToolContext& context, ScreenPoint pointer) override;
  bool onKey(ToolContext& context, KeyPress key) override;
  void drawOverlay(ToolContext& context) override;
};

}  // namespace kg
