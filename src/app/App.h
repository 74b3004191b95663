#pragma once
// The window and its frame loop: one GLFW window with the map drawn under ImGui panels. Each
// frame it reads input into the map canvas (which hands it to the active tool), lets the panels
// draw from the app state, and draws the map. What the program does lives in the state, the
// controller's commands, the tools and the panels; command-line work lives in src/cli.
#include <imgui.h>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/AppState.h"
#include "core/settings/Settings.h"
#include "app/Controller.h"
#include "app/Fonts.h"
#include "app/PresenterWindow.h"
#include "render/Framebuffer.h"
#include "app/MapCanvas.h"
#include "app/MapData.h"
#include "app/MapLoading.h"
#include "core/briefing/Kiosk.h"
#include "core/jobs/BackgroundJob.h"
#include "core/io/Result.h"
#include "render/MapRenderer.h"
#include "render/MarkerRenderer.h"
#include "render/MeshBuilder.h"

struct GLFWwindow;

namespace kg {

// Switches off the map layers named ("water", "rivers", "towns", "peaks", "countries"), as
// --hide and the settings name them; other names are passed over.
void hideLayers(GeographyLayers& layers, const std::vector<std::string>& names);

struct WindowOptions {
  int width = 1280, height = 720;
  std::string font;      // a TTF to use instead of the system fonts; empty to search
  Language language = Language::English;
  GeographyLayers geography;  // the lesson layers shown at start (--hide)
  bool highContrast = false, projector = false;
  std::string lesson;  // the lesson opened: its annotations shown, its questions for Tools > Quiz; "" for none
  EventFilter filter;    // which events are shown at start (--time)
  bool timeline = false; // the timeline panel open at start
  bool hidden = false;   // no visible window: frames are drawn into an offscreen target
  bool vsync = true;
  float scale = 0;       // text and lines this many times their design size; 0: as the screen says
};

class App {
 public:
  // Creates the window and its GL resources, with no data yet. Fails with a message (no display,
  // no OpenGL 3.3, shader or font problems), never exits.
  static Result<std::unique_ptr<App>> create(const WindowOptions& options);
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  int run();  // interactive until the window closes; returns the exit status
  // What was remembered (core/settings): the window's place and state, the text size and the
  // events list are applied now; when the window closes, what changed is written to `path`
  // ("" to write nothing: a file that could not be read is never written over).
  void rememberSettings(const std::string& path, const Settings& remembered);

  // Draws a map of one square at this size, where the real frames will go (the window, or for a
  // hidden window an offscreen target): the driver compiles what drawing a map needs (the fill,
  // line and marker shaders in their states, the copy from the map's cached picture, each for
  // that target's pixel format) and the cached picture is allocated, so the first frame of the
  // real data pays only for the data. Run while the data loads on another thread; setData
  // replaces the square.
  void warmUp(int width, int height);

  // Shows this data (replacing any other); its meshes are built in the background.
  void setData(LoadedData data);
  // Loads in the background while the window stays usable, with progress and a cancel button;
  // the data is shown when ready, a failure is shown in the window.
  void startLoading(LoadRequest request);
  // Called on the UI thread each time new data is shown (start-up selections go here).
  void setDataObserver(std::function<void(App&)> observer) { onData_ = std::move(observer); }
  // Ends the interactive loop with this status after printing the message (bad start-up ids).
  void fail(int status, const std::string& message);
  // Ends the interactive loop after this frame without asking about unsaved changes
  // (--quit-after-frames: the run is scripted, nobody is there to answer).
  void closeWithoutAsking() {
    closeNow_ = true;
    state_.quit = true;
  }
  // Opens a briefing read from `path`: its problems, and the ids it names that the data lacks,
  // go to stderr and to the problems shown; F5 presents it.
  void openBriefing(const BriefingFile& file, const std::string& path);
  // Plays the briefing by itself, full screen, round and round (kgatlas --kiosk): see Kiosk.
  void startKiosk(double slideSeconds, double idleSeconds);

  // Draws one frame into the framebuffer bound now. withInput: read the pointer and the keys.
  // offscreen: the frame stands in for a window of that size (screenshots).
  void frame(int framebufferWidth, int framebufferHeight, double pixelRatio, bool withInput, bool offscreen = false);
  // Frames drawn offscreen at this size, as a screenshot is: the pixels, top row first.
  Result<std::vector<std::uint8_t>> renderOffscreen(int width, int height);
  // Builds every level of detail, waits for them and uploads them (a frame builds only the levels
  // its view needs: see MeshBuilder).
  void finishMeshes();
  // Called after every frame with the state it showed (the state dump).
  void setFrameObserver(std::function<void(const AppState&, const MapData&)> observer) {
    observer_ = std::move(observer);
  }

  AppState& state() { return state_; }
  Controller& commands() { return controller_; }
  const MapData& data() const { return data_; }
  const MapRenderer& renderer() const { return *renderer_; }
  GLFWwindow* window() const { return window_; }
  // Vertices and triangles of each level of detail uploaded so far, for the benchmark.
  const std::vector<std::array<std::size_t, 2>>& levelSizes() const { return levelSizes_; }

 private:
  App();
  // Uploads levels the builder has finished; waits when nothing the view can use is ready.
  void uploadFinishedLevels(bool waitForWanted);
  void drawPanels();
  void pollLoading();
  void pollLayerLoading();  // File > Open: starts what was asked for, joins what was read
  void showWindowTitle();
  // The presenter's window: opened and closed as state_.briefing.presenterView says (between
  // frames), and drawn after the map window's frame, whose picture it shows.
  void applyPresenterView();
  // Ctrl + / Ctrl -: the panels' sizes and the fonts made again at the screen's scale times
  // state_.screen.textScale, between frames, so text stays sharp at any size.
  void applyTextScale();
  // The font atlas was built again (slide fonts added, a new scale): its texture made again from
  // it. Between frames only.
  void remakeFontTexture();
  // File > Export, between frames; events are written on a background thread (pollExport).
  void runExport();
  void pollExport();
  void finishExport(const std::string& path, const Result<bool>& written);
  Result<std::vector<std::uint8_t>> renderPicture(int width, int height, bool bare, const std::string& title);
  void drawPresenter(int framebufferWidth, int framebufferHeight);
  void saveBriefingIfAsked();
  void pollBriefing();      // a briefing file asked for (File > Open, the Briefing menu): read it
  bool touched(const std::vector<KeyPress>& keys) const;  // a key, a click or the wheel this frame
  void runKiosk(bool touchedNow);
  void applyFullScreen();
  void startWith(const WindowOptions& options);  // the state the options ask for (AppSettings.cpp)
  Settings currentSettings() const;  // what the window, panels and map show now (AppSettings.cpp)
  void saveSettings();
  bool hasData() const { return dataGeneration_ > 0; }  // some data has been shown

  MapData data_;
  AppState state_;
  Controller controller_{state_, data_};
  MapCanvas canvas_;
  std::unique_ptr<MeshBuilder> builder_;  // after data_: it reads data_ until destroyed
  GLFWwindow* window_ = nullptr;
  bool imguiReady_ = false;
  bool backendsReady_ = false;
  bool hidden_ = false;  // frames go to offscreen targets (WindowOptions::hidden)
  std::optional<Kiosk> kiosk_;
  int windowed_[4] = {0, 0, 1280, 800};  // the window's place and size before full screen
  Fonts fonts_;
  bool slideFontsTried_ = false;
  bool closeNow_ = false;
  std::string windowTitle_ = "kgatlas";
  std::string fontPath_;  // --font, for the presenter's window
  std::string settingsPath_;  // where to remember them; "" for nowhere
  Settings remembered_;       // as they were at the start
  double screenScale_ = 1;     // uiScale as the screen gave it, before any Ctrl + / Ctrl -
  std::unique_ptr<ImGuiStyle> screenStyle_;  // the style at that scale: each text scale starts from it
  double textScaleShown_ = 1;  // the text scale the fonts and panels are made at
  bool contrastShown_ = false;  // whether the style's colours are the high-contrast ones
  std::unique_ptr<PresenterWindow> presenter_;
  std::unique_ptr<BackgroundJob<Result<bool>>> exportJob_;
  bool cancelExport_ = false;
  std::optional<OffscreenTarget> screenPicture_, nextPicture_;  // what the room sees; the next slide
  std::pair<int, int> nextPictureOf_{-1, -1};  // the slide and data generation drawn there
  std::unique_ptr<MapRenderer> renderer_;
  std::unique_ptr<MarkerRenderer> markers_;
  bool framed_ = false;
  int exitStatus_ = 0;
  LoadRequest lastRequest_;
  std::unique_ptr<BackgroundJob<Result<LoadedData>>> job_;
  AbandonedJobs<Result<LoadedData>> abandoned_;  // cancelled, finishing
  std::unique_ptr<BackgroundJob<OpenedSource>> layerJob_;  // a file being read (File > Open)
  int layerJobGeneration_ = 0;  // the data it was started against: dropped if the map was replaced
  AbandonedJobs<OpenedSource> abandonedLayers_;
  std::function<void(App&)> onData_;
  struct MarkerKey {
    Selection selection;
    std::string hoveredEvent, hoveredPlace;  // not the region: markers do not change with it
    bool showPlaces = true;
    double deviceScale = 0;
    int dataGeneration = -1;
    int shownGeneration = -1;  // the filter's result, and the timeline's date that fades markers
    Day playbackDate = 0;
    bool following = false, cumulative = true;
    int windowSteps = 0;
    int grouping = -1, hoveredCluster = -1;  // the clusters drawn, and the one under the pointer
    bool operator==(const MarkerKey&) const = default;
  };
  MarkerKey markerKey_;
  int dataGeneration_ = 0;  // bumped by every setData
  int overlaysDrawn_ = -1;  // the MapData::overlayRevision the renderer has
  std::vector<int> eventRegions_;  // see MapHighlight::eventRegions
  std::pair<int, int> eventRegionsFor_{-1, -1};  // the data and shown events they were found for
  std::vector<KeyPress> pendingKeys_;
  std::vector<std::array<std::size_t, 2>> levelSizes_;
  std::function<void(const AppState&, const MapData&)> observer_;
};

}  // namespace kg
