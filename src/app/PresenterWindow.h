#pragma once
// The presenter's own window (Briefing > Presenter view, --presenter): a second GLFW window whose
// GL context shares the map window's objects, so the pictures of the slides drawn there show here
// as textures. It has its own Dear ImGui context (Dear ImGui 1.86's GLFW backend serves one
// window a context): events for this window are routed to it, and the keys a clicker sends here
// go to the same queue as the map window's, so the slides step whichever window has the focus.
#include <functional>
#include <memory>
#include <string>

#include "app/Fonts.h"
#include "core/io/Result.h"

struct GLFWwindow;
struct ImGuiContext;

namespace kg {

class PresenterWindow {
 public:
  // onKey gets each key pressed in this window (key, mods). Fails with a message; the map window
  // goes on either way.
  static Result<std::unique_ptr<PresenterWindow>> open(GLFWwindow* shareWith, const std::string& font, float scale,
                                                       std::function<void(int, int)> onKey);
  ~PresenterWindow();
  PresenterWindow(const PresenterWindow&) = delete;
  PresenterWindow& operator=(const PresenterWindow&) = delete;

  bool closeRequested() const;
  // Makes this window's GL and ImGui contexts current and starts an ImGui frame; end() renders it,
  // shows it and makes the map window's contexts current again.
  void begin();
  void end();
  const Fonts& fonts() const { return fonts_; }
  GLFWwindow* window() const { return window_; }

 private:
  friend struct PresenterCallbacks;
  PresenterWindow() = default;
  GLFWwindow* window_ = nullptr;
  GLFWwindow* main_ = nullptr;
  ImGuiContext* context_ = nullptr;
  ImGuiContext* mainContext_ = nullptr;
  bool backends_ = false;
  Fonts fonts_;
  std::function<void(int, int)> onKey_;
};

}  // namespace kg
