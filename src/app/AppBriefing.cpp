// The App's part in briefings: opening one (from the command line, the Briefing menu or File >
// Open), a kiosk playing it by itself, and full screen for a projector (F11).
#include "app/App.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <cstdio>
#include <filesystem>
#include <system_error>
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
    state_.warningsDismissed = false;
    state_.notice = "Could not open " + sourceTitle(path) + ": see the problems";
  } else {
    for (const std::string& p : read->problems) std::fprintf(stderr, "kgatlas: warning: %s\n", p.c_str());
    openBriefing(*read, path);
    state_.notice = "Opened the briefing " + sourceTitle(path) + ": F5 presents it";
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
    saved = Error{path + ": is there and is not a briefing; it is left as it is. Choose another name"};
  else
    saved = saveBriefing(path, state_.briefing.doc);
  if (saved) return controller_.dispatch(command::BriefingSaved{path});
  std::fprintf(stderr, "kgatlas: %s\n", saved.error().c_str());
  state_.warnings.push_back(saved.error());
  state_.warningsDismissed = false;
  state_.notice = "Could not save " + sourceTitle(path) + ": see the problems";
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
  if (b.unsaved()) title += " (unsaved changes)";
  if (title != windowTitle_) glfwSetWindowTitle(window_, title.c_str());
  windowTitle_ = title;
}

}  // namespace kg
