#pragma once
// The panels' colours: ImGui's light style with its grey text made darker, and a high-contrast
// one for a projector in which every text is at least 4.5:1 against what is behind it (WCAG AA):
// black on white, black borders, light blue for what is chosen or under the pointer.
#include <imgui.h>

namespace kg {

void applyColours(ImGuiStyle& style, bool highContrast);

}  // namespace kg
