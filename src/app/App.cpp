#include "app/App.h"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <glad/gl.h>
#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sys/resource.h>

#include "app/EventMarkers.h"
#include "app/panels/EventPanel.h"
#include "app/panels/EventsPanel.h"
#include "app/panels/MarkerStyle.h"
#include "app/panels/MenuBar.h"
#include "app/panels/MapOverlay.h"
#include "app/panels/RegionPanel.h"
#include "app/panels/StatusBar.h"
#include "core/geo/Geodesy.h"
#include "core/geometry/HitTester.h"
#include "core/io/Resources.h"
#include "render/Framebuffer.h"

namespace kg {
namespace {

std::string glfwProblem() {
  const char* description = nullptr;
  glfwGetError(&description);
  return description ? description : "unknown reason";
}

std::string languageCode(Language l) {
  return l == Language::Russian ? "ru" : l == Language::Kyrgyz ? "ky" : "en";
}

std::string jsonEscape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out;
}

}  // namespace

Result<std::unique_ptr<App>> App::create(const Options& options, BoundaryData data, Catalog catalog) {
  std::unique_ptr<App> app(new App());
  app->options_ = options;
  app->data_ = std::move(data);
  app->catalog_ = std::move(catalog);
  app->sourceName_ = std::filesystem::path(app->data_.path).filename().string();
  app->state_.language = options.language;
  app->state_.warnings = app->data_.warnings;
  // Problems in the events, articles or passages are shown too: whoever edited those files by
  // hand may have started the viewer from a desktop, with no terminal to read.
  app->state_.warnings.insert(app->state_.warnings.end(), app->catalog_.problems.begin(), app->catalog_.problems.end());
  if (!options.select.empty()) {
    app->state_.selectedRegion = app->data_.findRegion(options.select);
    if (app->state_.selectedRegion < 0) {
      std::string known;
      for (const Feature& f : app->data_.regions) known += (known.empty() ? "" : ", ") + f.iso;
      return Error{"unknown region '" + options.select + "'; known: " + known};
    }
  }

  if (!glfwInit()) {
    const char* display = std::getenv("DISPLAY");
    return Error{std::string("cannot open a window: ") + glfwProblem() +
                 (display && *display ? "" : " (DISPLAY is not set: run on a desktop, or under xvfb-run)")};
  }
  const bool offscreen = !options.screenshot.empty();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  if (offscreen) glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
  app->window_ = glfwCreateWindow(offscreen ? 64 : options.width, offscreen ? 64 : options.height, "kgatlas", nullptr,
                                  nullptr);
  if (!app->window_) return Error{"cannot create an OpenGL 3.3 window: " + glfwProblem()};
  glfwMakeContextCurrent(app->window_);
  glfwSwapInterval(options.benchmark ? 0 : 1);
  if (!gladLoadGL(glfwGetProcAddress)) return Error{"cannot load OpenGL 3.3 functions"};

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  app->imguiReady_ = true;
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // the layout is fixed; nothing to save into the user's folder
  ImGui::StyleColorsLight();
  ImGui::GetStyle().WindowRounding = 4;
  // HiDPI: macOS and Wayland give a framebuffer larger than the window (pixelRatio 2); X11
  // keeps them equal and reports the density as a content scale, so there the UI itself must
  // grow (uiScale 2). Either way text and lines end up the same physical size.
  float scaleX = 1, scaleY = 1;
  glfwGetWindowContentScale(app->window_, &scaleX, &scaleY);
  const float contentScale = std::max(1.0f, std::max(scaleX, scaleY));
  double pixelRatio = 1.0;
  if (!offscreen) {
    int fbW = 0, fbH = 0, winW = 0, winH = 0;
    glfwGetFramebufferSize(app->window_, &fbW, &fbH);
    glfwGetWindowSize(app->window_, &winW, &winH);
    if (fbW > 0 && winW > 0) pixelRatio = static_cast<double>(fbW) / winW;
  }
  app->state_.uiScale = std::max(1.0, contentScale / pixelRatio);
  ImGui::GetStyle().ScaleAllSizes(static_cast<float>(app->state_.uiScale));
  auto fonts = loadFonts(options.font, contentScale, static_cast<float>(app->state_.uiScale));
  if (!fonts) return Error{fonts.error()};
  app->fonts_ = *fonts;
  // Our key callback goes in first; ImGui's backend chains to it. Presses are queued so that a
  // quick tap (down and up between two frames) still counts.
  glfwSetWindowUserPointer(app->window_, app.get());
  glfwSetKeyCallback(app->window_, [](GLFWwindow* window, int key, int, int action, int mods) {
    if (action == GLFW_PRESS || action == GLFW_REPEAT)
      static_cast<App*>(glfwGetWindowUserPointer(window))->pendingKeys_.push_back({key, mods});
  });
  ImGui_ImplGlfw_InitForOpenGL(app->window_, true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  app->backendsReady_ = true;

  auto renderer = MapRenderer::create(shaderDir());
  if (!renderer) return Error{renderer.error()};
  app->renderer_ = std::make_unique<MapRenderer>(std::move(*renderer));
  app->builder_ = std::make_unique<MeshBuilder>(app->data_);
  app->renderer_->prepare(app->data_, app->builder_->origin());
  auto markers = MarkerRenderer::create(shaderDir(), app->builder_->origin());
  if (!markers) return Error{markers.error()};
  app->markers_ = std::make_unique<MarkerRenderer>(std::move(*markers));
  app->levelSizes_.assign(kLevelCount, {0, 0});
  return app;
}

App::~App() {
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

void App::uploadFinishedLevels(bool waitForWanted) {
  if (!builder_) return;
  const std::size_t wanted = levelForScale(state_.camera.metresPerPixel());
  if (waitForWanted && !renderer_->hasLevel(wanted)) builder_->waitFor(wanted);
  // Asked before taking: if every level was done by then, this take gets the last of them.
  const bool allDone = builder_->allFinished();
  for (auto& [index, level] : builder_->takeFinished()) {
    levelSizes_[index] = {level.vertices.size(), level.indices.size() / 3};
    renderer_->uploadLevel(index, level);
  }
  if (allDone) builder_.reset();
}

void App::flyTo(GeoPoint target, bool animate) {
  ViewState::Flight& f = state_.flight;
  f.fromCentre = state_.camera.centre();
  f.fromScale = state_.camera.metresPerPixel();
  f.toCentre = state_.camera.projection().forward(target);
  // Close enough to see the place and its uncertainty circle, far enough to keep its region.
  f.toScale = std::clamp(f.fromScale, 60.0, 450.0);
  if (!animate) {
    state_.camera.setMetresPerPixel(f.toScale);
    state_.camera.setCentre(f.toCentre);
    f.active = false;
    return;
  }
  f.start = glfwGetTime();
  f.active = true;
}

void App::updateFlight() {
  ViewState::Flight& f = state_.flight;
  if (!f.active) return;
  const double t = std::clamp((glfwGetTime() - f.start) / f.duration, 0.0, 1.0);
  const double s = t * t * (3 - 2 * t);
  state_.camera.setMetresPerPixel(std::exp(std::log(f.fromScale) + (std::log(f.toScale) - std::log(f.fromScale)) * s));
  state_.camera.setCentre({f.fromCentre.x + (f.toCentre.x - f.fromCentre.x) * s,
                           f.fromCentre.y + (f.toCentre.y - f.fromCentre.y) * s});
  if (t >= 1) f.active = false;
}

void App::selectMarker(MarkerRef marker, Fly fly) {
  const bool isEvent = marker.kind == MarkerRef::Kind::Event;
  const int count = static_cast<int>(isEvent ? catalog_.events.size() : catalog_.places.size());
  if (marker.index < 0 || marker.index >= count) return;
  state_.selectedEvent = isEvent ? marker.index : -1;
  state_.selectedPlace = isEvent ? -1 : marker.index;
  state_.articlePassage = nullptr;
  if (fly != Fly::Stay)
    flyTo(isEvent ? catalog_.events[marker.index].point : catalog_.places[marker.index].point, fly == Fly::Animated);
}

void App::resetView() {
  // Frame the regions in the part of the window the bars and the events list leave free.
  Camera& camera = state_.camera;
  const double ratio = state_.pixelRatio;
  const double top = state_.topInset * ratio, bottom = state_.bottomInset * ratio;
  const double left =
      state_.showEventList && !catalog_.events.empty() ? (panelWidth(state_, 300, 0.34) + ui(state_, 20)) * ratio : 0;
  const double padding = device(state_, 24);
  Camera framing = camera;
  framing.setViewport(std::max(1.0, camera.viewportWidth() - left), std::max(1.0, camera.viewportHeight() - top - bottom));
  if (!framing.fit(data_.regionBounds(), padding)) return;
  camera.setMetresPerPixel(framing.metresPerPixel());
  const MapPoint c = framing.centre();
  camera.setCentre({c.x - left / 2 * camera.metresPerPixel(), c.y + (top - bottom) / 2 * camera.metresPerPixel()});
}

void App::handleInput() {
  ImGuiIO& io = ImGui::GetIO();
  Camera& camera = state_.camera;
  const ScreenPoint mouse = toFramebuffer(state_, io.MousePos.x, io.MousePos.y);
  const bool mouseOnMap = !io.WantCaptureMouse && ImGui::IsMousePosValid();

  state_.hoveredRegion = -1;
  state_.hoveredEvent = state_.hoveredPlace = -1;
  state_.cursor.reset();
  std::vector<MarkerRef> underPointer;
  if (mouseOnMap) {
    const MapPoint m = camera.screenToMap(mouse);
    underPointer = markersAt(screenMarkers(state_, catalog_), mouse, device(state_, 3));
    if (!underPointer.empty()) {
      const MarkerRef top = underPointer.front();
      (top.kind == MarkerRef::Kind::Event ? state_.hoveredEvent : state_.hoveredPlace) = top.index;
    } else {
      state_.hoveredRegion = HitTester(&data_.regions).featureAt(m);
    }
    const GeoPoint g = camera.projection().inverse(m);
    if (isValid(g)) state_.cursor = g;
    if (io.MouseWheel != 0) {
      state_.flight.active = false;
      camera.zoomAbout(mouse, std::pow(1.25, io.MouseWheel));
    }
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
      dragging_ = true;
      dragDistance_ = 0;
      dragLast_ = mouse;
    }
  }
  if (dragging_) {
    if (ImGui::IsMouseDown(ImGuiMouseButton_Left)) {
      // Measured from the last position seen while held, not ImGui's per-frame delta, which
      // would include any jump of the pointer in the frame the button went down.
      const double dx = mouse.x - dragLast_.x, dy = mouse.y - dragLast_.y;
      if (ImGui::IsMousePosValid() && (dx != 0 || dy != 0)) {
        camera.panByPixels(dx, dy);
        dragDistance_ += std::hypot(dx, dy) / device(state_, 1);
        dragLast_ = mouse;
      }
    } else {
      dragging_ = false;
      if (dragDistance_ < 4) {  // a click, not a drag
        if (underPointer.size() > 1) {
          state_.markerChoice = underPointer;
          state_.openMarkerChoice = true;
        } else if (underPointer.size() == 1) {
          selectMarker(underPointer.front(), Fly::Stay);  // under the pointer already: leave the view alone
        } else {
          state_.selectedRegion = state_.hoveredRegion;
          state_.selectedEvent = state_.selectedPlace = -1;
          state_.articlePassage = nullptr;
        }
      }
    }
  }

  std::vector<PendingKey> keys;
  keys.swap(pendingKeys_);
  if (io.WantCaptureKeyboard) return;
  const double panStep = device(state_, 120);
  const ScreenPoint centre{camera.viewportWidth() / 2, camera.viewportHeight() / 2};
  const int eventCount = static_cast<int>(catalog_.events.size());
  auto step = [&](int direction) {
    if (eventCount == 0) return;
    const int current = state_.selectedEvent;
    const int next = current < 0 ? (direction > 0 ? 0 : eventCount - 1) : (current + direction + eventCount) % eventCount;
    selectMarker({MarkerRef::Kind::Event, next}, Fly::Animated);
  };
  for (const PendingKey& k : keys) {
    const bool eventOpen = state_.selectedEvent >= 0;
    switch (k.key) {
      case GLFW_KEY_TAB: step(k.mods & GLFW_MOD_SHIFT ? -1 : 1); break;
      case GLFW_KEY_LEFT:
        if (eventOpen) step(-1);
        else camera.panByPixels(panStep, 0);
        break;
      case GLFW_KEY_RIGHT:
        if (eventOpen) step(1);
        else camera.panByPixels(-panStep, 0);
        break;
      case GLFW_KEY_UP: camera.panByPixels(0, panStep); break;
      case GLFW_KEY_DOWN: camera.panByPixels(0, -panStep); break;
      case GLFW_KEY_EQUAL:
      case GLFW_KEY_KP_ADD: camera.zoomAbout(centre, 1.5); break;
      case GLFW_KEY_MINUS:
      case GLFW_KEY_KP_SUBTRACT: camera.zoomAbout(centre, 1 / 1.5); break;
      case GLFW_KEY_HOME: resetView(); break;
      case GLFW_KEY_ESCAPE:  // closes the innermost thing open
        if (state_.articlePassage) state_.articlePassage = nullptr;
        else if (state_.selectedEvent >= 0 || state_.selectedPlace >= 0) state_.selectedEvent = state_.selectedPlace = -1;
        else state_.selectedRegion = -1;
        break;
      case GLFW_KEY_Q:
        if (k.mods & GLFW_MOD_CONTROL) quit_ = true;
        break;
      default: break;
    }
  }
}

void App::frame(int framebufferWidth, int framebufferHeight, double pixelRatio, bool withInput) {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  if (!options_.screenshot.empty()) {
    // The offscreen target stands in for the window: same size, no HiDPI scale.
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(framebufferWidth), static_cast<float>(framebufferHeight));
    io.DisplayFramebufferScale = ImVec2(1, 1);
  }
  ImGui::NewFrame();

  state_.pixelRatio = pixelRatio;
  Camera& camera = state_.camera;
  const double oldW = camera.viewportWidth(), oldH = camera.viewportHeight();
  if (camera.setViewport(framebufferWidth, framebufferHeight) && framed_ && (oldW != framebufferWidth || oldH != framebufferHeight)) {
    // Keep the same ground in view when the window is resized: scale with the smaller change.
    const double scale = std::min(oldW / framebufferWidth, oldH / framebufferHeight);
    camera.setMetresPerPixel(camera.metresPerPixel() * scale);
  }

  float menuHeight = 0;
  const MenuRequests requests = drawMenuBar(state_, menuHeight);
  state_.topInset = menuHeight;
  state_.bottomInset = drawStatusBar(state_, sourceName_);
  if (!framed_) {
    resetView();
    framed_ = true;
    if (!options_.event.empty()) selectMarker({MarkerRef::Kind::Event, catalog_.eventIndex(options_.event)}, Fly::Instantly);
  }
  if (requests.resetView) resetView();
  if (requests.quit) quit_ = true;
  if (withInput) handleInput();
  updateFlight();
  // Only the first frame waits, for the level its view needs; later frames draw what is ready.
  uploadFinishedLevels(!firstFrameDrawn_);
  firstFrameDrawn_ = true;
  drawEventsPanel(state_, catalog_);
  if (state_.selectedEvent < 0 && state_.selectedPlace < 0) drawRegionPanel(state_, data_, catalog_);
  drawEventPanel(state_, catalog_, data_);
  drawArticleWindow(state_, catalog_);
  drawMarkerChooser(state_, catalog_);
  const Fly fly = withInput ? Fly::Animated : Fly::Instantly;
  if (state_.requestEvent >= 0) selectMarker({MarkerRef::Kind::Event, std::exchange(state_.requestEvent, -1)}, fly);
  if (state_.requestPlace >= 0) selectMarker({MarkerRef::Kind::Place, std::exchange(state_.requestPlace, -1)}, fly);
  drawMapOverlay(state_, data_, fonts_, catalog_);
  ImGui::Render();

  renderer_->draw(camera, MapHighlight{state_.hoveredRegion, state_.selectedRegion}, device(state_, 1));
  markers_->draw(camera, markerInstances(state_, catalog_));
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  writeStateIfChanged();
}

void App::writeStateIfChanged() {
  if (options_.dumpState.empty()) return;
  const Camera& c = state_.camera;
  auto iso = [&](int i) { return i >= 0 ? "\"" + jsonEscape(data_.regions[i].iso) + "\"" : std::string("null"); };
  char camera[256];
  std::snprintf(camera, sizeof camera,
                "\"centre_x\": %.3f, \"centre_y\": %.3f, \"metres_per_pixel\": %.6f, \"viewport\": [%.0f, %.0f], "
                "\"pixel_ratio\": %.3f, \"ui_scale\": %.3f",
                c.centre().x, c.centre().y, c.metresPerPixel(), c.viewportWidth(), c.viewportHeight(), state_.pixelRatio,
                state_.uiScale);
  auto eventId = [&](int i) { return i >= 0 ? "\"" + jsonEscape(catalog_.events[i].id) + "\"" : std::string("null"); };
  auto placeId = [&](int i) { return i >= 0 ? "\"" + jsonEscape(catalog_.places[i].id) + "\"" : std::string("null"); };
  std::size_t passagesShown = 0;
  if (state_.selectedEvent >= 0) passagesShown = catalog_.passagesForEvent(catalog_.events[state_.selectedEvent].id).size();
  else if (state_.selectedPlace >= 0) passagesShown = catalog_.passagesForPlace(catalog_.places[state_.selectedPlace].id).size();
  const std::string json =
      "{\"selected\": " + iso(state_.selectedRegion) + ", \"hovered\": " + iso(state_.hoveredRegion) +
      ", \"selected_event\": " + eventId(state_.selectedEvent) + ", \"hovered_event\": " + eventId(state_.hoveredEvent) +
      ", \"selected_place\": " + placeId(state_.selectedPlace) + ", \"passages_shown\": " + std::to_string(passagesShown) +
      ", \"marker_choice\": " + std::to_string(state_.markerChoice.size()) +
      ", \"problems_shown\": " + std::to_string(state_.warningsDismissed ? 0 : state_.warnings.size()) +
      ", \"article_open\": " + (state_.articlePassage ? "true" : "false") + ", \"first_passage\": [" +
      std::to_string(static_cast<int>(state_.firstPassageRect[0])) + ", " +
      std::to_string(static_cast<int>(state_.firstPassageRect[1])) + ", " +
      std::to_string(static_cast<int>(state_.firstPassageRect[2])) + ", " +
      std::to_string(static_cast<int>(state_.firstPassageRect[3])) + "], \"language\": \"" +
      languageCode(state_.language) + "\", " + camera + "}\n";
  if (json == lastDump_) return;
  lastDump_ = json;
  const std::string temporary = options_.dumpState + ".part";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << json;
  }
  std::error_code ec;
  std::filesystem::rename(temporary, options_.dumpState, ec);
}

int App::run() {
  while (!glfwWindowShouldClose(window_) && !quit_) {
    glfwPollEvents();
    int fbW = 0, fbH = 0, winW = 0, winH = 0;
    glfwGetFramebufferSize(window_, &fbW, &fbH);
    glfwGetWindowSize(window_, &winW, &winH);
    if (fbW <= 0 || fbH <= 0 || winW <= 0) {  // minimised
      glfwWaitEvents();
      continue;
    }
    frame(fbW, fbH, static_cast<double>(fbW) / winW, true);
    glfwSwapBuffers(window_);
  }
  return 0;
}

Result<bool> App::screenshot(const std::string& path) {
  auto target = OffscreenTarget::create(options_.width, options_.height);
  if (!target) return Error{target.error()};
  if (builder_) builder_->waitForAll();  // a screenshot shows the final detail, not a placeholder
  uploadFinishedLevels(false);
  target->bind();
  // ImGui needs a couple of frames to measure and place auto-sized windows.
  for (int i = 0; i < 3; ++i) frame(options_.width, options_.height, 1.0, false);
  glFinish();
  const auto pixels = target->readRgba();
  OffscreenTarget::unbind();
  return writePng(path, options_.width, options_.height, pixels);
}

int App::benchmark(double loadSeconds) {
  using clock = std::chrono::steady_clock;
  glfwSetWindowSize(window_, options_.width, options_.height);
  glfwPollEvents();
  int fbW = 0, fbH = 0;
  glfwGetFramebufferSize(window_, &fbW, &fbH);
  const auto firstStart = clock::now();
  frame(fbW, fbH, 1.0, false);
  glFinish();
  glfwSwapBuffers(window_);
  const double firstFrame = std::chrono::duration<double>(clock::now() - firstStart).count();
  const std::size_t firstLevel = renderer_->levelDrawn();
  if (builder_) builder_->waitForAll();
  uploadFinishedLevels(false);
  const double allLevels = std::chrono::duration<double>(clock::now() - firstStart).count();

  // Frame the whole data set (for the world file: every continent), then pan across it, and
  // again zoomed in four times.
  Bounds all = data_.regionBounds();
  std::vector<double> times;
  for (double zoom : {1.0, 4.0}) {
    state_.camera.fit(all, 10);
    state_.camera.zoomAbout({fbW / 2.0, fbH / 2.0}, zoom);
    for (int i = 0; i < 150; ++i) {
      state_.camera.panByPixels(i < 75 ? -8 : 8, i % 2 ? 3 : -3);
      const auto start = clock::now();
      frame(fbW, fbH, 1.0, false);
      glFinish();
      glfwSwapBuffers(window_);
      times.push_back(std::chrono::duration<double, std::milli>(clock::now() - start).count());
    }
  }
  std::sort(times.begin(), times.end());
  const double median = times[times.size() / 2];
  const double p95 = times[static_cast<std::size_t>(times.size() * 0.95)];
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("boundaries            %s\n", data_.path.c_str());
  std::printf("features / vertices   %zu / %zu\n", data_.regions.size() + data_.context.size(), data_.vertexCount);
  std::printf("viewport              %dx%d\n", fbW, fbH);
  std::printf("OpenGL renderer       %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  std::printf("load (read, project)  %.3f s\n", loadSeconds);
  std::printf("load-to-first-frame   %.3f s  (detail level %zu)\n", loadSeconds + firstFrame, firstLevel);
  std::printf("all levels ready      %.3f s\n", loadSeconds + allLevels);
  std::printf("frames while panning  %zu\n", times.size());
  std::printf("frame median          %.2f ms\n", median);
  std::printf("frame p95             %.2f ms\n", p95);
  std::printf("frames from cache     %zu of %zu\n", renderer_->cachedDraws(), times.size());
  std::printf("peak memory (RSS)     %.1f MB\n", usage.ru_maxrss / 1024.0);
  for (std::size_t i = 0; i < levelSizes_.size(); ++i)
    std::printf("detail level %zu         %zu vertices, %zu triangles (tolerance %g m)\n", i, levelSizes_[i][0],
                levelSizes_[i][1], kLevelTolerances[i]);
  return 0;
}

}  // namespace kg
