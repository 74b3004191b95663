#pragma once
// Driving the real viewer in end-to-end tests: its state dump, its camera, xdotool.
#include <array>
#include <map>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/view/Camera.h"
#include "support/Process.h"

namespace kg::test {

inline const std::string kBinary = KGATLAS_BINARY;

double stateNumber(const std::string& json, const std::string& key);
// The raw JSON value of key: "\"osh\"", "null", "true".
std::string stateField(const std::string& json, const std::string& key);
// The map's projection and the camera the app reported, so a test can find a place's pixel as
// the app draws it.
Projection projectionFromState(const std::string& json);
Camera cameraFromState(const std::string& json);
bool hasState(const std::string& json);
// Runs xdotool with these arguments; fails the test if it fails. Returns its output.
std::string xdotool(const std::vector<std::string>& args);
// Waits until the state file has key == value (value as raw JSON).
bool waitForState(const std::string& path, const std::string& key, const std::string& value, double seconds = 10);
// Waits until the state's number under key is within relativeTolerance of expected.
bool waitForNumber(const std::string& path, const std::string& key, double expected, double relativeTolerance = 1e-6,
                   double seconds = 10);
// Waits until the camera the app reports satisfies `holds` (a pan or a flight has arrived).
bool waitForCamera(const std::string& path, const std::function<bool(const Camera&)>& holds, double seconds = 10);
// Moves the pointer to a window-relative pixel and waits until the app reports it there (so a
// click that follows lands on what the app knows is under the pointer).
void moveTo(const std::string& window, const std::string& statePath, ScreenPoint p);
// The same, then a click.
void clickAt(const std::string& window, const std::string& statePath, ScreenPoint p);

// A widget's rectangle (x, y, w, h in window units) as the app last drew it, found by the name
// panels give it ("menu/view", "events/osh", "passage/0/copy"); empty when it is not drawn.
std::optional<std::array<double, 4>> widgetRect(const std::string& json, const std::string& name);
// Every widget whose name begins with `prefix` ("label/", "panel/"), by name.
std::map<std::string, std::array<double, 4>> widgetsNamed(const std::string& json, const std::string& prefix);
// Waits until the widget is drawn, then returns its rectangle (fails the test if it never is).
std::array<double, 4> waitForWidget(const std::string& statePath, const std::string& name, double seconds = 10);
// Moves the pointer to the middle of the named widget, once it is drawn, and clicks it.
void clickWidget(const std::string& window, const std::string& statePath, const std::string& name);
// Keys held for a tenth of a second, as a hand presses them: Dear ImGui 1.86 reads which keys
// are down once a frame, so a chord pressed and released between two frames would not reach a
// text field (the map's own keys are queued and need no such care).
void pressChord(const std::string& keys);
// Moves the pointer to the middle of the named widget without clicking (menus open on hover).
void hoverWidget(const std::string& window, const std::string& statePath, const std::string& name);

// Whether a program's stderr holds a report from AddressSanitizer, UBSan, LeakSanitizer or
// ThreadSanitizer.
bool hasSanitizerReport(const std::string& err);
// The lines of a sanitizer report that say what and where: its headline, summary and first frames.
std::string sanitizerExcerpt(const std::string& err);

// The viewer running in its own window with a state dump, ready for input: the window found and
// the first view's camera read. When the session ends, a sanitizer report in the viewer's stderr
// fails the test (the report may not stop the viewer, and nothing else reads its stderr).
struct ViewerSession {
  std::string statePath;
  Background app;
  std::string window;
  Camera firstCamera;

  // Waits until the map is shown (`ready`), or only until the window is there.
  // extraEnv: NAME=VALUE for the viewer (XDG_CONFIG_HOME, to keep settings between two sessions).
  ViewerSession(const std::string& scratchName, const std::string& size, const std::vector<std::string>& extraArgs = {},
                bool waitForMap = true, const std::vector<std::string>& extraEnv = {});
  ~ViewerSession();
  ViewerSession(const ViewerSession&) = delete;
  ViewerSession& operator=(const ViewerSession&) = delete;
  std::string state() const;
  Camera camera() const { return cameraFromState(state()); }
  void moveTo(ScreenPoint p) const { test::moveTo(window, statePath, p); }
  void clickAt(ScreenPoint p) const { test::clickAt(window, statePath, p); }
  void clickWidget(const std::string& name) const { test::clickWidget(window, statePath, name); }
};

}  // namespace kg::test
