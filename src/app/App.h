#pragma once
// The viewer: one GLFW window, ImGui panels over the map, and the frame loop. It wires the map
// core (data, camera, hit testing) to the renderer and the panels; the logic lives in those.
#include <array>
#include <memory>
#include <string>
#include <vector>

#include "app/CommandLine.h"
#include "app/Fonts.h"
#include "app/ViewState.h"
#include "core/events/EventCatalog.h"
#include "core/io/Result.h"
#include "render/MapMesh.h"
#include "render/MeshBuilder.h"
#include "render/MapRenderer.h"
#include "render/MarkerRenderer.h"

struct GLFWwindow;

namespace kg {

class App {
 public:
  // Creates the window and GL resources for already-loaded data. Fails with a message (no
  // display, no OpenGL 3.3, shader or font problems), never exits.
  static Result<std::unique_ptr<App>> create(const Options& options, BoundaryData data, Catalog catalog);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  int run();                                     // interactive; returns the exit status
  Result<bool> screenshot(const std::string& path);
  int benchmark(double loadSeconds);             // prints figures; returns the exit status

 private:
  App() = default;
  void frame(int framebufferWidth, int framebufferHeight, double pixelRatio, bool handleInput);
  void handleInput();
  void resetView();
  enum class Fly { Stay, Instantly, Animated };
  void selectMarker(MarkerRef marker, Fly fly);
  void flyTo(GeoPoint target, bool animate);
  void updateFlight();
  void writeStateIfChanged();
  // Uploads levels the builder has finished; waits when nothing the view can use is ready.
  void uploadFinishedLevels(bool waitForWanted);

  Options options_;
  BoundaryData data_;
  Catalog catalog_;
  std::string sourceName_;  // the boundary file's name, for the status bar
  std::unique_ptr<MeshBuilder> builder_;  // after data_: it reads data_ until destroyed
  GLFWwindow* window_ = nullptr;
  bool imguiReady_ = false;
  bool backendsReady_ = false;
  Fonts fonts_;
  std::unique_ptr<MapRenderer> renderer_;
  std::unique_ptr<MarkerRenderer> markers_;
  ViewState state_;
  bool framed_ = false;
  bool firstFrameDrawn_ = false;
  bool dragging_ = false;
  double dragDistance_ = 0;
  ScreenPoint dragLast_;
  bool quit_ = false;
  std::string lastDump_;
  struct PendingKey {
    int key, mods;
  };
  std::vector<PendingKey> pendingKeys_;
  std::vector<std::array<std::size_t, 2>> levelSizes_;  // for the benchmark's report
};

}  // namespace kg
