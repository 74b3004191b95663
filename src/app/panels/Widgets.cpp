#include "app/panels/Widgets.h"

#include <imgui.h>

namespace kg {

void recordWidget(AppState& state, const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  state.widgets[name] = {min.x, min.y, size.x, size.y};
}

}  // namespace kg
