// The App's part in File > Export: pictures drawn offscreen between frames (at a print size
// their text and lines grow, with fonts made again at that scale, so they stay sharp), KML at
// once, and the events as GeoJSON or GeoPackage on a background thread with progress.
#include "app/App.h"
#include "app/Translate.h"

#include <glad/gl.h>
#include <GLFW/glfw3.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <utility>

#include "app/panels/ExportDialog.h"
#include "app/Theme.h"
#include "app/panels/MapOverlay.h"
#include "core/export/EventExport.h"
#include "core/export/GeoTiffExport.h"
#include "core/export/KmlExport.h"
#include "core/io/SourceName.h"

namespace kg {

Result<std::vector<std::uint8_t>> App::renderOffscreen(int width, int height) {
  auto target = OffscreenTarget::create(width, height);
  if (!target) return Error{target.error()};
  target->bind();
  applyTextScale();  // a screenshot in high contrast, or larger text, as the window would show it
  // ImGui needs a couple of frames to measure and place auto-sized windows. Each waits for the
  // level of detail its view needs: a picture shows the final detail, not a placeholder.
  for (int i = 0; i < 3; ++i) frame(width, height, 1.0, false, true);
  glFinish();
  auto pixels = target->readRgba();
  OffscreenTarget::unbind();
  return pixels;
}

// The map drawn as a picture at the dialog's size, the window's own state put back afterwards.
Result<std::vector<std::uint8_t>> App::renderPicture(int width, int height, bool bare, const std::string& title) {
  const PictureView pictureBefore = state_.picture;
  const Screen screenBefore = state_.screen;
  const Camera cameraBefore = state_.camera;
  const CameraView view = viewOf(state_.camera);
  const ImGuiStyle styleBefore = ImGui::GetStyle();
  const float atlasBefore = fonts_.atlasScale;
  // As --export-png: text and lines at height / 1080 of their design size, never smaller.
  const double scale = std::max(1.0, height / 1080.0);
  const bool rescale = !bare && scale != state_.screen.uiScale;
  const auto useFonts = [&](float atlasScale, float displayScale) {
    if (rescaleFonts(fonts_, atlasScale, displayScale)) remakeFontTexture();
  };
  if (rescale) {
    ImGui::GetStyle().ScaleAllSizes(static_cast<float>(scale / state_.screen.uiScale));
    state_.screen.uiScale = scale;
    useFonts(static_cast<float>(scale), static_cast<float>(scale));
  }
  state_.picture = PictureView{true, bare, title};
  state_.screen.pixelRatio = 1;
  // The same ground in the middle, as much more of it as the picture is larger.
  state_.camera.setViewport(width, height);
  applyView(state_.camera, view);
  auto pixels = renderOffscreen(width, height);
  state_.picture = pictureBefore;
  state_.screen = screenBefore;
  state_.camera = cameraBefore;
  if (rescale) {
    ImGui::GetStyle() = styleBefore;
    useFonts(atlasBefore, static_cast<float>(screenBefore.uiScale));
  }
  return pixels;
}

void App::remakeFontTexture() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

void App::applyTextScale() {
  const double wanted = state_.screen.textScale;
  const bool contrast = state_.screen.highContrast || state_.screen.projector;
  if (wanted == textScaleShown_ && contrast == contrastShown_) return;
  const double ui = screenScale_ * wanted;
  // From the screen's own style each time: scaling the last one again would let rounding creep in.
  ImGui::GetStyle() = *screenStyle_;
  applyColours(ImGui::GetStyle(), contrast);
  contrastShown_ = contrast;
  ImGui::GetStyle().ScaleAllSizes(static_cast<float>(wanted));
  const float atlas = static_cast<float>(fonts_.atlasScale * ui / state_.screen.uiScale);
  state_.screen.uiScale = ui;
  if (rescaleFonts(fonts_, atlas, static_cast<float>(ui))) remakeFontTexture();
  textScaleShown_ = wanted;
}

void App::runExport() {
  ExportDialog& d = state_.exportDialog;
  // First a frame that says it is writing, then the work.
  if (!d.running) {
    d.running = true;
    d.fraction = -1;
    return;
  }
  d.requested = false;
  const std::string path = d.path;
  Result<bool> written = true;
  switch (d.kind) {
    case ExportKind::Picture:
    case ExportKind::GeoTiff: {
      const bool bare = d.kind == ExportKind::GeoTiff;
      auto pixels = renderPicture(d.width, d.height, bare, d.title);
      if (!pixels) {
        written = Error{pixels.error()};
      } else if (bare) {
        Camera camera = state_.camera;
        camera.setViewport(d.width, d.height);
        applyView(camera, viewOf(state_.camera));
        written = exportGeoTiff(path, GeoPicture{d.width, d.height, std::move(*pixels), camera,
                                                 creditLine(state_, data_)});
      } else {
        written = writePng(path, d.width, d.height, *pixels);
      }
      break;
    }
    case ExportKind::Kml: {
      const Briefing* briefing = state_.briefing.isOpen && !state_.briefing.doc.slides.empty() ? &state_.briefing.doc : nullptr;
      const KmlContent content{briefing ? briefing->title : "Events shown by kgatlas", state_.shownEvents, briefing};
      written = exportKml(path, content, data_.catalog, data_.boundaries.regions);
      break;
    }
    case ExportKind::GeoJson:
    case ExportKind::GeoPackage: {
      // The events as they are now, copied: the map may be replaced while the file is written.
      auto shown = std::make_shared<Catalog>();
      shown->layers = data_.catalog.layers;
      shown->events.reserve(state_.shownEvents.size());
      for (const int i : state_.shownEvents) shown->events.push_back(data_.catalog.events[static_cast<std::size_t>(i)]);
      exportJob_ = std::make_unique<BackgroundJob<Result<bool>>>([shown, path](Progress& progress) {
        std::vector<int> all(shown->events.size());
        for (std::size_t i = 0; i < all.size(); ++i) all[i] = static_cast<int>(i);
        return exportEvents(path, all, *shown, &progress);
      });
      return;  // pollExport reports
    }
  }
  finishExport(path, written);
}

void App::pollExport() {
  if (!exportJob_) return;
  ExportDialog& d = state_.exportDialog;
  d.fraction = exportJob_->progress().snapshot().fraction;
  if (cancelExport_) {
    exportJob_->progress().cancel();
    cancelExport_ = false;
  }
  if (!exportJob_->ready()) return;
  const Result<bool> written = exportJob_->take();
  exportJob_.reset();
  finishExport(d.path, written);
}

void App::finishExport(const std::string& path, const Result<bool>& written) {
  ExportDialog& d = state_.exportDialog;
  d.running = false;
  d.fraction = -1;
  if (written) {
    d.outcome = filled("Wrote {file}", "file", path);
    controller_.notify(filled("Exported {file}", "file", sourceTitle(path)));
  } else {
    d.outcome = translatedMessage(written.error());
    std::fprintf(stderr, "kgatlas: %s\n", written.error().c_str());
  }
}

}  // namespace kg
