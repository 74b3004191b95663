#pragma once
// Everything the panels show and change, in one model struct (no function-local statics).
#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/layers/BoundaryLoader.h"
#include "core/view/Camera.h"
#include "core/events/EventCatalog.h"
#include "core/events/MarkerHits.h"

namespace kg {

// Where a region's label goes, and a lightly simplified outline to test that it fits inside:
// enough to place text, and far cheaper than the full-detail rings on large files.
struct LabelShape {
  MapPoint anchor;
  Feature outline;
};

struct ViewState {
  Camera camera;                  // framebuffer pixels
  double pixelRatio = 1.0;        // framebuffer pixels per window unit (2 on macOS Retina, Wayland)
  double uiScale = 1.0;           // window units per design pixel (2 on X11 at 192 dpi)
  float topInset = 0, bottomInset = 0;  // window units taken by the menu and status bars
  int hoveredRegion = -1;
  int selectedRegion = -1;
  Language language = Language::English;
  std::optional<GeoPoint> cursor;
  std::vector<std::string> warnings;
  bool warningsDismissed = false;
  bool showControls = false;
  bool showAbout = false;
  // Events and places.
  int selectedEvent = -1, hoveredEvent = -1;  // indices into Catalog::events (time order)
  int selectedPlace = -1, hoveredPlace = -1;  // indices into Catalog::places
  bool showPlaces = true;                     // the layer of other places the reports name
  bool showEventList = true;
  int requestEvent = -1;                      // panels ask; the app selects and flies there
  int requestPlace = -1;
  std::vector<MarkerRef> markerChoice;        // several markers under one click: let the user pick
  bool openMarkerChoice = false;
  const Passage* articlePassage = nullptr;    // the article window, showing this passage in context
  bool scrollArticle = false;
  float firstPassageRect[4] = {0, 0, 0, 0};   // x, y, w, h in window units, for the state dump
  struct Flight {
    bool active = false;
    double start = 0, duration = 0.8;
    MapPoint fromCentre, toCentre;
    double fromScale = 0, toScale = 0;
  } flight;

  std::unordered_map<int, double> areaKm2;            // geodesic areas, computed when first shown
  std::vector<std::optional<LabelShape>> labelShapes;  // per region, computed when first needed
};

// Sizes in this program are written in design pixels (as at 96 dpi). ui() turns one into window
// units (what ImGui and the pointer use); device() into framebuffer pixels (what GL draws).
inline float ui(const ViewState& s, double designPx) { return static_cast<float>(designPx * s.uiScale); }
inline double device(const ViewState& s, double designPx) { return designPx * s.uiScale * s.pixelRatio; }
// A side panel's width: its design width, but never more than `share` of a small window.
inline float panelWidth(const ViewState& s, double designPx, double share) {
  return static_cast<float>(std::min(designPx * s.uiScale, share * s.camera.viewportWidth() / s.pixelRatio));
}

// Window units (ImGui) to framebuffer pixels (camera) and back.
inline ScreenPoint toFramebuffer(const ViewState& s, float x, float y) { return {x * s.pixelRatio, y * s.pixelRatio}; }

}  // namespace kg
