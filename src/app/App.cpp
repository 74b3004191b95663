#include "app/App.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

#include "app/EventMarkers.h"
#include "app/panels/TimelinePanel.h"
#include "app/panels/LoadingPanel.h"
#include "app/panels/MarkerStyle.h"
#include "app/panels/MenuBar.h"
#include "app/Theme.h"
#include "app/Translate.h"
#include "app/panels/MapOverlay.h"
#include "app/panels/StatusBar.h"
#include "core/io/Resources.h"
#include "core/io/Say.h"
#include "core/io/SourceName.h"
#include "app/tools/Tools.h"
#include "app/panels/SlideEditor.h"
#include "app/panels/ExportDialog.h"
#include "render/Framebuffer.h"

namespace kg {
namespace {

std::string glfwProblem() {
  const char* description = nullptr;
  glfwGetError(&description);
  return description ? description : say("unknown reason");
}

}  // namespace

Result<std::unique_ptr<App>> App::create(const WindowOptions& options) {
  std::unique_ptr<App> app(new App());
  app->startWith(options);
  if (!glfwInit()) {
    const char* display = std::getenv("DISPLAY");
    return Error{display && *display ? say("cannot open a window: {why}", {{"why", glfwProblem()}})
                 : say("cannot open a window: {why} (DISPLAY is not set: run on a desktop, or under xvfb-run)", {{"why", glfwProblem()}})};
  }
  const bool offscreen = options.hidden;
  app->hidden_ = offscreen;
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  if (offscreen) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  app->window_ = glfwCreateWindow(offscreen ? 64 : options.width, offscreen ? 64 : options.height, "kgatlas", nullptr, nullptr);
  if (!app->window_) return Error{say("cannot create an OpenGL 3.3 window: {why}", {{"why", glfwProblem()}})};
  glfwMakeContextCurrent(app->window_);
  glfwSwapInterval(options.vsync ? 1 : 0);
  if (!gladLoadGL(glfwGetProcAddress)) return Error{say("cannot load OpenGL 3.3 functions")};

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  app->imguiReady_ = true;
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to save into the user's folder
  applyColours(ImGui::GetStyle(), false);
  ImGui::GetStyle().WindowRounding = 4;
  // HiDPI: macOS and Wayland give a framebuffer larger than the window (pixelRatio 2); X11
  // keeps them equal and reports the density as a content scale, so there the UI itself must
  // grow (uiScale 2). Either way text and lines end up the same physical size.
  float scaleX = 1, scaleY = 1;
  glfwGetWindowContentScale(app->window_, &scaleX, &scaleY);
  const float contentScale = options.scale > 0 ? options.scale : std::max(1.0f, std::max(scaleX, scaleY));
  double pixelRatio = 1.0;
  if (!offscreen) {
    int fbW = 0, fbH = 0, winW = 0, winH = 0;
    glfwGetFramebufferSize(app->window_, &fbW, &fbH);
    glfwGetWindowSize(app->window_, &winW, &winH);
    if (fbW > 0 && winW > 0) pixelRatio = static_cast<double>(fbW) / winW;
  }
  app->state_.screen.uiScale = std::max(1.0, contentScale / pixelRatio);
  ImGui::GetStyle().ScaleAllSizes(static_cast<float>(app->state_.screen.uiScale));
  auto fonts = loadFonts(options.font, contentScale, static_cast<float>(app->state_.screen.uiScale));
  if (!fonts) return Error{fonts.error()};
  app->fonts_ = *fonts;
  app->fontPath_ = options.font;
  app->screenScale_ = app->state_.screen.uiScale;
  app->screenStyle_ = std::make_unique<ImGuiStyle>(ImGui::GetStyle());
  // Our key callback goes in first; ImGui's backend chains to it. Presses are queued so that a
  // quick tap (down and up between two frames) still counts.
  glfwSetWindowUserPointer(app->window_, app.get());
  glfwSetKeyCallback(app->window_, [](GLFWwindow* window, int key, int, int action, int mods) {
    if (action == GLFW_PRESS || action == GLFW_REPEAT)
      static_cast<App*>(glfwGetWindowUserPointer(window))->pendingKeys_.push_back({key, mods});
  });
  ImGui_ImplGlfw_InitForOpenGL(app->window_, true);
  // Every copy (a button, or Ctrl+C in selected text) says that it was copied.
  io.ClipboardUserData = app.get();
  io.SetClipboardTextFn = [](void* user, const char* text) {
    App* self = static_cast<App*>(user);
    glfwSetClipboardString(self->window_, text);
    self->controller_.notify(say("Copied to the clipboard"));
  };
  io.GetClipboardTextFn = [](void* user) { return glfwGetClipboardString(static_cast<App*>(user)->window_); };
  ImGui_ImplOpenGL3_Init("#version 330 core");
  app->backendsReady_ = true;

  auto renderer = MapRenderer::create(shaderDir());
  if (!renderer) return Error{renderer.error()};
  app->renderer_ = std::make_unique<MapRenderer>(std::move(*renderer));
  auto markers = MarkerRenderer::create(shaderDir(), MapPoint{});
  if (!markers) return Error{markers.error()};
  app->markers_ = std::make_unique<MarkerRenderer>(std::move(*markers));
  app->controller_.setAnimate(!offscreen);
  return app;
}

App::~App() {
  presenter_.reset();
  screenPicture_.reset();
  nextPicture_.reset();
  builder_.reset();
  renderer_.reset();
  markers_.reset();  // GL objects go while the context is still current
  if (backendsReady_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
  }
  if (imguiReady_) ImGui::DestroyContext();
  if (window_) glfwDestroyWindow(window_);
  glfwTerminate();
}

void App::warmUp(int width, int height) {
  // The window's own framebuffer, which the driver allocates at its first use.
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glClear(GL_COLOR_BUFFER_BIT);
  std::optional<OffscreenTarget> target;
  if (hidden_) {
    auto made = OffscreenTarget::create(width, height);
    if (!made) return;  // the real frame will report what is wrong
    target = std::move(*made);
  }
  BoundaryData square;
  Feature f;
  const double side = 100000;  // metres: a square that fills the view
  f.polygons.push_back(Polygon{{Ring{{0, 0}, {side, 0}, {side, side}, {0, side}}}});
  f.bounds.add(MapPoint{0, 0});
  f.bounds.add(MapPoint{side, side});
  square.regions.push_back(f);
  const std::size_t coarsest = kLevelCount - 1;
  const MapPoint origin = meshOrigin(square);
  renderer_->prepare(square, origin);
  renderer_->uploadLevel(coarsest, buildMeshLevel(square, {0}, coarsest, origin));
  Camera camera;
  camera.setViewport(width, height);
  camera.fit(f.bounds, 10);
  if (target) target->bind();
  renderer_->draw(camera, MapHighlight{-1, -1, {}, {}}, 1);
  MarkerInstance marker;
  marker.position = {side / 2, side / 2};
  markers_->setOrigin(origin);
  markers_->setMarkers({marker});
  markers_->draw(camera);
  glFinish();
  markers_->setMarkers({});
  OffscreenTarget::unbind();
  ImGui_ImplOpenGL3_NewFrame();  // ImGui's shaders and font texture
}

void App::uploadFinishedLevels(bool waitForWanted) {
  if (!builder_) return;
  // The level this view needs. Not the next finer one as well: for the world's admin-1 boundaries
  // that would hold tens of megabytes more than the view shows.
  const std::size_t wanted = levelForScale(state_.camera.metresPerPixel());
  if (waitForWanted && !renderer_->hasLevel(wanted)) builder_->waitFor(wanted);
  builder_->request(wanted);
  for (auto& [index, level] : builder_->takeFinished()) {
    levelSizes_[index] = {level.vertices.size(), level.indices.size() / 3};
    renderer_->uploadLevel(index, level);
  }
  state_.loading.detail = renderer_->hasLevel(wanted) ? std::string() : tr("Building detail for this zoom");
  if (builder_->allFinished()) builder_.reset();
}

App::App() : canvas_(makeTool("browse")) {}

void App::setData(LoadedData loaded) {
  builder_.reset();  // it reads the old boundaries until it is gone
  data_.boundaries = std::move(loaded.boundaries);
  state_.camera.setProjection(data_.boundaries.projection);
  data_.catalog = std::move(loaded.catalog);
  data_.overlays = std::move(loaded.overlays);
  ++data_.overlayRevision;
  state_.hiddenOverlays.clear();
  data_.sourceName = sourceTitle(data_.boundaries.path);
  data_.index();
  state_.selection = {};
  state_.hover = {};
  state_.markerChoice.clear();
  state_.openMarkerChoice = false;
  state_.scrollArticle = false;
  controller_.reset();
  state_.warnings = data_.boundaries.warnings;
  // Problems in the events, articles or passages are shown too: whoever edited those files by
  // hand may have started the viewer from a desktop, with no terminal to read.
  state_.warnings.insert(state_.warnings.end(), data_.catalog.problems.begin(), data_.catalog.problems.end());
  // And those of the lesson opened, which may have been read before the map.
  state_.warnings.insert(state_.warnings.end(), state_.lesson.problems.begin(), state_.lesson.problems.end());
  state_.warningsOpen = false;  // counted in the status bar, listed when asked
  state_.loading.error.clear();
  builder_ = std::make_unique<MeshBuilder>(data_.boundaries, 2, std::move(loaded.coarsest));
  renderer_->prepare(data_.boundaries, builder_->origin());
  markers_->setOrigin(builder_->origin());
  levelSizes_.assign(kLevelCount, {0, 0});
  ++dataGeneration_;
  framed_ = false;
  state_.loading.mapShown = false;
  if (onData_) onData_(*this);
}

void App::startLoading(LoadRequest request) {
  abandon(job_, abandoned_);
  lastRequest_ = request;
  state_.projectionMode = request.projection;
  state_.loading = LoadStatus();
  state_.loading.active = true;
  state_.loading.file = request.boundaries;
  state_.loading.stage = tr("Starting");
  job_ = std::make_unique<BackgroundJob<Result<LoadedData>>>(
      [request](Progress& progress) { return loadMapData(request, progress); });
}

void App::pollLoading() {
  dropFinished(abandoned_);
  if (!job_) return;
  if (!job_->ready()) {
    const Progress::Snapshot now = job_->progress().snapshot();
    state_.loading.stage = now.stage;
    state_.loading.fraction = now.fraction;
    return;
  }
  Result<LoadedData> loaded = job_->take();
  job_.reset();
  state_.loading.active = false;
  if (!loaded) {
    state_.loading.error = loaded.error();
    std::fprintf(stderr, "kgatlas: %s\n", loaded.error().c_str());
    return;
  }
  setData(std::move(*loaded));
}

void App::pollLayerLoading() {
  dropFinished(abandonedLayers_);
  LayerLoad& load = state_.layerLoad;
  if (load.cancel && layerJob_) {  // the job finishes unseen
    abandon(layerJob_, abandonedLayers_);
    load.active = false;
  }
  load.cancel = false;
  if (!load.requested.empty() && hasData()) {
    abandon(layerJob_, abandonedLayers_);
    load.source = load.requested;
    load.requested.clear();
    load.active = true;
    load.started = state_.time;
    layerJobGeneration_ = dataGeneration_;
    // The job reads against its own copy of the regions: the map may be replaced meanwhile.
    layerJob_ = std::make_unique<BackgroundJob<OpenedSource>>(
        [source = load.source, regions = data_.boundaries.regions,
         projection = data_.boundaries.projection](Progress& progress) {
          progress.setStage("Reading " + sourceTitle(source));
          return openSource(source, regions, projection);
        });
  }
  if (!layerJob_ || !layerJob_->ready()) return;
  OpenedSource opened = layerJob_->take();
  layerJob_.reset();
  load.active = false;
  if (layerJobGeneration_ != dataGeneration_) return;  // read against a map no longer shown
  if (opened.overlay) return controller_.dispatch(command::AddOverlay{std::move(opened.overlay)});
  if (!opened.overlayError.empty()) {
    std::fprintf(stderr, "kgatlas: warning: %s\n", opened.overlayError.c_str());
    state_.warnings.push_back(opened.overlayError);
    state_.warningsOpen = true;  // asked for by the user: its problems shown
    state_.notice = say("Nothing drawn from {file}: see the problems", {{"file", sourceTitle(load.source)}});
    state_.noticeUntil = state_.time + 4;
    return;
  }
  auto layer = std::make_shared<LoadedLayer>(std::move(opened.events));
  for (const std::string& problem : layer->problems) std::fprintf(stderr, "kgatlas: warning: %s\n", problem.c_str());
  controller_.dispatch(command::AddEventLayer{std::move(layer)});
}

void App::fail(int status, const std::string& message) {
  std::fprintf(stderr, "kgatlas: %s\n", message.c_str());
  exitStatus_ = status;
  state_.quit = true;
}

void App::frame(int framebufferWidth, int framebufferHeight, double pixelRatio, bool withInput, bool offscreen) {
  ImGui_ImplOpenGL3_NewFrame();
  // The large fonts of slides and pictures, made once a briefing or a picture is on the way: the
  // atlas is built again and its texture replaced, which must happen between frames.
  const bool slidesAhead = state_.picture.on || !state_.briefing.doc.slides.empty() ||
                           !state_.briefing.requested.empty();
  if (slidesAhead && !slideFontsTried_) {
    slideFontsTried_ = true;
    if (addSlideFonts(fonts_)) {
      remakeFontTexture();
    } else {
      std::fprintf(stderr, "kgatlas: warning: %s: the large fonts for slides could not be made; slides use the "
                           "interface's font\n", fonts_.path.c_str());
    }
  }
  ImGui_ImplGlfw_NewFrame();
  // Enter chooses in a menu opened from the keyboard, as Space does (ImGui's key for it).
  if (state_.screen.menuFromKeyboard && ImGui::GetIO().KeysDown[GLFW_KEY_ENTER]) ImGui::GetIO().NavInputs[ImGuiNavInput_Activate] = 1;
  if (offscreen) {
    // The offscreen target stands in for the window: same size, no HiDPI scale.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(framebufferWidth), static_cast<float>(framebufferHeight));
    io.DisplayFramebufferScale = ImVec2(1, 1);
  }
  ImGui::NewFrame();

  state_.screen.pixelRatio = pixelRatio;
  if (framed_) controller_.resizeViewport(framebufferWidth, framebufferHeight);
  else state_.camera.setViewport(framebufferWidth, framebufferHeight);
  controller_.setTime(glfwGetTime());
  state_.widgets.clear();
  setInterfaceLanguage(state_.language);  // menus and panels speak the language of the labels
  pollLoading();
  pollLayerLoading();
  pollBriefing();
  pollExport();
  // A presented slide has the screen to itself: no menu, no timeline, no side panels.
  // A picture to hand out has none of the window's bars.
  const bool mapOnly = state_.briefing.presenting || state_.picture.on;
  state_.screen.topInset = mapOnly ? 0.0f : drawMenuBar(state_, controller_);
  const float statusBar = state_.picture.on ? 0.0f : drawStatusBar(state_, data_.sourceName);
  const bool timeline = hasData() && !mapOnly;
  if (timeline) drawTimelinePanel(state_, controller_, data_.catalog, statusBar);
  state_.screen.bottomInset = statusBar + (timeline ? timelineHeight(state_) : 0.0f);
  if (hasData() && !framed_) {
    controller_.dispatch(command::ResetView{Motion::Jump});
    framed_ = true;
    state_.loading.mapShown = true;
    controller_.runPosted();  // start-up selections, after the first framing
    controller_.clearHistory();
  } else if (framed_) {
    controller_.runPosted();
  }

  updateGrouping(state_, data_.catalog, dataGeneration_);
  const std::vector<ScreenMarker> markersBefore = screenMarkers(state_, data_.catalog);
  ToolContext context{state_, controller_, data_, markersBefore};
  std::vector<KeyPress> keys;
  keys.swap(pendingKeys_);
  if (kiosk_ && hasData() && framed_) runKiosk(withInput && touched(keys));
  // The tool in use: a presented briefing's, else the one chosen (the kiosk may have changed it).
  const std::string wanted = state_.briefing.presenting ? "present" : state_.tool;
  if (wanted != canvas_.tool().name()) canvas_.setTool(makeTool(wanted), context);
  if (withInput) canvas_.handleInput(context, keys);
  controller_.advanceFlight();
  // A scripted frame waits for the level its view needs; a window draws what is ready and gets
  // finer as levels arrive.
  uploadFinishedLevels(!withInput);
  drawPanels();
  drawBriefingQuestions(state_, controller_);  // also while presenting or loading: closing asks
  if (!mapOnly && drawExportDialog(state_) == ExportAction::Cancel) cancelExport_ = true;
  switch (drawLoadingPanel(state_)) {
    case LoadingAction::Cancel:
      abandon(job_, abandoned_);
      state_.loading.active = false;
      state_.loading.error = say("{file}: loading cancelled", {{"file", state_.loading.file}});
      break;
    case LoadingAction::OpenBundled:
      startLoading({bundledBoundaries(), CatalogPaths::bundled(), {}, lastRequest_.cacheFolder});
      break;
    case LoadingAction::Retry: startLoading(lastRequest_); break;
    case LoadingAction::None: break;
  }
  if (state_.projectionAsked && !state_.loading.active && hasData()) {  // View > Projection
    startLoading(withOpenedLayers(lastRequest_, data_.catalog, data_.overlays, *state_.projectionAsked));
    state_.projectionAsked.reset();
  }
  updateGrouping(state_, data_.catalog, dataGeneration_);  // input and flights move the camera
  const std::vector<ScreenMarker> markers = screenMarkers(state_, data_.catalog);
  if (hasData()) drawMapOverlay(state_, data_, fonts_, markers);
  ToolContext overlay{state_, controller_, data_, markers};
  canvas_.tool().drawOverlay(overlay);
  ImGui::Render();
  state_.screen.typing = ImGui::GetIO().WantTextInput;

  // An event whose region only is known lights its region up while hovered or selected.
  auto regionOf = [&](const std::string& eventId) {
    const Event* e = data_.catalog.findEvent(eventId);
    return e && e->regionOnly ? data_.regionIndex(e->regionIso) : -1;
  };
  const int hoveredRegion = data_.regionIndex(state_.hover.regionId);
  const int selectedRegion = data_.regionIndex(state_.selection.regionId);
  // Regions that are the places of shown events known only to the region: found again only
  // when the shown events change.
  if (eventRegionsFor_ != std::pair{dataGeneration_, state_.shownGeneration}) {
    std::vector<char> marked(data_.boundaries.regions.size(), 0);
    for (const int i : state_.shownEvents) {
      const Event& e = data_.catalog.events[static_cast<std::size_t>(i)];
      if (!e.regionOnly) continue;
      if (const int r = data_.regionIndex(e.regionIso); r >= 0) marked[static_cast<std::size_t>(r)] = 1;
    }
    eventRegions_.clear();
    for (std::size_t r = 0; r < marked.size(); ++r)
      if (marked[r]) eventRegions_.push_back(static_cast<int>(r));
    eventRegionsFor_ = {dataGeneration_, state_.shownGeneration};
  }
  if (overlaysDrawn_ != data_.overlayRevision) {  // opened, removed, or new data (see setData)
    renderer_->setOverlays(data_.overlays);
    overlaysDrawn_ = data_.overlayRevision;
  }
  const MapHighlight highlight{hoveredRegion >= 0 ? hoveredRegion : regionOf(state_.hover.eventId),
                               selectedRegion >= 0 ? selectedRegion : regionOf(state_.selection.eventId),
                               eventRegions_, state_.hiddenOverlays, state_.geography.water,
                               state_.geography.rivers};
  renderer_->draw(state_.camera, highlight, device(state_, 1));
  // Rebuilt only when what they show changes; the renderer uploads them only then.
  const Playback& playback = state_.timeline.playback;
  const MarkerKey key{state_.selection,    state_.hover.eventId,     state_.hover.placeId, state_.showPlaces,
                      device(state_, 1),   dataGeneration_,          state_.shownGeneration, playback.current,
                      state_.timeline.following, playback.cumulative, playback.windowSteps,
                      state_.grouping.generation, state_.hover.cluster};
  if (!(key == markerKey_)) {
    markers_->setMarkers(markerInstances(state_, data_.catalog));
    state_.markedEvents = state_.shownEvents.size();
    markerKey_ = key;
  }
  markers_->draw(state_.camera);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  showWindowTitle();
  if (presenter_ && !offscreen) drawPresenter(framebufferWidth, framebufferHeight);
  if (observer_) observer_(state_, data_);
}

void App::finishMeshes() {
  if (builder_) builder_->waitForAll();
  uploadFinishedLevels(false);
}

int App::run() {
  for (;;) {
    if (glfwWindowShouldClose(window_) || state_.quit) {
      // Closing the window (or Ctrl+Q) with unsaved changes to the briefing or the annotations
      // asks first, about each in turn.
      const bool briefing = state_.briefing.unsaved();
      if ((!briefing && !state_.lesson.unsaved()) || exitStatus_ != 0 || closeNow_) break;
      glfwSetWindowShouldClose(window_, GLFW_FALSE);
      state_.quit = false;
      controller_.dispatch(briefing ? Command{command::CloseBriefing{AfterSaving::Quit}}
                                    : Command{command::CloseLesson{AfterSaving::Quit}});
    }
    // While a file loads there is nothing to animate but a progress bar: a dozen frames a second
    // are enough, and the loading thread gets the processor (a software renderer's core).
    if (job_) glfwWaitEventsTimeout(1.0 / 12);
    else glfwPollEvents();
    int fbW = 0, fbH = 0, winW = 0, winH = 0;
    applyFullScreen();
    applyPresenterView();
    applyTextScale();
    glfwGetFramebufferSize(window_, &fbW, &fbH);
    glfwGetWindowSize(window_, &winW, &winH);
    if (fbW <= 0 || fbH <= 0 || winW <= 0) {  // minimised
      glfwWaitEvents();
      continue;
    }
    frame(fbW, fbH, static_cast<double>(fbW) / winW, true);
    glfwSwapBuffers(window_);
    if (state_.exportDialog.requested && !exportJob_) runExport();
  }
  saveSettings();
  return exitStatus_;
}

}  // namespace kg
