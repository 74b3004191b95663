#include "app/Theme.h"

#include <initializer_list>

namespace kg {

void applyColours(ImGuiStyle& style, bool highContrast) {
  ImGui::StyleColorsLight(&style);
  ImVec4* c = style.Colors;
  // ImGui's light grey for secondary text is 2.6:1 on its panels; this grey is 4.6:1.
  c[ImGuiCol_TextDisabled] = ImVec4(0.42f, 0.42f, 0.42f, 1.0f);
  if (!highContrast) return;
  const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1);
  const ImVec4 chosen(0.78f, 0.86f, 1.0f, 1.0f), pointed(0.86f, 0.91f, 1.0f, 1.0f), pressed(0.70f, 0.80f, 1.0f, 1.0f);
  c[ImGuiCol_Text] = black;
  c[ImGuiCol_TextDisabled] = ImVec4(0.22f, 0.22f, 0.22f, 1.0f);  // 11:1 on white
  for (const ImGuiCol bg : {ImGuiCol_WindowBg, ImGuiCol_ChildBg, ImGuiCol_PopupBg, ImGuiCol_FrameBg})
    c[bg] = white;
  c[ImGuiCol_Border] = black;
  c[ImGuiCol_MenuBarBg] = ImVec4(0.93f, 0.93f, 0.93f, 1.0f);
  for (const ImGuiCol title : {ImGuiCol_TitleBg, ImGuiCol_TitleBgCollapsed}) c[title] = ImVec4(0.88f, 0.88f, 0.88f, 1);
  c[ImGuiCol_TitleBgActive] = chosen;
  c[ImGuiCol_FrameBgHovered] = pointed;
  c[ImGuiCol_FrameBgActive] = pressed;
  c[ImGuiCol_Button] = ImVec4(0.90f, 0.90f, 0.90f, 1.0f);
  c[ImGuiCol_ButtonHovered] = pointed;
  c[ImGuiCol_ButtonActive] = pressed;
  c[ImGuiCol_Header] = chosen;
  c[ImGuiCol_HeaderHovered] = pointed;
  c[ImGuiCol_HeaderActive] = pressed;
  c[ImGuiCol_CheckMark] = black;
  c[ImGuiCol_SliderGrab] = black;
  c[ImGuiCol_SliderGrabActive] = black;
  c[ImGuiCol_TextSelectedBg] = pressed;
  c[ImGuiCol_Separator] = ImVec4(0.3f, 0.3f, 0.3f, 1.0f);
  style.FrameBorderSize = 1;
  style.WindowBorderSize = 1;
  style.PopupBorderSize = 1;
}

}  // namespace kg
