#include "app/panels/ExportDialog.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <system_error>

#include "app/Translate.h"
#include "app/panels/Widgets.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// Labels and notes in English, translated where they are shown; the formats' own names
// (GeoTIFF, GeoJSON, GeoPackage) are the same in every language.
struct KindInfo {
  ExportKind kind;
  const char* label;
  const char* widget;
  const char* note;
};
constexpr KindInfo kKinds[] = {
    {ExportKind::Picture, N_("Picture (PNG)"), "export/picture",
     N_("The map without the window's panels: a title, the dates, a legend, the scale and the credits")},
    {ExportKind::GeoTiff, "GeoTIFF", "export/geotiff", N_("The map alone, georeferenced: QGIS places it where it is")},
    {ExportKind::Kml, N_("KML for Google Earth"), "export/kml",
     N_("The events shown as placemarks with their passages; the open briefing as a tour")},
    {ExportKind::GeoJson, "GeoJSON", "export/geojson", N_("The events shown as points with their fields")},
    {ExportKind::GeoPackage, "GeoPackage", "export/gpkg", N_("The events shown as points with their fields")},
};

// The typed name with the kind's extension in place of any other the person had not typed.
std::string withExtension(const std::string& path, ExportKind kind) {
  fs::path p(path.empty() ? "kgatlas-export" : path);
  p.replace_extension(exportExtension(kind));
  return p.string();
}

}  // namespace

const char* exportExtension(ExportKind kind) {
  switch (kind) {
    case ExportKind::Picture: return ".png";
    case ExportKind::GeoTiff: return ".tif";
    case ExportKind::Kml: return ".kml";
    case ExportKind::GeoJson: return ".geojson";
    case ExportKind::GeoPackage: return ".gpkg";
  }
  return "";
}

ExportAction drawExportDialog(AppState& state) {
  ExportDialog& d = state.exportDialog;
  if (!d.shown) return ExportAction::None;
  if (d.path.empty()) {  // first shown: a name in the working folder, a title in the interface's language
    std::error_code ec;
    d.path = (fs::current_path(ec) / "kgatlas-export.png").string();
    if (d.title == kDefaultPictureTitle) d.title = tr("Events on the map");  // kDefaultPictureTitle
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, viewport->Pos.y + viewport->Size.y / 2),
                          ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(ui(state, 520), 0), ImGuiCond_Always);  // as tall as what it holds
  bool open = true;
  ExportAction action = ExportAction::None;
  const std::string title = std::string(tr("Export")) + "###export";
  if (ImGui::Begin(title.c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    recordWidget(state, "export");
    ImGui::BeginDisabled(d.running);
    for (const KindInfo& k : kKinds) {
      if (ImGui::RadioButton(tr(k.label), d.kind == k.kind)) {
        d.kind = k.kind;
        d.path = withExtension(d.path, k.kind);
      }
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(k.note));
      recordWidget(state, k.widget);
    }
    ImGui::Separator();
    ImGui::TextUnformatted(tr("File"));
    ImGui::SetNextItemWidth(-1);
    inputString("##export-path", d.path);
    recordWidget(state, "export/path");
    if (d.kind == ExportKind::Picture) {
      ImGui::TextUnformatted(tr("Title"));
      ImGui::SetNextItemWidth(-1);
      inputString("##export-title", d.title);
      recordWidget(state, "export/title");
    }
    if (d.kind == ExportKind::Picture || d.kind == ExportKind::GeoTiff) {
      ImGui::TextUnformatted(tr("Size in pixels"));
      const std::pair<int, int> sizes[] = {{1280, 720}, {1920, 1080}, {3840, 2160}};
      for (const auto& [w, h] : sizes) {
        const std::string label = std::to_string(w) + " x " + std::to_string(h);
        if (ImGui::RadioButton(label.c_str(), d.width == w && d.height == h)) {
          d.width = w;
          d.height = h;
        }
        recordWidget(state, "export/size/" + std::to_string(w));
        ImGui::SameLine();
      }
      ImGui::NewLine();
      // Any other size, for a poster or a slide deck of its own shape.
      int size[2] = {d.width, d.height};
      ImGui::SetNextItemWidth(ui(state, 200));
      if (ImGui::InputInt2(tr("width x height"), size)) {
        d.width = std::clamp(size[0], 16, 16384);
        d.height = std::clamp(size[1], 16, 16384);
      }
      recordWidget(state, "export/size/custom");
      if (d.kind == ExportKind::Picture && d.height > 1080) {
        char times[32];
        std::snprintf(times, sizeof times, "%.1f", d.height / 1080.0);
        ImGui::TextDisabled(
            "%s", filled("For print: text and lines are drawn {n} times their screen size", "n", times).c_str());
      }
    } else {
      const std::size_t count = state.shownEvents.size();
      const std::string written =
          filledPlural("{n} event shown is written (the timeline's range and the filters apply)",
                       "{n} events shown are written (the timeline's range and the filters apply)", count,
                       {{"n", std::to_string(count)}});
      ImGui::TextDisabled("%s", written.c_str());
    }
    ImGui::EndDisabled();
    ImGui::Separator();

    if (d.running) {
      ImGui::ProgressBar(d.fraction < 0 ? 0.0f : static_cast<float>(d.fraction), ImVec2(-1, 0),
                         d.fraction < 0 ? tr("Writing...") : nullptr);
      recordWidget(state, "export/progress");
      if (ImGui::Button(tr("Cancel"))) action = ExportAction::Cancel;
      recordWidget(state, "export/cancel");
    } else {
      if (ImGui::Button(tr("Export"))) {
        d.path = withExtension(d.path, d.kind);
        std::error_code ec;
        if (fs::exists(d.path, ec)) d.confirmReplace = true;
        else d.requested = true;
        d.outcome.clear();
      }
      recordWidget(state, "export/go");
      ImGui::SameLine();
      if (ImGui::Button(tr("Close"))) d.shown = false;
      recordWidget(state, "export/close");
    }
    if (!d.outcome.empty()) {
      ImGui::PushTextWrapPos(0);
      ImGui::TextUnformatted(shownText(d.outcome).c_str());
      ImGui::PopTextWrapPos();
      recordWidget(state, "export/outcome");
    }
  }
  ImGui::End();
  if (!open && !d.running) d.shown = false;

  if (d.confirmReplace) {
    const std::string id = std::string(tr("Replace the file?")) + "###export-replace";
    if (!ImGui::IsPopupOpen(id.c_str())) ImGui::OpenPopup(id.c_str());
    if (ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_AlwaysAutoResize)) {
      recordWidget(state, "export-replace");
      ImGui::TextUnformatted(filled("{file} is there already. Replace it?", "file", shownText(d.path)).c_str());
      ImGui::TextDisabled("%s", tr("A file of another kind (not a PNG, for a picture) is never replaced."));
      if (ImGui::Button(tr("Replace"))) {
        d.confirmReplace = false;
        d.requested = true;
        ImGui::CloseCurrentPopup();
      }
      recordWidget(state, "export-replace/yes");
      ImGui::SameLine();
      if (ImGui::Button(tr("Cancel"))) {
        d.confirmReplace = false;
        ImGui::CloseCurrentPopup();
      }
      recordWidget(state, "export-replace/no");
      ImGui::EndPopup();
    }
  }
  return action;
}

}  // namespace kg
