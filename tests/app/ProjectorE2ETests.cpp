// Projector mode (View > High contrast, View > Projector mode): every text the window shows is
// at least 4.5:1 against what is behind it (WCAG AA), read from the pixels; folded panels leave
// the map at least 80% of a 1280x720 window.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <map>

#include "support/Image.h"
#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;

namespace {

// WCAG 2: relative luminance of an sRGB colour, and the contrast ratio of two.
double luminance(const std::array<int, 3>& c) {
  double l[3];
  for (int i = 0; i < 3; ++i) {
    const double v = c[static_cast<std::size_t>(i)] / 255.0;
    l[i] = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
  }
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}
double contrast(const std::array<int, 3>& a, const std::array<int, 3>& b) {
  const double la = luminance(a), lb = luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

struct Reading {
  double ratio = 0;  // the text's colour against the colour behind it
  std::array<int, 3> text{}, behind{};
};

// In a widget's box: the colour most of it is (what the text is on), and among the rest the one
// that stands out most from it (the text's ink, at the middle of a stroke).
Reading readBox(const test::Image& image, const std::array<double, 4>& box) {
  const int x0 = std::max(0, static_cast<int>(box[0])), y0 = std::max(0, static_cast<int>(box[1]));
  const int x1 = std::min(image.width, static_cast<int>(box[0] + box[2]));
  const int y1 = std::min(image.height, static_cast<int>(box[1] + box[3]));
  std::map<std::array<int, 3>, int> counts;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) ++counts[image.rgb(x, y)];
  Reading r;
  if (counts.empty()) return r;
  r.behind = std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first;
  for (const auto& [colour, n] : counts) {
    const double c = contrast(colour, r.behind);
    if (c > r.ratio) r.ratio = c, r.text = colour;
  }
  return r;
}

// Each widget with text of a screenshot (menus, rows, fields, captions, map names, the status
// line, the scale and the credit), and how its text reads.
std::map<std::string, Reading> readAll(const std::string& png, const std::string& json) {
  const test::Image image = test::readPng(png);
  std::map<std::string, Reading> found;
  for (const char* prefix : {"menu/", "events/", "filter/", "kinds/", "legend/", "label/", "region/", "status/", "map/"}) {
    for (const auto& [name, box] : test::widgetsNamed(json, prefix)) {
      if (name.find("/credit/") != std::string::npos) continue;  // the same box as map/credit
      found[name] = readBox(image, box);
    }
  }
  return found;
}

std::string rgb(const std::array<int, 3>& c) {
  return std::to_string(c[0]) + "," + std::to_string(c[1]) + "," + std::to_string(c[2]);
}

}  // namespace

TEST_CASE("in high contrast every text is at least 4.5:1 against what is behind it, read from the pixels",
          "[projector][contrast][screenshot]") {
  const std::string dir = test::scratchDir("e2e-contrast");
  // The events list open, and in projector mode a region's panel open over the map.
  const std::vector<std::vector<std::string>> shots = {{"--high-contrast"},
                                                       {"--projector", "--select", "KG-N"},
                                                       {"--high-contrast", "--lang", "ky", "--select", "KG-Y"}};
  int n = 0;
  for (const auto& extra : shots) {
    const std::string png = dir + "/" + std::to_string(n) + ".png", json = dir + "/" + std::to_string(n) + ".json";
    ++n;
    std::vector<std::string> args = {test::kBinary, "--screenshot", png, "--size", "1280x720", "--dump-state", json};
    args.insert(args.end(), extra.begin(), extra.end());
    const auto shot = test::run(args);
    INFO(shot.err);
    REQUIRE(shot.status == 0);
    const auto readings = readAll(png, test::readText(json));
    CHECK(readings.size() >= 25);
    int texts = 0;
    for (const auto& [name, r] : readings) {
      if (r.ratio < 1.2) continue;  // nothing drawn in the box (an empty row's end)
      ++texts;
      INFO(extra.front() << ": " << name << ": ink " << rgb(r.text) << " on " << rgb(r.behind) << " is " << r.ratio << ":1");
      CHECK(r.ratio >= 4.5);
    }
    CHECK(texts >= 25);
  }
}

TEST_CASE("projector mode folds the events list, so the map keeps at least 80% of a 1280x720 window",
          "[projector][screenshot]") {
  const std::string dir = test::scratchDir("e2e-projector-area");
  auto mapShare = [&](const std::vector<std::string>& extra) {
    std::vector<std::string> args = {test::kBinary, "--screenshot", dir + "/p.png", "--size", "1280x720",
                                     "--select", "KG-N", "--dump-state", dir + "/p.json"};
    args.insert(args.end(), extra.begin(), extra.end());
    REQUIRE(test::run(args).status == 0);
    // The window's pixels that no bar or panel covers.
    const auto panels = test::widgetsNamed(test::readText(dir + "/p.json"), "panel/");
    long free = 0;
    for (int y = 0; y < 720; ++y)
      for (int x = 0; x < 1280; ++x) {
        bool covered = false;
        for (const auto& [name, r] : panels)
          covered = covered || (x >= r[0] && x < r[0] + r[2] && y >= r[1] && y < r[1] + r[3]);
        free += !covered;
      }
    return static_cast<double>(free) / (1280.0 * 720.0);
  };
  const double usual = mapShare({});
  const double projector = mapShare({"--projector"});
  INFO("map share: usual " << usual << ", projector " << projector);
  CHECK(usual < 0.8);  // the events list and the region's panel over the map
  CHECK(projector >= 0.8);
}

TEST_CASE("every menu is reached from the keyboard: F10 or Alt and its letter, arrows, Enter; then the keys are the map's again",
          "[projector][interaction][keyboard]") {
  test::ViewerSession viewer("e2e-menu-keys", "1280x720");
  const std::string& state = viewer.statePath;
  test::xdotool({"windowfocus", "--sync", viewer.window});
  const auto hold = [](const std::string& key) { test::pressChord(key); test::sleepMs(150); };
  // F10 opens File; Right goes along the bar and Down opens the menu there; Esc closes.
  hold("F10");
  CHECK(test::waitForWidget(state, "menu/file/open")[2] > 0);
  hold("Right");
  hold("Down");
  CHECK(test::waitForWidget(state, "menu/edit/undo")[2] > 0);
  hold("Escape");
  // Alt and a menu's letter opens that menu (the same letters in every language).
  const std::pair<const char*, const char*> menus[] = {
      {"alt+f", "menu/file/quit"}, {"alt+e", "menu/edit/redo"}, {"alt+v", "menu/view/reset"},
      {"alt+t", "menu/tools/quiz"}, {"alt+b", "menu/briefing/present"}};
  for (const auto& [keys, item] : menus) {
    INFO(keys);
    CHECK(test::waitForState(state, "typing", "false"));
    hold(keys);
    CHECK(test::waitForWidget(state, item)[2] > 0);
    hold("Escape");
  }
  // Alt+T opens Tools; Down to Measure, Enter chooses it.
  hold("alt+t");
  test::waitForWidget(state, "menu/tools/measure");
  hold("Down");
  hold("Return");
  CHECK(test::waitForState(state, "tool", "\"measure\""));
  CHECK_FALSE(test::widgetRect(viewer.state(), "menu/tools/measure"));  // the menu closed
  // The keys are the map's again: M leaves the measure tool.
  hold("m");
  CHECK(test::waitForState(state, "tool", "\"browse\""));
  // Alt+H opens Help; Enter on its first item opens the list of keys.
  hold("alt+h");
  CHECK(test::waitForWidget(state, "menu/help/controls")[2] > 0);
  hold("Return");
  CHECK(test::waitForWidget(state, "panel/controls")[2] > 0);
}
