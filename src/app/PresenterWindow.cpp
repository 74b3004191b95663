#include "app/PresenterWindow.h"

#include <glad/gl.h>  // before GLFW, which would include the system's gl.h
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>

#include "core/io/Say.h"

namespace kg {
namespace {

PresenterWindow* owner(GLFWwindow* window) { return static_cast<PresenterWindow*>(glfwGetWindowUserPointer(window)); }

// Runs an ImGui backend callback with this window's ImGui context current, then puts back the
// one that was (events for both windows arrive in the same glfwPollEvents).
template <class F>
void inContext(ImGuiContext* context, F&& f) {
  ImGuiContext* before = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context);
  f();
  ImGui::SetCurrentContext(before);
}

// Out of the map window's way: on another monitor when there is one (the laptop's, while the map
// is on the projector), else to the map window's right when the screen has room.
void placeBeside(GLFWwindow* window, GLFWwindow* map) {
  int mapX = 0, mapY = 0, mapW = 0, mapH = 0, width = 0, height = 0;
  glfwGetWindowPos(map, &mapX, &mapY);
  glfwGetWindowSize(map, &mapW, &mapH);
  glfwGetWindowSize(window, &width, &height);
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(monitors[i], &x, &y, &w, &h);
    const bool holdsMap = mapX + mapW / 2 >= x && mapX + mapW / 2 < x + w && mapY + mapH / 2 >= y && mapY + mapH / 2 < y + h;
    if (!holdsMap && count > 1) return glfwSetWindowPos(window, x + std::max(0, (w - width) / 2), y + std::max(0, (h - height) / 2));
  }
  for (int i = 0; i < count; ++i) {
    int x = 0, y = 0, w = 0, h = 0;
    glfwGetMonitorWorkarea(monitors[i], &x, &y, &w, &h);
    if (mapX + mapW + width <= x + w && mapX >= x) return glfwSetWindowPos(window, mapX + mapW, mapY);
  }
}

}  // namespace

// What the callbacks need of the window, reachable from GLFW's user pointer.
struct PresenterCallbacks {
  static ImGuiContext* context(GLFWwindow* w);
  static void key(GLFWwindow* w, int key, int scancode, int action, int mods);
};

Result<std::unique_ptr<PresenterWindow>> PresenterWindow::open(GLFWwindow* shareWith, const std::string& font,
                                                               float scale, std::function<void(int, int)> onKey) {
  std::unique_ptr<PresenterWindow> p(new PresenterWindow());
  p->main_ = shareWith;
  p->mainContext_ = ImGui::GetCurrentContext();
  p->onKey_ = std::move(onKey);
  glfwDefaultWindowHints();
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  p->window_ = glfwCreateWindow(static_cast<int>(1024 * scale), static_cast<int>(640 * scale), "kgatlas presenter",
                                nullptr, shareWith);
  if (!p->window_) {
    const char* why = nullptr;
    glfwGetError(&why);
    return Error{say("cannot open the presenter window: {why}", {{"why", why ? why : say("unknown reason")}})};
  }
  placeBeside(p->window_, shareWith);
  glfwSetWindowUserPointer(p->window_, p.get());
  glfwMakeContextCurrent(p->window_);
  glfwSwapInterval(0);  // the map window waits for the screen; this one must not wait as well

  p->context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(p->context_);
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  ImGui::StyleColorsDark();  // dark around the pictures, as presenter screens are
  ImGui::GetStyle().ScaleAllSizes(scale);
  auto fonts = loadFonts(font, scale, scale);
  if (fonts && addSlideFonts(*fonts)) p->fonts_ = *fonts;
  // Callbacks of our own that switch to this window's ImGui context: the backend's would write
  // into whichever context is current when the events arrive.
  ImGui_ImplGlfw_InitForOpenGL(p->window_, false);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  p->backends_ = true;
  glfwSetKeyCallback(p->window_, PresenterCallbacks::key);
  glfwSetCharCallback(p->window_, [](GLFWwindow* w, unsigned int c) {
    inContext(PresenterCallbacks::context(w), [&] { ImGui_ImplGlfw_CharCallback(w, c); });
  });
  glfwSetMouseButtonCallback(p->window_, [](GLFWwindow* w, int button, int action, int mods) {
    inContext(PresenterCallbacks::context(w), [&] { ImGui_ImplGlfw_MouseButtonCallback(w, button, action, mods); });
  });
  glfwSetScrollCallback(p->window_, [](GLFWwindow* w, double x, double y) {
    inContext(PresenterCallbacks::context(w), [&] { ImGui_ImplGlfw_ScrollCallback(w, x, y); });
  });
  glfwSetWindowFocusCallback(p->window_, [](GLFWwindow* w, int focused) {
    inContext(PresenterCallbacks::context(w), [&] { ImGui_ImplGlfw_WindowFocusCallback(w, focused); });
  });
  glfwSetCursorEnterCallback(p->window_, [](GLFWwindow* w, int entered) {
    inContext(PresenterCallbacks::context(w), [&] { ImGui_ImplGlfw_CursorEnterCallback(w, entered); });
  });

  ImGui::SetCurrentContext(p->mainContext_);
  glfwMakeContextCurrent(p->main_);
  if (!fonts) return Error{fonts.error()};
  return p;
}

ImGuiContext* PresenterCallbacks::context(GLFWwindow* w) { return owner(w)->context_; }

void PresenterCallbacks::key(GLFWwindow* w, int key, int scancode, int action, int mods) {
  PresenterWindow* self = owner(w);
  if ((action == GLFW_PRESS || action == GLFW_REPEAT) && self->onKey_) self->onKey_(key, mods);
  inContext(self->context_, [&] { ImGui_ImplGlfw_KeyCallback(w, key, scancode, action, mods); });
}

PresenterWindow::~PresenterWindow() {
  if (!window_) return;
  glfwMakeContextCurrent(window_);
  if (context_) {
    ImGui::SetCurrentContext(context_);
    if (backends_) {
      ImGui_ImplOpenGL3_Shutdown();
      ImGui_ImplGlfw_Shutdown();
    }
    ImGui::DestroyContext(context_);
  }
  ImGui::SetCurrentContext(mainContext_);
  glfwDestroyWindow(window_);
  glfwMakeContextCurrent(main_);
}

bool PresenterWindow::closeRequested() const { return glfwWindowShouldClose(window_); }

void PresenterWindow::begin() {
  glfwMakeContextCurrent(window_);
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void PresenterWindow::end() {
  ImGui::Render();
  int width = 0, height = 0;
  glfwGetFramebufferSize(window_, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(0.11f, 0.11f, 0.12f, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  glfwSwapBuffers(window_);
  ImGui::SetCurrentContext(mainContext_);
  glfwMakeContextCurrent(main_);
}

}  // namespace kg
