// What the viewer remembers between runs (core/settings/Settings.h): applied once the window is
// made, written when it closes.
#include "app/App.h"

#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>

namespace kg {
namespace {

// Whether a window's top-left corner at (x, y) is on some monitor now: a place remembered on a
// screen since unplugged would put the window where nobody can see it.
bool onSomeMonitor(int x, int y) {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0, mw = 0, mh = 0;
    glfwGetMonitorWorkarea(monitors[i], &mx, &my, &mw, &mh);
    if (x >= mx && y >= my && x < mx + mw - 40 && y < my + mh - 40) return true;
  }
  return false;
}

const char* const kLayerNames[] = {"water", "rivers", "towns", "peaks", "countries"};

bool* layerFlag(GeographyLayers& layers, const std::string& name) {
  bool* flags[] = {&layers.water, &layers.rivers, &layers.towns, &layers.peaks, &layers.countries};
  for (std::size_t i = 0; i < std::size(kLayerNames); ++i)
    if (name == kLayerNames[i]) return flags[i];
  return nullptr;
}

}  // namespace

void App::startWith(const WindowOptions& options) {
  state_.language = options.language;
  state_.geography = options.geography;
  state_.screen.highContrast = options.highContrast;
  state_.screen.projector = state_.foldPanels = options.projector;
  state_.filter = options.filter;
  state_.timeline.shown = options.timeline;
  if (!options.lesson.empty()) controller_.dispatch(command::OpenLesson{options.lesson});
}

void App::rememberSettings(const std::string& path, const Settings& remembered) {
  settingsPath_ = path;
  remembered_ = remembered;
  if (hidden_) return;
  if (remembered.x && remembered.y && onSomeMonitor(*remembered.x, *remembered.y))
    glfwSetWindowPos(window_, *remembered.x, *remembered.y);
  // A window larger than the screen's free area (a 1280x720 projector) is made to fit it, its
  // title bar included.
  if (GLFWmonitor* monitor = glfwGetPrimaryMonitor()) {
    int mx = 0, my = 0, mw = 0, mh = 0, w = 0, h = 0, left = 0, top = 0, right = 0, bottom = 0;
    glfwGetMonitorWorkarea(monitor, &mx, &my, &mw, &mh);
    glfwGetWindowSize(window_, &w, &h);
    glfwGetWindowFrameSize(window_, &left, &top, &right, &bottom);
    const int fitW = mw - left - right, fitH = mh - top - bottom;
    if (fitW > 200 && fitH > 200 && (w > fitW || h > fitH)) glfwSetWindowSize(window_, std::min(w, fitW), std::min(h, fitH));
  }
  if (remembered.maximized) glfwMaximizeWindow(window_);
  state_.screen.textScale = std::clamp(remembered.textScale, kMinTextScale, kMaxTextScale);
  state_.showEventList = remembered.eventList;
}

Settings App::currentSettings() const {
  Settings now = remembered_;
  now.language = state_.language;
  now.maximized = glfwGetWindowAttrib(window_, GLFW_MAXIMIZED) == GLFW_TRUE;
  if (!now.maximized && !glfwGetWindowMonitor(window_)) {  // the size to come back to, not full screen's
    int x = 0, y = 0;
    glfwGetWindowSize(window_, &now.width, &now.height);
    glfwGetWindowPos(window_, &x, &y);
    now.x = x;
    now.y = y;
  }
  now.textScale = state_.screen.textScale;
  now.eventList = state_.showEventList;
  now.timeline = state_.timeline.shown;
  now.highContrast = state_.screen.highContrast;
  now.projector = state_.screen.projector;
  now.hiddenLayers.clear();
  GeographyLayers layers = state_.geography;
  for (const char* name : kLayerNames)
    if (!*layerFlag(layers, name)) now.hiddenLayers.push_back(name);
  return now;
}

void App::saveSettings() {
  if (settingsPath_.empty() || hidden_) return;
  const Settings now = currentSettings();
  if (now == remembered_) return;
  if (auto written = writeSettings(settingsPath_, now); !written)
    std::fprintf(stderr, "kgatlas: warning: the settings were not kept: %s\n", written.error().c_str());
}

// Named map layers switched off, as the settings and --hide name them.
void hideLayers(GeographyLayers& layers, const std::vector<std::string>& names) {
  for (const std::string& name : names)
    if (bool* flag = layerFlag(layers, name)) *flag = false;
}

}  // namespace kg
