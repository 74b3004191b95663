// The soak: the real viewer under Xvfb, driven by random input (moves, clicks, drags, the wheel,
// keys, window resizes, language switches) from a fixed seed until it has drawn a set number of
// frames and closes by itself (--quit-after-frames). It fails if the app crashes or exits non-zero,
// if a sanitizer reports anything, or if its memory at the end is more than 10% above its memory
// after the first 1,000 frames (read from its state dump). What is made once, when first needed,
// is made before that first sample (the slide fonts: a briefing is open from the start).
//
//   KGATLAS_SOAK_FRAMES  frames to draw (default 20000)
//   KGATLAS_SOAK_SEED    the random seed (default 9), to replay a failing run
#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <random>
#include <regex>
#include <string>
#include <vector>

#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;

namespace {

std::uint64_t fromEnvironment(const char* name, std::uint64_t fallback) {
  const char* text = std::getenv(name);
  if (!text || !*text) return fallback;
  char* end = nullptr;
  const unsigned long long value = std::strtoull(text, &end, 10);
  if (*end != '\0' || value == 0) FAIL(name << " must be a positive whole number (it is '" << text << "')");
  return value;
}

struct Sample {
  std::uint64_t frame = 0;
  double residentBytes = 0;
};

std::optional<Sample> sampleOf(const std::string& json) {
  const double frame = test::stateNumber(json, "frame");
  const double resident = test::stateNumber(json, "resident_bytes");
  if (!(frame >= 0) || !(resident > 0)) return std::nullopt;
  return Sample{static_cast<std::uint64_t>(frame), resident};
}

struct Widget {
  std::string name;
  std::array<int, 4> rect;  // x, y, w, h in window units
};

std::vector<Widget> widgetsOf(const std::string& json) {
  std::vector<Widget> found;
  const auto start = json.find("\"widgets\": {");
  if (start == std::string::npos) return found;
  static const std::regex entry("\"([^\"]+)\": \\[(-?[0-9]+), (-?[0-9]+), (-?[0-9]+), (-?[0-9]+)\\]");
  for (std::sregex_iterator it(json.begin() + static_cast<std::ptrdiff_t>(start), json.end(), entry), end; it != end; ++it) {
    const Widget w{(*it)[1], {std::stoi((*it)[2]), std::stoi((*it)[3]), std::stoi((*it)[4]), std::stoi((*it)[5])}};
    if (w.rect[2] > 0 && w.rect[3] > 0) found.push_back(w);
  }
  return found;
}

bool startsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

// A widget a random click may hit: anything but File (Quit, and Export, which would write files),
// the loading panel (there is nothing loading to cancel), and what holds more memory on purpose,
// which the soak would take for a leak: the presenter's second window, larger text (its fonts
// made again, larger) and another projection (the map read again in it, as File > Open would).
bool clickable(const Widget& w) {
  return !startsWith(w.name, "menu/file") && !startsWith(w.name, "loading/") &&
         w.name != "menu/briefing/presenter" && w.name != "menu/view/larger" &&
         !startsWith(w.name, "menu/view/projection/");
}

// Random input, as the arguments of one xdotool call that chains many actions (one process for
// twenty actions keeps the input coming while the app draws).
class RandomInput {
 public:
  RandomInput(std::uint64_t seed, std::string window, int width, int height)
      : random_(seed), window_(std::move(window)), width_(width), height_(height), homeWidth_(width),
        homeHeight_(height) {}

  // Window units below the menu bar, where a click never opens the File menu.
  void setMenuBottom(int y) { menuBottom_ = y; }

  // While settled the window keeps its first size: memory is compared at the same size (a
  // larger window holds larger buffers).
  void settle(bool settled) { settled_ = settled; }

  std::vector<std::string> batch(const std::vector<Widget>& widgets, int actions) {
    std::vector<std::string> args;
    if (settled_ && (width_ != homeWidth_ || height_ != homeHeight_)) resize(args, homeWidth_, homeHeight_);
    for (int i = 0; i < actions; ++i) {
      const int roll = between(0, 99);
      if (roll < 26) move(args);
      else if (roll < 38) click(args);
      else if (roll < 46) drag(args);
      else if (roll < 60) wheel(args);
      else if (roll < 82) key(args);
      else if (roll < 94) clickWidget(args, widgets);
      else if (roll < 96) resize(args);
      else pause(args);
      if (between(0, 2) == 0) sleep(args, between(1, 6));
    }
    return args;
  }

  std::string language() {
    static const char* codes[] = {"en", "ru", "ky"};
    return codes[between(0, 2)];
  }

 private:
  int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(random_); }
  std::string x() { return std::to_string(between(0, width_ - 1)); }
  std::string y() { return std::to_string(between(menuBottom_, height_ - 1)); }
  void at(std::vector<std::string>& a, const std::string& px, const std::string& py) {
    a.insert(a.end(), {"mousemove", "--window", window_, px, py});
  }
  void sleep(std::vector<std::string>& a, int ms) { a.insert(a.end(), {"sleep", "0.00" + std::to_string(ms)}); }

  void move(std::vector<std::string>& a) { at(a, x(), y()); }
  void click(std::vector<std::string>& a) {
    at(a, x(), y());
    const int roll = between(0, 9);
    if (roll < 7) a.insert(a.end(), {"click", "1"});
    else if (roll < 9) a.insert(a.end(), {"click", "--repeat", "2", "--delay", "30", "1"});
    else a.insert(a.end(), {"click", "3"});
  }
  void drag(std::vector<std::string>& a) {
    at(a, x(), y());
    a.insert(a.end(), {"mousedown", "1"});
    for (int step = between(1, 4); step > 0; --step) {
      sleep(a, between(1, 5));
      at(a, x(), y());
    }
    sleep(a, between(1, 5));
    a.insert(a.end(), {"mouseup", "1"});
  }
  void wheel(std::vector<std::string>& a) {
    if (between(0, 1)) at(a, x(), y());
    a.insert(a.end(), {"click", "--repeat", std::to_string(between(1, 4)), "--delay", "5", between(0, 1) ? "4" : "5"});
  }
  void key(std::vector<std::string>& a) {
    static const char* keys[] = {"Home", "Tab", "shift+Tab", "Escape", "Left", "Right", "Up", "Down", "plus", "minus",
                                 "equal", "KP_Add", "KP_Subtract", "ctrl+z", "ctrl+shift+z", "ctrl+y", "ctrl+c",
                                 "ctrl+a", "Return", "space", "BackSpace", "Page_Down", "a", "F1"};
    a.insert(a.end(), {"key", keys[between(0, static_cast<int>(std::size(keys)) - 1)]});
  }
  void clickWidget(std::vector<std::string>& a, const std::vector<Widget>& widgets) {
    std::vector<const Widget*> choices;
    for (const Widget& w : widgets)
      if (clickable(w)) choices.push_back(&w);
    if (choices.empty()) return click(a);
    const Widget& w = *choices[static_cast<std::size_t>(between(0, static_cast<int>(choices.size()) - 1))];
    // A widget scrolled partly out of the window can have its middle outside it; xdotool would
    // read a negative coordinate as an option.
    at(a, std::to_string(std::clamp(w.rect[0] + w.rect[2] / 2, 0, width_ - 1)),
       std::to_string(std::clamp(w.rect[1] + w.rect[3] / 2, 0, height_ - 1)));
    a.insert(a.end(), {"click", "1"});
  }
  void resize(std::vector<std::string>& a) {
    if (!settled_) resize(a, between(400, 1100), between(300, 750));
  }
  void resize(std::vector<std::string>& a, int width, int height) {
    width_ = width;
    height_ = height;
    a.insert(a.end(), {"windowsize", window_, std::to_string(width_), std::to_string(height_)});
    sleep(a, 5);
  }
  void pause(std::vector<std::string>& a) { sleep(a, between(5, 9)); }

  std::mt19937_64 random_;
  std::string window_;
  int width_, height_;
  const int homeWidth_, homeHeight_;
  bool settled_ = false;
  int menuBottom_ = 30;
};

// Waits (without failing the test) until the state dump satisfies found, for up to seconds.
template <class Found>
bool within(const std::string& statePath, double seconds, Found found) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (found(test::readText(statePath))) return true;
    test::sleepMs(15);
  }
  return false;
}

std::optional<Widget> findWidget(const std::string& json, const std::string& name) {
  for (const Widget& w : widgetsOf(json))
    if (w.name == name) return w;
  return std::nullopt;
}

// Runs xdotool; false when it failed, with why in *why (its stderr and status).
bool xdotoolQuietly(const std::vector<std::string>& args, std::string* why = nullptr) {
  std::vector<std::string> all{"xdotool"};
  all.insert(all.end(), args.begin(), args.end());
  const test::Finished done = test::run(all, {}, 20);
  if (done.status != 0 && why) *why = "status " + std::to_string(done.status) + ": " + done.err;
  return done.status == 0;
}

// View -> Labels -> the language, the way a person switches it; false when a step did not show
// (a popup took the click, the window is closing).
bool switchLanguage(const test::ViewerSession& viewer, const std::string& code) {
  const std::string& state = viewer.statePath;
  auto clickOn = [&](const std::string& name, bool press) {
    std::optional<Widget> w;
    if (!within(state, 3, [&](const std::string& json) { return (w = findWidget(json, name)).has_value(); })) return false;
    std::vector<std::string> args{"mousemove", "--window", viewer.window, std::to_string(w->rect[0] + w->rect[2] / 2),
                                  std::to_string(w->rect[1] + w->rect[3] / 2)};
    if (press) args.insert(args.end(), {"click", "1"});
    return xdotoolQuietly(args);
  };
  xdotoolQuietly({"key", "Escape"});  // a popup open would take the first click
  return clickOn("menu/view", true) && clickOn("menu/view/labels", false) && clickOn("menu/view/labels/" + code, true) &&
         within(state, 3, [&](const std::string& json) {
           return test::stateField(json, "language") == "\"" + code + "\"";
         });
}

// AddressSanitizer keeps up to 256 MB of freed memory in quarantine (to catch a use after free)
// and fills it at its own pace: the viewer's memory then swung between 650 and 800 MB from one
// sample to the next, hiding any growth of its own. A 32 MB quarantine still catches a use soon
// after the free and holds the viewer flat (about 300 MB). Options the person gave come after,
// so they win; other builds ignore the variable.
void smallerQuarantineForTheViewer() {
  const char* given = std::getenv("ASAN_OPTIONS");
  const std::string options = std::string("quarantine_size_mb=32") + (given && *given ? ":" + std::string(given) : "");
  setenv("ASAN_OPTIONS", options.c_str(), 1);
}

}  // namespace

TEST_CASE("soak: the viewer under random input", "[soak]") {
  const std::uint64_t frames = fromEnvironment("KGATLAS_SOAK_FRAMES", 20000);
  const std::uint64_t seed = fromEnvironment("KGATLAS_SOAK_SEED", 9);
  constexpr std::uint64_t kBaselineFrame = 1000, kSettleFrames = 300;
  REQUIRE(frames > kBaselineFrame);
  std::printf("soak: %llu frames, seed %llu\n", static_cast<unsigned long long>(frames),
              static_cast<unsigned long long>(seed));

  smallerQuarantineForTheViewer();
  const auto started = std::chrono::steady_clock::now();
  // A smaller window than the default: a software renderer's frame time goes with the pixels.
  // The example briefing is open from the start, so that its large slide fonts, made once when a
  // briefing first comes (some 18 MB of glyphs), are in the memory before its first sample: the
  // random walk reaches Briefing > Open the example briefing on some runs and not on others, and
  // a one-time allocation is not a leak. A copy: random keys may edit and save it (Ctrl+S), and
  // the project's own example must stay as it is.
  const std::string example =
      (std::filesystem::path(test::bundledPath()).parent_path().parent_path() / "assets/briefings/october-2020.toml").string();
  const std::string briefing = test::scratchDir("soak-briefing") + "/october-2020.toml";
  std::filesystem::copy_file(example, briefing, std::filesystem::copy_options::overwrite_existing);
  test::ViewerSession viewer("soak", "800x500", {"--quit-after-frames", std::to_string(frames), "--briefing", briefing});
  RandomInput input(seed, viewer.window, 800, 500);
  if (const auto file = findWidget(viewer.state(), "menu/file")) input.setMenuBottom(file->rect[1] + file->rect[3] + 2);

  std::optional<Sample> baseline, last;
  const std::uint64_t reportEvery = std::max<std::uint64_t>(kBaselineFrame, frames / 20);
  std::uint64_t nextReport = reportEvery;
  auto lastProgress = std::chrono::steady_clock::now();
  int batches = 0, failedBatches = 0, switches = 0, switchesTried = 0;
  std::vector<std::string> refusals;  // why xdotool failed, the first few times
  // Input stops at the last frame: the window is gone then, though the app may take a while to
  // exit (a sanitizer's checks at exit), and xdotool would be refused.
  while (viewer.app.running() && !(last && last->frame >= frames)) {
    const std::string json = viewer.state();
    if (const auto now = sampleOf(json)) {
      if (!last || now->frame > last->frame) lastProgress = std::chrono::steady_clock::now();
      last = now;
      if (!baseline && now->frame >= kBaselineFrame) baseline = now;
      if (now->frame >= nextReport) {  // progress, for the long runs of tools/soak.sh
        std::printf("soak: frame %llu, %.0f s, resident memory %.1f MB\n", static_cast<unsigned long long>(now->frame),
                    std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(),
                    now->residentBytes / 1e6);
        std::fflush(stdout);
        while (nextReport <= now->frame) nextReport += reportEvery;
      }
    }
    if (std::chrono::steady_clock::now() - lastProgress > std::chrono::seconds(60))
      FAIL("the app drew no frame for a minute, at frame " << (last ? last->frame : 0) << "; state: " << json);
    // The window at its first size for a while before each of the two samples of memory.
    const std::uint64_t frame = last ? last->frame : 0;
    input.settle((!baseline && frame + kSettleFrames >= kBaselineFrame) || frame + kSettleFrames >= frames);
    if (batches % 40 == 5) {
      ++switchesTried;
      if (switchLanguage(viewer, input.language())) ++switches;
    }
    std::string why;
    if (!xdotoolQuietly(input.batch(widgetsOf(json), 20), &why)) {
      const auto after = sampleOf(viewer.state());
      if (!viewer.app.running() || (after && after->frame >= frames)) break;  // the window closed at the end
      ++failedBatches;
      if (refusals.size() < 5) refusals.push_back("frame " + std::to_string(frame) + ", " + why);
    }
    ++batches;
  }
  const auto finished = viewer.app.finish(120);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  REQUIRE(finished);
  const auto end = sampleOf(viewer.state());

  std::printf("soak: %d input batches (%d refused by X), %d of %d language switches\n", batches, failedBatches,
              switches, switchesTried);
  if (end) {
    std::printf("soak: %llu frames in %.1f s, %.1f frames/s\n", static_cast<unsigned long long>(end->frame), seconds,
                static_cast<double>(end->frame) / seconds);
  }
  if (baseline && end) {
    std::printf("soak: resident memory %.1f MB at frame %llu, %.1f MB at frame %llu (%+.1f%%)\n",
                baseline->residentBytes / 1e6, static_cast<unsigned long long>(baseline->frame),
                end->residentBytes / 1e6, static_cast<unsigned long long>(end->frame),
                100.0 * (end->residentBytes / baseline->residentBytes - 1));
  }
  for (const std::string& why : refusals) std::printf("soak: xdotool refused a batch at %s\n", why.c_str());
  std::fflush(stdout);

  INFO("the app's stderr:\n" << finished->err);
  CHECK(finished->status == 0);
  CHECK_FALSE(test::hasSanitizerReport(finished->err));
  REQUIRE(end);
  CHECK(end->frame == frames);  // it ran to the end, not closed early by some input
  REQUIRE(baseline);
  CHECK(end->residentBytes <= 1.10 * baseline->residentBytes);
  CHECK(failedBatches <= batches / 20);  // the input reached the window
  CHECK(switches > 0);
}
