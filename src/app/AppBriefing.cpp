// The App's part in briefings: opening one (from the command line, the Briefing menu or File >
// Open), a kiosk playing it by itself, and full screen for a projector (F11).
#include "app/App.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <system_error>
#include <utility>

#include "app/Translate.h"
#include "app/panels/PresenterPanel.h"
#include "core/io/Say.h"
#include "core/io/SourceName.h"

namespace kg {

void App::openBriefing(const BriefingFile& file, const std::string& path) {
  std::vector<std::string> problems = file.problems;
  const std::vector<std::string> unknown = unknownIds(file.briefing, path, data_.catalog, data_.boundaries.regions);
  problems.insert(problems.end(), unknown.begin(), unknown.end());
  for (const std::string& p : unknown) std::fprintf(stderr, "kgatlas: warning: %s\n", p.c_str());
  state_.warnings.insert(state_.warnings.end(), problems.begin(), problems.end());
  if (!problems.empty()) state_.warningsOpen = true;  // asked for by the user: its problems shown
  controller_.dispatch(command::OpenBriefing{file.briefing, path});
}

void App::pollBriefing() {
  saveBriefingIfAsked();
  if (state_.briefing.requested.empty() || !hasData()) return;
  // Another briefing in place of one with unsaved changes: asked first (Controller::CloseBriefing).
  if (state_.briefing.pending == AfterSaving::OpenRequested) return;
  if (state_.briefing.unsaved()) return controller_.dispatch(command::CloseBriefing{AfterSaving::OpenRequested});
  const std::string path = std::exchange(state_.briefing.requested, {});
  auto read = readBriefing(path);
  if (!read) {
    std::fprintf(stderr, "kgatlas: %s\n", read.error().c_str());
    state_.warnings.push_back(read.error());
    state_.warningsOpen = true;  // asked for by the user: its problems shown
    state_.notice = say("Could not open {file}: see the problems", {{"file", sourceTitle(path)}});
  } else {
    for (const std::string& p : read->problems) std::fprintf(stderr, "kgatlas: warning: %s\n", p.c_str());
    openBriefing(*read, path);
    state_.notice = say("Opened the briefing {file}: F5 presents it", {{"file", sourceTitle(path)}});
  }
  state_.noticeUntil = state_.time + 4;
}

// Save and Save As: written whole or not at all (saveBriefing), and never over a file that is
// not a briefing.
void App::saveBriefingIfAsked() {
  if (state_.briefing.saveTo.empty()) return;
  const std::string path = std::exchange(state_.briefing.saveTo, {});
  Result<bool> saved = Error{""};
  std::error_code ec;
  if (std::filesystem::exists(path, ec) && !readBriefing(path))
    saved = Error{say("{file}: is there and is not a briefing; it is left as it is. Choose another name", {{"file", path}})};
  else
    saved = saveBriefing(path, state_.briefing.doc);
  if (saved) return controller_.dispatch(command::BriefingSaved{path});
  std::fprintf(stderr, "kgatlas: %s\n", saved.error().c_str());
  state_.warnings.push_back(saved.error());
  state_.warningsOpen = true;  // asked for by the user: its problems shown
  state_.notice = say("Could not save {file}: see the problems", {{"file", sourceTitle(path)}});
  state_.noticeUntil = state_.time + 4;
}

void App::startKiosk(double slideSeconds, double idleSeconds) {
  kiosk_.emplace(slideSeconds, idleSeconds);
  state_.screen.fullScreen = true;
}

bool App::touched(const std::vector<KeyPress>& keys) const {
  const ImGuiIO& io = ImGui::GetIO();
  return !keys.empty() || io.MouseWheel != 0 || ImGui::IsMouseClicked(ImGuiMouseButton_Left) ||
         ImGui::IsMouseClicked(ImGuiMouseButton_Right);
}

void App::runKiosk(bool touchedNow) {
  const BriefingState& b = state_.briefing;
  const Kiosk::Step step = kiosk_->update(state_.time, touchedNow, b.presenting, b.slide, b.doc);
  if (step.action == Kiosk::Action::Show) controller_.dispatch(command::ShowSlide{step.slide});
  if (step.action == Kiosk::Action::Stop) controller_.dispatch(command::EndPresentation{});
}

// F11 (or a kiosk): the window takes the whole of its monitor, and gives it back where it was.
void App::applyFullScreen() {
  if (hidden_ || state_.screen.fullScreen == (glfwGetWindowMonitor(window_) != nullptr)) return;
  if (state_.screen.fullScreen) {
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    if (!mode) {
      state_.screen.fullScreen = false;
      return;
    }
    glfwGetWindowPos(window_, &windowed_[0], &windowed_[1]);
    glfwGetWindowSize(window_, &windowed_[2], &windowed_[3]);
    glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window_, nullptr, windowed_[0], windowed_[1], windowed_[2], windowed_[3], 0);
  }
}

// "kgatlas: october-2020.toml (unsaved changes)": the task bar says what is open and unsaved.
void App::showWindowTitle() {
  const BriefingState& b = state_.briefing;
  std::string title = "kgatlas";
  if (b.isOpen) title += ": " + (b.path.empty() ? b.doc.title : sourceTitle(b.path));
  if (b.unsaved()) title += tr(" (unsaved changes)");
  if (title != windowTitle_) glfwSetWindowTitle(window_, title.c_str());
  windowTitle_ = title;
}

void App::applyPresenterView() {
  if (presenter_ && presenter_->closeRequested()) controller_.dispatch(command::ShowPresenterView{false});
  const bool wanted = state_.briefing.presenterView;
  if (wanted == static_cast<bool>(presenter_)) return;
  if (!wanted) {
    presenter_.reset();
    glfwFocusWindow(window_);
    return;
  }
  auto opened = PresenterWindow::open(window_, fontPath_, static_cast<float>(state_.screen.uiScale),
                                      [this](int key, int mods) { pendingKeys_.push_back({key, mods}); });
  if (!opened) {
    std::fprintf(stderr, "kgatlas: %s\n", opened.error().c_str());
    state_.warnings.push_back(opened.error());
    state_.warningsOpen = true;  // asked for by the user: its problems shown
    state_.briefing.presenterView = false;
    return;
  }
  presenter_ = std::move(*opened);
  nextPictureOf_ = {-1, -1};
}

void App::drawPresenter(int framebufferWidth, int framebufferHeight) {
  // What the room sees: this frame, as drawn, scaled down.
  const int width = 640, height = std::max(1, 640 * framebufferHeight / std::max(1, framebufferWidth));
  if (!screenPicture_ || screenPicture_->height() != height) {
    screenPicture_.reset();
    if (auto made = OffscreenTarget::createTexture(width, height)) screenPicture_ = std::move(*made);
    nextPicture_.reset();
    if (auto made = OffscreenTarget::createTexture(width, height)) nextPicture_ = std::move(*made);
    nextPictureOf_ = {-1, -1};
  }
  if (screenPicture_) screenPicture_->copyFromWindow(framebufferWidth, framebufferHeight);
  // The next slide's view of the map, drawn once for each slide it is.
  const BriefingState& b = state_.briefing;
  const int after = b.presenting ? b.slide + 1 : std::max(0, b.slide);
  if (nextPicture_ && nextPictureOf_ != std::pair{after, dataGeneration_}) {
    if (const auto view = controller_.slideView(after)) {
      Camera camera = state_.camera;
      camera.setViewport(framebufferWidth, framebufferHeight);
      if (applyView(camera, *view)) {
        // The same ground at the picture's size.
        camera.setViewport(width, height);
        camera.setMetresPerPixel(camera.metresPerPixel() * framebufferWidth / width);
        nextPicture_->bind();
        renderer_->draw(camera, MapHighlight{-1, -1, {}, {}}, 1);
        OffscreenTarget::unbind();
      }
    }
    nextPictureOf_ = {after, dataGeneration_};
  }
  glFlush();  // the presenter's context reads these textures
  const auto picture = [](const std::optional<OffscreenTarget>& t) {
    return t ? PresenterPicture{t->textureId(), t->width(), t->height()} : PresenterPicture{};
  };
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char clock[16];
  std::strftime(clock, sizeof clock, "%H:%M", &local);
  presenter_->begin();
  drawPresenterPanel(state_, controller_, presenter_->fonts(), picture(screenPicture_), picture(nextPicture_), clock);
  presenter_->end();
}

}  // namespace kg
