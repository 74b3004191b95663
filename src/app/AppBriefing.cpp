// The App's part in briefings: opening one (from the command line, the Briefing menu or File >
// Open), a kiosk playing it by itself, and full screen for a projector (F11).
#include "app/App.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <utility>

#include "core/io/SourceName.h"

namespace kg {

void App::openBriefing(const BriefingFile& file, const std::string& path) {
  std::vector<std::string> problems = file.problems;
  const std::vector<std::string> unknown = unknownIds(file.briefing, path, data_.catalog, data_.boundaries.regions);
  problems.insert(problems.end(), unknown.begin(), unknown.end());
  for (const std::string& p : unknown) std::fprintf(stderr, "kgatlas: warning: %s\n", p.c_str());
  state_.warnings.insert(state_.warnings.end(), problems.begin(), problems.end());
  if (!problems.empty()) state_.warningsDismissed = false;
  controller_.dispatch(command::OpenBriefing{file.briefing, path});
}

void App::pollBriefing() {
  if (state_.briefing.requested.empty() || !hasData()) return;
  const std::string path = std::exchange(state_.briefing.requested, {});
  auto read = readBriefing(path);
  if (!read) {
    std::fprintf(stderr, "kgatlas: %s\n", read.error().c_str());
    state_.warnings.push_back(read.error());
    state_.warningsDismissed = false;
    state_.notice = "Could not open " + sourceTitle(path) + ": see the problems";
  } else {
    for (const std::string& p : read->problems) std::fprintf(stderr, "kgatlas: warning: %s\n", p.c_str());
    openBriefing(*read, path);
    state_.notice = "Opened the briefing " + sourceTitle(path) + ": F5 presents it";
  }
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

}  // namespace kg
