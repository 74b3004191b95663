#include "app/panels/LoadingPanel.h"

#include <imgui.h>

#include <cmath>
#include <string>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/SourceName.h"

namespace kg {
namespace {

// A bar for a stage that cannot say how far it is: a block sliding back and forth.
void indeterminateBar(float width, float height) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* list = ImGui::GetWindowDrawList();
  list->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 3);
  const float t = static_cast<float>(std::fmod(ImGui::GetTime(), 2.0));
  const float phase = t < 1 ? t : 2 - t;
  const float block = width * 0.25f, x = pos.x + (width - block) * phase;
  list->AddRectFilled(ImVec2(x, pos.y), ImVec2(x + block, pos.y + height), ImGui::GetColorU32(ImGuiCol_PlotHistogram), 3);
  ImGui::Dummy(ImVec2(width, height));
}

}  // namespace

LoadingAction drawLoadingPanel(AppState& state) {
  const LoadStatus& load = state.loading;
  if (!load.active && load.error.empty()) return LoadingAction::None;
  LoadingAction action = LoadingAction::None;
  const ImVec2 viewport = ImGui::GetMainViewport()->Size;
  const float width = std::min(ui(state, 520), viewport.x - ui(state, 20));
  ImGui::SetNextWindowPos(ImVec2(viewport.x / 2, viewport.y / 2), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0));
  const std::string title =
      std::string(load.active ? tr("Opening a map") : tr("The map could not be opened")) + "###loading";
  if (ImGui::Begin(title.c_str(), nullptr, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoResize |
                                               ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove)) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(sourceTitle(load.file).c_str());
    ImGui::TextDisabled("%s", load.file.c_str());
    ImGui::Spacing();
    if (load.active) {
      ImGui::TextUnformatted(load.stage.c_str());
      const float barWidth = ImGui::GetContentRegionAvail().x, barHeight = ui(state, 18);
      if (load.fraction >= 0) {
        const std::string percent = std::to_string(static_cast<int>(std::lround(load.fraction * 100))) + "%";
        ImGui::ProgressBar(static_cast<float>(load.fraction), ImVec2(barWidth, barHeight), percent.c_str());
      } else {
        indeterminateBar(barWidth, barHeight);
      }
      recordWidget(state, "loading/progress");
      ImGui::Spacing();
      if (ImGui::Button(tr("Cancel"))) action = LoadingAction::Cancel;
      recordWidget(state, "loading/cancel");
    } else {
      ImGui::TextUnformatted(shownText(translatedMessage(load.error)).c_str());
      recordWidget(state, "loading/error");
      ImGui::Spacing();
      if (ImGui::Button(tr("Try again"))) action = LoadingAction::Retry;
      recordWidget(state, "loading/retry");
      ImGui::SameLine();
      if (ImGui::Button(tr("Open the map of Kyrgyzstan"))) action = LoadingAction::OpenBundled;
      recordWidget(state, "loading/bundled");
      ImGui::SameLine();
      if (ImGui::Button(tr("Close"))) state.loading.error.clear();  // keep what the window shows
      recordWidget(state, "loading/close");
    }
    ImGui::PopTextWrapPos();
  }
  ImGui::End();
  return action;
}

}  // namespace kg
