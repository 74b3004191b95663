#include "support/Viewer.h"

#include <cstdlib>

#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <regex>
#include <sstream>

#include "support/Process.h"
#include "support/TestData.h"

namespace kg::test {

double stateNumber(const std::string& json, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + key + "\": (-?[0-9.]+)"))) return std::nan("");
  return std::stod(m[1]);
}

std::string stateField(const std::string& json, const std::string& key) {
  std::smatch m;
  if (!std::regex_search(json, m, std::regex("\"" + key + "\": (\"[^\"]*\"|null|true|false|[0-9]+)"))) return "";
  return m[1];
}

// The map's projection as the state names it (the bundled one when it names none).
Projection projectionFromState(const std::string& json) {
  std::smatch m;
  const std::regex definition("\"projection_definition\": \"((?:[^\"\\\\]|\\\\.)*)\"");
  const std::regex edge("\"projection_edge\": \\[([-0-9.]+), ([-0-9.]+), ([-0-9.]+), ([-0-9.]+), ([-0-9]+)\\]");
  if (!std::regex_search(json, m, definition)) return Projection();
  ProjectionSpec spec;
  spec.name = "from the state";
  for (std::size_t i = 0; i < m[1].str().size(); ++i) {  // JSON's escapes: \" and \\ only
    const char c = m[1].str()[i];
    if (c == '\\' && i + 1 < m[1].str().size()) spec.definition += m[1].str()[++i];
    else spec.definition += c;
  }
  spec.crs = json.find("\"projection_crs\": true") != std::string::npos;
  REQUIRE(std::regex_search(json, m, edge));
  spec.edge = {std::stod(m[1]), std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), std::stoi(m[5])};
  auto made = Projection::make(spec);
  INFO(spec.definition);
  REQUIRE(made);
  return *made;
}

Camera cameraFromState(const std::string& json) {
  Camera c(projectionFromState(json));
  std::smatch m;
  INFO("state: " << json);
  REQUIRE(std::regex_search(json, m, std::regex("\"viewport\": \\[([0-9]+), ([0-9]+)\\]")));
  REQUIRE(c.setViewport(std::stod(m[1]), std::stod(m[2])));
  REQUIRE(c.setCentre({stateNumber(json, "centre_x"), stateNumber(json, "centre_y")}));
  REQUIRE(c.setMetresPerPixel(stateNumber(json, "metres_per_pixel")));
  return c;
}

// The map is loaded and its first view framed (the window itself shows before that).
bool hasState(const std::string& json) { return json.find("\"map_ready\": true") != std::string::npos; }

std::string xdotool(const std::vector<std::string>& args) {
  std::vector<std::string> all{"xdotool"};
  all.insert(all.end(), args.begin(), args.end());
  const auto r = run(all, {}, 20);
  INFO("xdotool: " << r.err);
  REQUIRE(r.status == 0);
  return r.out;
}

bool waitForState(const std::string& path, const std::string& key, const std::string& value, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (stateField(readText(path), key) == value) return true;
    sleepMs(50);
  }
  return false;
}

bool waitForNumber(const std::string& path, const std::string& key, double expected, double relativeTolerance,
                   double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    const double value = stateNumber(readText(path), key);
    if (std::abs(value - expected) <= relativeTolerance * std::abs(expected)) return true;
    sleepMs(50);
  }
  return false;
}

bool waitForCamera(const std::string& path, const std::function<bool(const Camera&)>& holds, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    // A state read while the app replaces the file can be empty: only a whole one counts.
    const std::string json = readText(path);
    if (hasState(json) && holds(cameraFromState(json))) return true;
    sleepMs(50);
  }
  return false;
}

void moveTo(const std::string& window, const std::string& statePath, ScreenPoint p) {
  const std::string x = std::to_string(std::lround(p.x)), y = std::to_string(std::lround(p.y));
  xdotool({"mousemove", "--window", window, x, y});
  const std::string expected = "\"pointer\": [" + x + ", " + y + "]";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (readText(statePath).find(expected) == std::string::npos) {
    if (std::chrono::steady_clock::now() > deadline) FAIL("the app never saw the pointer at " << x << ", " << y);
    sleepMs(20);
  }
}

void clickAt(const std::string& window, const std::string& statePath, ScreenPoint p) {
  moveTo(window, statePath, p);
  xdotool({"click", "1"});
}

std::optional<std::array<double, 4>> widgetRect(const std::string& json, const std::string& name) {
  const std::string key = "\"" + name + "\": [";
  const auto at = json.find(key);
  if (at == std::string::npos) return std::nullopt;
  std::array<double, 4> r{};
  std::istringstream in(json.substr(at + key.size()));
  char comma = 0;
  in >> r[0] >> comma >> r[1] >> comma >> r[2] >> comma >> r[3];
  if (!in || r[2] <= 0 || r[3] <= 0) return std::nullopt;
  return r;
}

std::map<std::string, std::array<double, 4>> widgetsNamed(const std::string& json, const std::string& prefix) {
  std::map<std::string, std::array<double, 4>> found;
  const std::string start = "\"" + prefix;
  for (auto at = json.find(start); at != std::string::npos; at = json.find(start, at + 1)) {
    const auto end = json.find('"', at + 1);
    if (end == std::string::npos) break;
    const std::string name = json.substr(at + 1, end - at - 1);
    if (auto r = widgetRect(json, name)) found[name] = *r;
  }
  return found;
}

std::array<double, 4> waitForWidget(const std::string& statePath, const std::string& name, double seconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (auto r = widgetRect(readText(statePath), name)) return *r;
    sleepMs(30);
  }
  FAIL("the widget '" << name << "' was never drawn; last state: " << readText(statePath));
  return {};
}

namespace {

// The frame a state was written at, or -1 for a file caught half written.
long frameOf(const std::string& json) {
  const auto at = json.find("\"frame\": ");
  return at == std::string::npos ? -1 : std::atol(json.c_str() + at + 9);
}

// A widget's place once the layout has settled: the same in two frames one after the other. A
// click that changes what a panel holds can move what lies below it a frame later.
std::array<double, 4> settledWidget(const std::string& statePath, const std::string& name) {
  auto r = waitForWidget(statePath, name);
  long frame = frameOf(readText(statePath));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (std::chrono::steady_clock::now() < deadline) {
    sleepMs(20);
    const std::string json = readText(statePath);
    const long now = frameOf(json);
    if (now <= frame) continue;
    const auto again = widgetRect(json, name);
    if (again && *again == r) return r;
    if (again) r = *again;
    frame = now;
  }
  return r;
}

}  // namespace

void hoverWidget(const std::string& window, const std::string& statePath, const std::string& name) {
  const auto r = settledWidget(statePath, name);
  moveTo(window, statePath, {std::floor(r[0] + r[2] / 2), std::floor(r[1] + r[3] / 2)});
}

void clickWidget(const std::string& window, const std::string& statePath, const std::string& name) {
  hoverWidget(window, statePath, name);
  xdotool({"click", "1"});
}

namespace {
std::vector<std::string> viewerArgs(const std::string& size, const std::string& statePath,
                                    const std::vector<std::string>& extra) {
  std::vector<std::string> args{kBinary, "--size", size, "--dump-state", statePath};
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}
bool windowShown(const std::string& json) { return json.find("\"map_ready\"") != std::string::npos; }
}  // namespace

ViewerSession::ViewerSession(const std::string& scratchName, const std::string& size,
                             const std::vector<std::string>& extraArgs, bool waitForMap,
                             const std::vector<std::string>& extraEnv)
    : statePath(scratchDir(scratchName) + "/state.json"), app(viewerArgs(size, statePath, extraArgs), extraEnv) {
  REQUIRE(waitForFile(statePath, waitForMap ? hasState : windowShown, 30));
  const std::string found = xdotool({"search", "--sync", "--name", "^kgatlas(: .*)?$"});
  window = found.substr(0, found.find('\n'));
  firstCamera = camera();
}

ViewerSession::~ViewerSession() {
  const std::string err = app.errorOutput();
  // The report's own lines first: a CI log shows only so much of a failure.
  if (hasSanitizerReport(err))
    FAIL_CHECK("the viewer printed a sanitizer report:\n" << sanitizerExcerpt(err) << "\nall it printed:\n" << err);
}

void pressChord(const std::string& keys) {
  xdotool({"keydown", keys});
  sleepMs(100);
  xdotool({"keyup", keys});
}

bool hasSanitizerReport(const std::string& err) {
  for (const char* sign : {"Sanitizer", "runtime error:"})
    if (err.find(sign) != std::string::npos) return true;
  return false;
}

std::string sanitizerExcerpt(const std::string& err) {
  std::string excerpt;
  int frames = 0;
  std::size_t start = 0;
  while (start < err.size()) {
    std::size_t end = err.find('\n', start);
    if (end == std::string::npos) end = err.size();
    const std::string line = err.substr(start, end - start);
    const bool frame = line.find("    #") == 0 && frames < 12;
    if (frame) ++frames;
    if (frame || line.find("Sanitizer") != std::string::npos || line.find("runtime error:") != std::string::npos)
      excerpt += line + "\n";
    start = end + 1;
  }
  return excerpt;
}

std::string ViewerSession::state() const {
  // The app replaces the file every frame; a read that finds no whole state is tried again.
  std::string json;
  for (int attempt = 0; attempt < 100; ++attempt) {
    json = readText(statePath);
    if (windowShown(json)) break;
    sleepMs(20);
  }
  return json;
}

}  // namespace kg::test
