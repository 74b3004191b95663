#include "app/panels/OpenDialog.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>

#include "app/Translate.h"
#include "app/panels/Widgets.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// What GDAL reads as vector data, by the names people give such files, and briefings (.toml).
bool looksLikeVectorFile(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  static const char* const known[] = {".geojson", ".json", ".geojsons", ".geojsonl", ".gpkg", ".shp", ".fgb", ".kml",
                                      ".kmz",     ".csv",  ".tsv",      ".gml",      ".gpx",  ".tab", ".sqlite", ".zip",
                                      ".toml"};
  return std::find(std::begin(known), std::end(known), ext) != std::end(known);
}

struct Entry {
  std::string name;
  bool folder = false;
};

// The folder's subfolders and vector files, folders first, each group by name; hidden ones left
// out. A folder that cannot be read lists nothing, and says why.
std::vector<Entry> listFolder(const std::string& folder, std::string& problem) {
  std::vector<Entry> entries;
  std::error_code ec;
  fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    problem = folder + ": " + ec.message();
    return entries;
  }
  for (const fs::directory_entry& e : it) {
    const std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code typeError;
    const bool folderEntry = e.is_directory(typeError);
    if (folderEntry || looksLikeVectorFile(e.path())) entries.push_back({name, folderEntry});
    if (entries.size() >= 5000) break;  // a folder of millions of files still opens
  }
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
    return a.folder != b.folder ? a.folder : a.name < b.name;
  });
  return entries;
}

}  // namespace

void drawOpenDialog(AppState& state, Controller& commands) {
  OpenDialog& dialog = state.openDialog;
  if (!dialog.shown) return;
  if (dialog.folder.empty()) {
    std::error_code ec;
    dialog.folder = fs::current_path(ec).string();
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y / 2),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ui(state, 560), 0), ImGuiCond_Appearing);
  bool open = true;
  const std::string title = std::string(tr("Open events or boundaries")) + "###open";
  if (!ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    ImGui::End();
    if (!open) dialog.shown = false;
    return;
  }
  recordWidget(state, "open");
  ImGui::PushTextWrapPos(0);
  // GDAL's way of naming a PostGIS table is typed as it is, in any language.
  const std::string connection = "PG:dbname=... tables=...";
  const std::string about =
      filled("Events: a point layer GDAL reads (GeoJSON, GeoPackage, Shapefile, FlatGeobuf, KML, a CSV with "
             "longitude and latitude, an ACLED export), or a PostGIS table as {connection} Boundaries or lines: a "
             "polygon or line layer, drawn over the map beside its regions. A briefing: a .toml file of slides, which "
             "F5 then presents.",
             "connection", connection);
  ImGui::TextDisabled("%s", about.c_str());
  ImGui::PopTextWrapPos();

  // The folder, one level up, and what is in it.
  if (ImGui::Button(tr("Up"))) {
    const fs::path parent = fs::path(dialog.folder).parent_path();
    if (!parent.empty()) dialog.folder = parent.string();
  }
  recordWidget(state, "open/up");
  ImGui::SameLine();
  ImGui::TextUnformatted(shownText(dialog.folder).c_str());
  // Listed again when the folder changes, and every two seconds for files that appear.
  static std::string listedFolder, problem;
  static std::vector<Entry> entries;
  static double listedAt = -1e9;
  if (listedFolder != dialog.folder || state.time - listedAt > 2) {
    problem.clear();
    entries = listFolder(dialog.folder, problem);
    listedFolder = dialog.folder;
    listedAt = state.time;
  }
  std::string enter, chosen;
  bool openNow = false;
  if (ImGui::BeginChild("files", ImVec2(0, ImGui::GetTextLineHeightWithSpacing() * 12), true)) {
    if (!problem.empty()) ImGui::TextDisabled("%s", shownText(problem).c_str());
    else if (entries.empty()) ImGui::TextDisabled("%s", tr("No folders or vector files here"));
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(entries.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const Entry& e = entries[static_cast<std::size_t>(row)];
        const std::string full = (fs::path(dialog.folder) / e.name).string();
        ImGui::PushID(row);
        if (selectableRow(e.folder ? e.name + "/" : e.name, !e.folder && full == dialog.path)) {
          if (e.folder) enter = full;
          else chosen = full;
          if (!e.folder && ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) openNow = true;
        }
        recordWidget(state, "open/entry/" + e.name);
        ImGui::PopID();
      }
    }
  }
  ImGui::EndChild();
  if (!enter.empty()) dialog.folder = enter;
  if (!chosen.empty()) dialog.path = chosen;

  char buffer[2048] = {};
  dialog.path.copy(buffer, sizeof buffer - 1);
  ImGui::SetNextItemWidth(-ui(state, 80));
  const std::string hint = filled("a file, or {connection}", "connection", connection);
  if (ImGui::InputTextWithHint("##path", hint.c_str(), buffer, sizeof buffer,
                               ImGuiInputTextFlags_EnterReturnsTrue))
    openNow = true;
  dialog.path = buffer;
  recordWidget(state, "open/path");
  ImGui::SameLine();
  ImGui::BeginDisabled(dialog.path.empty());
  if (ImGui::Button(tr("Open"), ImVec2(-1, 0))) openNow = true;
  ImGui::EndDisabled();
  recordWidget(state, "open/open");
  if (openNow && !dialog.path.empty()) {
    commands.dispatch(command::OpenEvents{dialog.path});
    dialog.path.clear();  // the next time it opens, a new name is typed into an empty field
    open = false;
  }
  ImGui::End();
  if (!open) dialog.shown = false;
}

}  // namespace kg
