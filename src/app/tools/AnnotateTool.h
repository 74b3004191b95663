#pragma once
// Annotating the map for a lesson (Tools > Annotate, A): a click puts a pin or a text where it
// is, or with two clicks an arrow from the first to the second, as chosen in the annotate
// panel; a click on an annotation chooses it, to label it in the panel, and Delete takes it off.
// Esc lets go of an arrow half drawn, then of the choice, then goes back to browsing. Ctrl+S
// saves them into the lesson file. Dragging and the wheel still move the map.
#include <optional>

#include "app/tools/MapTool.h"

namespace kg {

class AnnotateTool : public MapTool {
 public:
  const char* name() const override { return "annotate"; }
  void deactivate(ToolContext&) override { from_.reset(); }
  void onMove(ToolContext& context, const ScreenPoint* pointer) override;
  void onClick(ToolContext& context, ScreenPoint pointer) override;
  bool onKey(ToolContext& context, KeyPress key) override;
  void drawOverlay(ToolContext& context) override;

 private:
  std::optional<GeoPoint> from_;      // an arrow's tail, clicked; its head comes with the next click
  std::optional<ScreenPoint> pointer_;  // where the pointer is over the map (framebuffer pixels)
};

// The annotation under a point of the window (window units), or -1: the last one drawn first.
int annotationAt(const AppState& state, float x, float y);

}  // namespace kg
