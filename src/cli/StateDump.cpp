#include "cli/StateDump.h"

#include <cmath>
#include <cstdio>
#include <fstream>

#include "app/Translate.h"
#include "core/geo/Measure.h"
#include "core/io/AtomicFile.h"
#include "core/io/ProcessMemory.h"

namespace kg {
namespace {

// The lesson layers switched on, in View > Map layers' order: "water,rivers,towns,peaks,countries".
std::string geographyShown(const GeographyLayers& layers) {
  std::string shown;
  for (const auto& [on, name] : {std::pair{layers.water, "water"}, std::pair{layers.rivers, "rivers"},
                                 std::pair{layers.towns, "towns"}, std::pair{layers.peaks, "peaks"},
                                 std::pair{layers.countries, "countries"}})
    if (on) shown += (shown.empty() ? "" : ",") + std::string(name);
  return shown;
}

constexpr const char* kSignature = "{\"selected\":";

std::string languageCode(Language l) { return l == Language::Russian ? "ru" : l == Language::Kyrgyz ? "ky" : "en"; }

std::string quoted(const std::string& s) {
  if (s.empty()) return "null";
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;
    out += c;
  }
  return out + "\"";
}

std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", value);
  return text;
}

std::string rect(const WidgetRect& r) {
  char text[96];
  std::snprintf(text, sizeof text, "[%d, %d, %d, %d]", static_cast<int>(r.x), static_cast<int>(r.y),
                static_cast<int>(r.w), static_cast<int>(r.h));
  return text;
}

}  // namespace

std::string stateJson(const AppState& state, const MapData& data, std::uint64_t frame,
                      std::optional<std::size_t> residentBytes) {
  const Camera& c = state.camera;
  const Selection& s = state.selection;
  const Measurement measured = measurePath(state.measure.points);  // the measure tool's path, once
  const Quiz* quiz = state.quiz.quiz ? &*state.quiz.quiz : nullptr;
  const Catalog& catalog = data.catalog;
  std::size_t passagesShown = 0;
  if (!s.eventId.empty()) passagesShown = catalog.passagesForEvent(s.eventId).size();
  else if (!s.placeId.empty()) passagesShown = catalog.passagesForPlace(s.placeId).size();
  const auto first = state.widgets.find("passage/0");
  char camera[320];
  std::snprintf(camera, sizeof camera,
                "\"centre_x\": %.3f, \"centre_y\": %.3f, \"metres_per_pixel\": %.6f, \"viewport\": [%.0f, %.0f], "
                "\"pixel_ratio\": %.3f, \"ui_scale\": %.3f, \"flying\": %s",
                c.centre().x, c.centre().y, c.metresPerPixel(), c.viewportWidth(), c.viewportHeight(),
                state.screen.pixelRatio, state.screen.uiScale, state.flight.active() ? "true" : "false");
  std::string pointer = "null";
  if (state.pointer)
    pointer = "[" + std::to_string(std::lround(state.pointer->x)) + ", " + std::to_string(std::lround(state.pointer->y)) + "]";
  std::string cursor = "null";
  if (state.cursor) {
    char text[64];
    std::snprintf(text, sizeof text, "[%.5f, %.5f]", state.cursor->lat, state.cursor->lon);
    cursor = text;
  }
  std::string firstProblem;  // as the problems bar shows it, in the interface's language
  if (!state.warnings.empty()) firstProblem = translatedMessage(state.warnings.front());
  std::string layerNames;
  for (const EventLayer& layer : data.catalog.layers) layerNames += (layerNames.empty() ? "" : " | ") + layer.name;
  // The overlay feature under the pointer: "file: name".
  std::string hoveredOverlay;
  if (state.hover.overlay >= 0 && state.hover.overlay < static_cast<int>(data.overlays.size())) {
    const OverlayLayer& o = data.overlays[static_cast<std::size_t>(state.hover.overlay)];
    const auto shape = static_cast<std::size_t>(state.hover.overlayShape);
    hoveredOverlay = o.name + ": " + (shape < o.names.size() ? o.names[shape] : std::string());
  }
  std::string widgets;
  for (const auto& [name, r] : state.widgets) widgets += (widgets.empty() ? "" : ", ") + quoted(name) + ": " + rect(r);
  return std::string(kSignature) + " " + quoted(s.regionId) + ", \"hovered\": " + quoted(state.hover.regionId) +
         ", \"selected_event\": " + quoted(s.eventId) + ", \"hovered_event\": " + quoted(state.hover.eventId) +
         ", \"selected_place\": " + quoted(s.placeId) + ", \"passages_shown\": " + std::to_string(passagesShown) +
         ", \"marker_choice\": " + std::to_string(state.markerChoice.size()) +
         ", \"events_shown\": " + std::to_string(state.shownEvents.size()) +
         ", \"events_total\": " + std::to_string(data.catalog.events.size()) +
         ", \"events_marked\": " + std::to_string(state.markedEvents) +
         ", \"clusters\": " + std::to_string(state.grouping.active ? state.grouping.groups.clusters.size() : 0) +
         ", \"loose_events\": " + std::to_string(state.grouping.active ? state.grouping.groups.loose.size() : state.shownEvents.size()) +
         ", \"hovered_cluster\": " + std::to_string(state.hover.cluster) +
         ", \"event_layers\": " + std::to_string(data.catalog.layers.size()) +
         ", \"event_layer_names\": " + quoted(layerNames) +
         ", \"reading_layer\": " + (state.layerLoad.active ? "true" : "false") +
         ", \"hidden_layers\": " + std::to_string(state.filter.hiddenLayers.size()) +
         ", \"overlay_layers\": " + std::to_string(data.overlays.size()) +
         ", \"hidden_overlays\": " + std::to_string(state.hiddenOverlays.size()) +
         ", \"hovered_overlay\": " + quoted(hoveredOverlay) +
         ", \"time_filter\": " + quoted(state.filter.time.text()) +
         ", \"timeline_shown\": " + (state.timeline.shown ? "true" : "false") +
         ", \"playing\": " + (state.timeline.playback.playing ? "true" : "false") +
         ", \"timeline_date\": " + quoted(state.timeline.following ? isoDay(state.timeline.playback.current) : "") +
         ", \"briefing\": " + quoted(state.briefing.path) +
         ", \"slide\": " + std::to_string(state.briefing.slide + 1) +
         ", \"slides\": " + std::to_string(state.briefing.doc.slides.size()) +
         ", \"presenting\": " + (state.briefing.presenting ? "true" : "false") +
         ", \"blank\": " + (state.briefing.blank ? "true" : "false") +
         ", \"briefing_title\": " + quoted(state.briefing.doc.title) +
         ", \"slide_title\": " + quoted(state.briefing.slide >= 0 && state.briefing.slide < static_cast<int>(state.briefing.doc.slides.size())
                                           ? state.briefing.doc.slides[static_cast<std::size_t>(state.briefing.slide)].title
                                           : std::string()) +
         ", \"editing_slides\": " + (state.briefing.editing ? "true" : "false") +
         ", \"tool\": " + quoted(state.tool) + ", \"projection\": " + quoted(state.camera.projection().name()) +
         ", \"projection_definition\": " + quoted(state.camera.projection().definition()) +
         ", \"projection_mode\": " + std::to_string(static_cast<int>(state.projectionMode)) +
         ", \"projection_crs\": " + (state.camera.projection().spec().crs ? "true" : "false") + ", \"projection_edge\": [" +
         number(state.camera.projection().edge().centreLon) + ", " + number(state.camera.projection().edge().halfWidth) +
         ", " + number(state.camera.projection().edge().minLat) + ", " + number(state.camera.projection().edge().maxLat) +
         ", " + std::to_string(state.camera.projection().edge().pole) + "]" +
         ", \"map_layers\": " + quoted(geographyShown(state.geography)) +
         ", \"quiz_question\": " + std::to_string(quiz ? static_cast<long>(quiz->current()) : -1L) +
         ", \"quiz_questions\": " + std::to_string(quiz ? quiz->size() : 0) +
         ", \"quiz_score\": " + std::to_string(quiz ? quiz->score() : 0) +
         ", \"quiz_misses\": " + std::to_string(quiz ? quiz->misses() : 0) +
         ", \"quiz_finished\": " + (quiz && quiz->finished() ? "true" : "false") +
         ", \"quiz_verdict\": " + quoted(!state.quiz.clicked ? "" : state.quiz.last.verdict == Verdict::Right ? "right"
                                            : state.quiz.last.verdict == Verdict::Wrong ? "wrong" : "revealed") +
         ", \"lesson\": " + quoted(state.lesson.path) +
         ", \"annotations\": " + std::to_string(state.lesson.doc.annotations.size()) +
         ", \"annotation_chosen\": " + std::to_string(state.lesson.selected) +
         ", \"annotation_label\": " + quoted(state.lesson.selected >= 0 ? state.lesson.doc.annotations[static_cast<std::size_t>(state.lesson.selected)].shownLabel(state.language) : "") +
         ", \"lesson_unsaved\": " + (state.lesson.unsaved() ? "true" : "false") +
         ", \"lesson_asking\": " + quoted(state.lesson.confirmReplace ? "replace" : state.lesson.choosingFile ? "save-as"
                                            : state.lesson.pending != AfterSaving::Nothing ? "unsaved" : "") +
         ", \"text_scale\": " + number(state.screen.textScale) +
         ", \"measure_points\": " + std::to_string(state.measure.points.size()) +
         ", \"measure_km\": " + number(measured.metres / 1000) +
         ", \"measure_km2\": " + number(measured.squareMetres / 1e6) +
         ", \"search_shown\": " + (state.search.shown ? "true" : "false") +
         ", \"export_outcome\": " + quoted(state.exportDialog.outcome) +
         ", \"exporting\": " + (state.exportDialog.running ? "true" : "false") +
         ", \"presenter_view\": " + (state.briefing.presenterView ? "true" : "false") +
         ", \"unsaved\": " + (state.briefing.unsaved() ? "true" : "false") +
         ", \"asking\": " + quoted(state.briefing.confirmReplace ? "replace"
                                     : state.briefing.choosingFile ? "save-as"
                                     : state.briefing.pending != AfterSaving::Nothing ? "unsaved" : "") +
         ", \"full_screen\": " + (state.screen.fullScreen ? "true" : "false") +
         ", \"typing\": " + (state.screen.typing ? "true" : "false") +
         ", \"problems\": " + std::to_string(state.warnings.size()) +
         ", \"problems_shown\": " + std::to_string(state.warningsOpen ? state.warnings.size() : 0) +
         ", \"first_problem\": " + quoted(firstProblem) +
         ", \"article_open\": " + (s.articlePassage.empty() ? "false" : "true") +
         ", \"article_passage\": " + quoted(s.articlePassage) +
         ", \"first_passage\": " + rect(first == state.widgets.end() ? WidgetRect{} : first->second) +
         ", \"language\": \"" + languageCode(state.language) + "\", " + camera + ", \"map_ready\": " + (state.loading.mapShown ? "true" : "false") +
         ", \"loading\": " + (state.loading.active ? "true" : "false") + ", \"load_error\": " + quoted(state.loading.error) +
         ", \"notice\": " + quoted(state.noticeShown() ? state.notice : std::string()) +
         ", \"pointer\": " + pointer + ", \"pointer_down\": " + (state.pointerDown ? "true" : "false") + ", \"cursor\": " + cursor +
         ", \"frame\": " + std::to_string(frame) +
         ", \"resident_bytes\": " + (residentBytes ? std::to_string(*residentBytes) : std::string("null")) +
         ", \"widgets\": {" + widgets + "}}\n";
}

Result<StateDump> StateDump::open(const std::string& path) {
  std::ifstream existing(path);
  std::string start(std::char_traits<char>::length(kSignature), '\0');
  if (existing && (!existing.read(start.data(), static_cast<std::streamsize>(start.size())) || start != kSignature))
    return Error{path + ": exists and is not a kgatlas state file; not overwriting it"};
  // Each dump is written beside the file and renamed over it: find out now whether that can
  // happen (a missing folder, no permission), rather than never writing a line. The trial file
  // goes when it does.
  if (auto trial = AtomicFile::create(path, Durability::RenameOnly); !trial) return Error{trial.error()};
  return StateDump(path);
}

void StateDump::write(const AppState& state, const MapData& data, std::uint64_t frame) {
  // A dump that cannot be written leaves the last one whole; the next frame tries again.
  (void)writeFileAtomically(path_, stateJson(state, data, frame, residentMemoryBytes()), Durability::RenameOnly);
}

}  // namespace kg
