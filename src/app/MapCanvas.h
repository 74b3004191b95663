#pragma once
// The map as an input surface: it turns the pointer, the wheel and the keys into calls on the
// active map tool, and moves the map with what the tool leaves (drag to pan, wheel to zoom about
// the pointer, arrows, + and -, Home). Shortcuts that work in every mode (undo, redo, quit) are
// taken first.
#include <memory>
#include <vector>

#include "app/tools/MapTool.h"

namespace kg {

class MapCanvas {
 public:
  explicit MapCanvas(std::unique_ptr<MapTool> tool) : tool_(std::move(tool)) {}

  // Makes `tool` the active one; the old one is told first, so it can clear what it showed.
  void setTool(std::unique_ptr<MapTool> tool, ToolContext& context);
  MapTool& tool() { return *tool_; }

  // One frame of input, read from ImGui (pointer, buttons, wheel) and the keys pressed since the
  // last frame. Panels that have the pointer or the keyboard keep them.
  void handleInput(ToolContext& context, const std::vector<KeyPress>& keys);

 private:
  void handleKey(ToolContext& context, KeyPress key);

  std::unique_ptr<MapTool> tool_;
  bool dragging_ = false;
  bool toolDrag_ = false;
  double dragDistance_ = 0;  // design pixels moved since the button went down
  ScreenPoint dragLast_;
  double lastWheel_ = -1;  // when the wheel last turned (the controller's clock), -1: not lately
};

}  // namespace kg
