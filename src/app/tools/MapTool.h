#pragma once
// A map tool decides what the pointer and the keys mean on the map. The MapCanvas hands input
// to the active tool; what the tool does not take (a drag, the wheel, arrow keys) moves the map.
// A new mode (measuring, a quiz, a briefing player) is a new tool, not a branch in the app.
#include <vector>

#include "app/Controller.h"
#include "core/events/MarkerHits.h"

namespace kg {

struct KeyPress {
  int key = 0;   // GLFW key code
  int mods = 0;  // GLFW modifier bits
};

// What a tool may use: the state to read, the controller to change it through, the data, and
// where the markers are on screen this frame.
struct ToolContext {
  const AppState& state;
  Controller& commands;
  const MapData& data;
  const std::vector<ScreenMarker>& markers;
};

class MapTool {
 public:
  virtual ~MapTool() = default;
  virtual const char* name() const = 0;
  virtual void activate(ToolContext&) {}
  virtual void deactivate(ToolContext&) {}
  // The pointer over the map (framebuffer pixels), or off it / over a panel (nullptr).
  virtual void onMove(ToolContext&, const ScreenPoint*) {}
  // A press and release without dragging.
  virtual void onClick(ToolContext&, ScreenPoint) {}
  // Return true to take a drag from the map (which otherwise pans).
  virtual bool onDrag(ToolContext&, ScreenPoint /*from*/, ScreenPoint /*to*/) { return false; }
  // Return true when the key was used; otherwise the map's own keys get it.
  virtual bool onKey(ToolContext&, KeyPress) { return false; }
  // Drawn over the map after the panels' layout: tooltips, paths, handles.
  virtual void drawOverlay(ToolContext&) {}
};

}  // namespace kg
