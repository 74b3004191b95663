#include "app/Controller.h"

#include <algorithm>
#include <filesystem>
#include <type_traits>
#include <utility>

#include "app/Translate.h"
#include "core/briefing/SlideFraming.h"
#include "core/io/SourceName.h"
#include "core/io/TextFormats.h"
#include "core/view/Framing.h"

namespace kg {
namespace {

constexpr std::size_t kHistoryDepth = 200;

// Commands that can change what is selected or what is in view: these are undone and redone
// (hiding the places layer closes a place's panel). One that changes neither records nothing.
template <class C, class... Others>
constexpr bool kNoneOf = (!std::is_same_v<C, Others> && ...);

// Edits of the briefing are recorded too; opening, saving and presenting one are not.
template <class C>
constexpr bool kRecorded =
    kNoneOf<C, command::OfferMarkers, command::SetLanguage, command::ShowEventList, command::OpenEvents,
            command::ShowOpenDialog, command::ShowExportDialog, command::ShowSearch, command::UseTool, command::SetTextScale,
            command::MeasurePoint, command::MeasureBack, command::AddEventLayer, command::RemoveLayer, command::MoveLayer,
            command::GroupMarkers, command::OpenBriefing, command::ReadBriefing, command::ShowSlide,
            command::NewBriefing, command::EditSlides, command::SaveBriefing, command::CloseBriefing,
            command::AnswerUnsaved, command::BriefingSaved, command::EndPresentation, command::ShowPresenterView,
            command::BlankScreen,
            command::SetFullScreen, command::OpenMenu, command::SetHighContrast, command::SetProjector, command::StartQuiz,
            command::AnswerQuiz, command::NextQuestion, command::EndQuiz, command::OpenLesson, command::PlaceAnnotations,
            command::ChooseAnnotation, command::SaveLesson, command::CloseLesson, command::AnswerLessonUnsaved,
            command::Undo, command::Redo>;

}  // namespace

Controller::Snapshot Controller::snapshot() const {
  // During a flight the view that counts is where it is going.
  const CameraView view = state_.flight.finished(now_) ? viewOf(state_.camera) : state_.flight.target();
  const auto& annotations = state_.lesson.doc.annotations;
  if (!lastAnnotations_ || *lastAnnotations_ != annotations)
    lastAnnotations_ = std::make_shared<const std::vector<Annotation>>(annotations);
  return {state_.selection, view, state_.briefing.doc, state_.briefing.slide, lastAnnotations_};
}

void Controller::dispatch(const Command& command) {
  std::visit(
      [&](const auto& c) {
        using C = std::decay_t<decltype(c)>;
        if constexpr (kRecorded<C>) {
          const Snapshot before = snapshot();
          Gesture gesture = Gesture::None;
          std::string text;  // typing into one of the briefing's texts
          if constexpr (std::is_same_v<C, command::PanBy>) gesture = Gesture::Pan;
          if constexpr (std::is_same_v<C, command::ZoomAbout>) gesture = Gesture::Zoom;
          if constexpr (std::is_same_v<C, command::EditBriefing>) {
            text = editedText(c.edit);
            if (!text.empty()) gesture = Gesture::Typing;
          }
          if constexpr (std::is_same_v<C, command::ChangeAnnotation>) {
            gesture = Gesture::Typing;  // an annotation's label typed letter by letter is one step
            text = "annotation/" + std::to_string(c.index);
          }
          const bool continuing = gesture != Gesture::None && gesture == gesture_ && text == typedText_;
          apply(c);
          const Snapshot after = snapshot();
          if (after.selection == before.selection && after.view == before.view && after.briefing == before.briefing &&
              *after.annotations == *before.annotations)
            return;
          if (!continuing) {
            undo_.push_back(before);
            if (undo_.size() > kHistoryDepth) undo_.erase(undo_.begin());
          }
          redo_.clear();
          gesture_ = gesture;
          typedText_ = text;
        } else {
          apply(c);
        }
      },
      command);
}

void Controller::runPosted() {
  std::vector<Command> now;
  now.swap(posted_);
  for (const Command& c : now) dispatch(c);
}

void Controller::clearHistory() {
  undo_.clear();
  redo_.clear();
  gesture_ = Gesture::None;
}

void Controller::advanceFlight() {
  if (!state_.flight.active()) return;
  applyView(state_.camera, state_.flight.at(now_));
  if (state_.flight.finished(now_)) state_.flight = CameraAnimation();
}

void Controller::resizeViewport(double width, double height) {
  Camera& camera = state_.camera;
  const double oldW = camera.viewportWidth(), oldH = camera.viewportHeight();
  if (!camera.setViewport(width, height) || (oldW == width && oldH == height)) return;
  // Keep the same ground in view when the window is resized: all of what was visible stays
  // visible, and the side that changed least decides the scale.
  camera.setMetresPerPixel(camera.metresPerPixel() * std::max(oldW / width, oldH / height));
}

void Controller::moveCamera(const CameraView& to, Motion motion) {
  if (motion == Motion::Stay) return;
  if (motion == Motion::Fly && animate_) {
    state_.flight = state_.flight.finished(now_) ? CameraAnimation::fly(viewOf(state_.camera), to, now_)
                                                 : state_.flight.retarget(now_, to);
    return;
  }
  state_.flight = CameraAnimation();
  applyView(state_.camera, to);
}

void Controller::flyToPoint(GeoPoint point, Motion motion) {
  // Close enough to see the place and its uncertainty circle, far enough to keep its region.
  const double scale = std::clamp(snapshot().view.metresPerPixel, 60.0, 450.0);
  moveCamera({state_.camera.projection().forward(point), scale}, motion);
}

void Controller::select(const Selection& next) {
  if (next.eventId != state_.selection.eventId || next.placeId != state_.selection.placeId)
    state_.markerChoice.clear();
  state_.selection = next;
}

void Controller::apply(const command::SelectRegion& c) {
  Selection next;
  if (data_.regionIndex(c.id) >= 0) next.regionId = c.id;
  select(next);  // a region replaces any event or place, and closes the article with it
}

void Controller::openMarker(const MarkerId& marker, GeoPoint point, Motion motion) {
  // One marker panel at a time; its article closes with it. The region stays selected beneath.
  Selection next = state_.selection;
  next.eventId = marker.kind == MarkerRef::Kind::Event ? marker.id : "";
  next.placeId = marker.kind == MarkerRef::Kind::Place ? marker.id : "";
  next.articlePassage.clear();
  select(next);
  flyToPoint(point, motion);
}

void Controller::apply(const command::SelectEvent& c) {
  if (const Event* event = data_.catalog.findEvent(c.id); event && isShown(c.id))
    openMarker({MarkerRef::Kind::Event, c.id}, event->point, c.motion);
}

void Controller::apply(const command::SelectPlace& c) {
  if (const Place* place = data_.catalog.findPlace(c.id))
    openMarker({MarkerRef::Kind::Place, c.id}, place->point, c.motion);
}

void Controller::apply(const command::StepEvent& c) {
  // Through the shown events, in time order, round from the last to the first.
  const std::vector<int>& shown = state_.shownEvents;
  if (shown.empty()) return;
  const int count = static_cast<int>(shown.size());
  const int index = data_.catalog.eventIndex(state_.selection.eventId);
  const auto at = std::lower_bound(shown.begin(), shown.end(), index);
  const int current = at != shown.end() && *at == index ? static_cast<int>(at - shown.begin()) : -1;
  const int step = c.direction >= 0 ? 1 : -1;
  const int next = current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count;
  apply(command::SelectEvent{data_.catalog.events[static_cast<std::size_t>(shown[static_cast<std::size_t>(next)])].id,
                             Motion::Fly});
}

void Controller::apply(const command::OfferMarkers& c) {
  state_.markerChoice = c.markers;
  state_.openMarkerChoice = !c.markers.empty();
}

void Controller::apply(const command::CloseInnermost&) {
  if (!state_.selection.articlePassage.empty()) apply(command::CloseArticle{});
  else if (state_.selection.hasMarker()) apply(command::CloseMarkerPanel{});
  else apply(command::SelectRegion{});
}

void Controller::apply(const command::CloseMarkerPanel&) {
  Selection next = state_.selection;
  next.eventId.clear();
  next.placeId.clear();
  next.articlePassage.clear();
  select(next);
}

void Controller::apply(const command::OpenArticle& c) {
  if (!data_.catalog.findPassage(c.passageId)) return;
  state_.selection.articlePassage = c.passageId;
  state_.scrollArticle = !c.passageId.empty();
}

void Controller::apply(const command::CloseArticle&) { state_.selection.articlePassage.clear(); }

void Controller::apply(const command::SetLanguage& c) { state_.language = c.language; }
void Controller::apply(const command::ShowGeography& c) { state_.geography = c.layers; }

void Controller::apply(const command::ShowPlaces& c) {
  state_.showPlaces = c.shown;
  if (!c.shown && !state_.selection.placeId.empty()) apply(command::CloseMarkerPanel{});
}
void Controller::apply(const command::ShowEventList& c) { state_.showEventList = c.shown; }

void Controller::apply(const command::SetEventFilter& c) {
  state_.filter = c.filter;
  refilter();
}

void Controller::apply(const command::ShowLayer& c) {
  state_.filter.showLayer(c.layer, c.shown);
  refilter();
}

void Controller::apply(const command::ShowOpenDialog& c) { state_.openDialog.shown = c.shown; }

void Controller::apply(const command::OpenEvents& c) {
  if (c.source.empty()) return;
  if (std::filesystem::path(c.source).extension() == ".toml")
    return isLessonFile(c.source) ? apply(command::OpenLesson{c.source}) : apply(command::ReadBriefing{c.source});
  state_.layerLoad = LayerLoad();
  state_.layerLoad.requested = c.source;
}

void Controller::apply(const command::AddEventLayer& c) {
  if (!c.layer) return;
  Catalog& catalog = data_.catalog;
  const std::size_t before = catalog.problems.size();
  const std::string name = sourceTitle(c.layer->layer.path);
  // A file that gave no events adds no empty layer: its problems say why.
  const bool none = c.layer->events.empty();
  if (none) catalog.problems.insert(catalog.problems.end(), c.layer->problems.begin(), c.layer->problems.end());
  else catalog.addLayer(std::move(*c.layer));
  // Its problems join the list in the window, which opens again to show them.
  if (catalog.problems.size() > before) {
    state_.warnings.insert(state_.warnings.end(), catalog.problems.begin() + static_cast<std::ptrdiff_t>(before),
                           catalog.problems.end());
    state_.warningsOpen = true;  // asked for by the user: its problems shown
  }
  const std::size_t count = none ? 0 : catalog.layers.back().count;
  state_.notice = count == 0 ? filled("No events loaded from {file}: see the problems", "file", name)
                             : filledPlural("{n} event from {file}", "{n} events from {file}", count,
                                            {{"n", withThousands(static_cast<long long>(count))}, {"file", name}});
  state_.noticeUntil = state_.time + 4;
  refilter();
}

void Controller::apply(const command::RemoveLayer& c) {
  const int count = static_cast<int>(data_.catalog.layers.size());
  if (c.layer < 0 || c.layer >= count) return;
  data_.catalog.removeLayer(c.layer);
  state_.filter.hiddenLayers = indicesAfterRemoving(state_.filter.hiddenLayers, c.layer);
  refilter();
}

void Controller::apply(const command::AddOverlay& c) {
  if (!c.overlay) return;
  if (!c.overlay->warnings.empty()) {
    state_.warnings.insert(state_.warnings.end(), c.overlay->warnings.begin(), c.overlay->warnings.end());
    state_.warningsOpen = true;  // asked for by the user: its problems shown
  }
  state_.notice = filledPlural("{n} shape from {file}, drawn over the map", "{n} shapes from {file}, drawn over the map",
                               c.overlay->shapes(), {{"n", withThousands(static_cast<long long>(c.overlay->shapes()))},
                                                     {"file", c.overlay->name}});
  state_.noticeUntil = state_.time + 4;
  data_.overlays.push_back(std::move(*c.overlay));
  ++data_.overlayRevision;
}

void Controller::apply(const command::ShowOverlay& c) {
  if (c.overlay < 0 || c.overlay >= static_cast<int>(data_.overlays.size())) return;
  std::vector<int>& hidden = state_.hiddenOverlays;
  hidden.erase(std::remove(hidden.begin(), hidden.end(), c.overlay), hidden.end());
  if (!c.shown) hidden.push_back(c.overlay);
}

void Controller::apply(const command::RemoveOverlay& c) {
  if (c.overlay < 0 || c.overlay >= static_cast<int>(data_.overlays.size())) return;
  data_.overlays.erase(data_.overlays.begin() + c.overlay);
  ++data_.overlayRevision;
  state_.hiddenOverlays = indicesAfterRemoving(state_.hiddenOverlays, c.overlay);
}

void Controller::apply(const command::MoveLayer& c) {
  const int count = static_cast<int>(data_.catalog.layers.size());
  if (c.from < 0 || c.from >= count || c.to < 0 || c.to >= count || c.from == c.to) return;
  const std::vector<int> newIndex = movedIndices(count, c.from, c.to);
  data_.catalog.moveLayer(c.from, c.to);
  for (int& h : state_.filter.hiddenLayers)
    if (h >= 0 && h < count) h = newIndex[static_cast<std::size_t>(h)];
  refilter();
}

void Controller::setTime(double seconds) {
  const double passed = seconds - now_;
  now_ = seconds;
  state_.time = seconds;
  if (state_.timeline.playback.playing && passed > 0 && passed < 1 && state_.timeline.playback.advance(passed))
    showPlaybackDate();
}

void Controller::apply(const command::ShowTimeline& c) { state_.timeline.shown = c.shown; }

void Controller::apply(const command::SetTimeRange& c) {
  state_.timeline.following = false;
  state_.timeline.playback.playing = false;
  state_.filter.time = c.range;
  refilter();
}

void Controller::followPlayback() {
  TimelineState& t = state_.timeline;
  if (t.following) return;
  const DaySpan extent = data_.catalog.dateExtent();
  const TimeRange& brush = state_.filter.time;
  t.playback.start = brush.from ? *brush.from : extent.first;
  t.playback.end = brush.to ? *brush.to : extent.last;
  if (t.playback.end < t.playback.start) t.playback.end = t.playback.start;
  t.playback.current = t.playback.start;
  t.following = true;
}

void Controller::showPlaybackDate() {
  state_.filter.time = state_.timeline.playback.shown();
  refilter();
}

void Controller::apply(const command::PlayTimeline& c) {
  Playback& p = state_.timeline.playback;
  if (!c.playing) {
    p.playing = false;
    return;
  }
  followPlayback();
  if (p.current >= p.end) p.current = p.start;
  p.playing = true;
  showPlaybackDate();
}

void Controller::apply(const command::StepTimeline& c) {
  followPlayback();
  state_.timeline.playback.playing = false;
  state_.timeline.playback.stepBy(c.steps);
  showPlaybackDate();
}

void Controller::apply(const command::SetPlayback& c) {
  Playback& p = state_.timeline.playback;
  p.step = c.step;
  p.stepsPerSecond = c.stepsPerSecond;
  p.cumulative = c.cumulative;
  p.windowSteps = std::max(1, c.windowSteps);
  if (state_.timeline.following) showPlaybackDate();
}

void Controller::refilter() {
  state_.shownEvents = shownEvents(data_.catalog, state_.filter);
  ++state_.shownGeneration;
  if (!state_.selection.eventId.empty() && !isShown(state_.selection.eventId)) apply(command::CloseMarkerPanel{});
}

bool Controller::isShown(const std::string& eventId) const {
  const int index = data_.catalog.eventIndex(eventId);
  return index >= 0 && std::binary_search(state_.shownEvents.begin(), state_.shownEvents.end(), index);
}

Insets Controller::freeArea() const {
  const double ratio = state_.screen.pixelRatio;
  Insets insets;
  if (state_.picture.on && state_.picture.bare) return insets;  // the whole picture is map
  if (state_.picture.on) {  // the picture's title band
    insets.top = pictureTitleBand(state_) * ratio;
    insets.bottom = ui(state_, 40) * ratio;  // the scale bar and credits
    return insets;
  }
  if (state_.briefing.presenting && state_.briefing.slide >= 0)  // the slide's title and passages
    return slideArea(state_.briefing.doc.slides[static_cast<std::size_t>(state_.briefing.slide)]);
  insets.top = state_.screen.topInset * ratio;
  insets.bottom = state_.screen.bottomInset * ratio;
  // A quiz's panel at the top: the map is framed below it (where it ended in the last frame).
  if (state_.quiz.quiz && state_.quiz.panelBottom > 0)
    insets.top = std::max(insets.top, (state_.quiz.panelBottom + panelMargin(state_)) * ratio);
  if (state_.briefing.editing) insets.left = (slideEditorWidth(state_) + 2 * panelMargin(state_)) * ratio;
  else if (state_.showEventList && !state_.eventsFolded) insets.left = (eventsPanelWidth(state_) + 2 * panelMargin(state_)) * ratio;
  return insets;
}

Insets Controller::besideRegionPanel() const {
  Insets free = freeArea();
  free.right = std::max(free.right, (regionPanelWidth(state_) + 2 * panelMargin(state_)) * state_.screen.pixelRatio);
  return free;
}

void Controller::apply(const command::ResetView& c) {
  // Frame the regions in the part of the window the bars and the events list leave free.
  CameraView view;
  if (frameBounds(state_.camera, data_.boundaries.regionBounds(), freeArea(), device(state_, 24), view))
    moveCamera(view, c.motion);
}

void Controller::apply(const command::ZoomToBounds& c) {
  // A cluster's members, with room for their markers around them; a single spot is not zoomed to.
  CameraView view;
  if (c.bounds.width() > 0 || c.bounds.height() > 0)
    if (frameBounds(state_.camera, c.bounds, freeArea(), device(state_, 48), view)) moveCamera(view, c.motion);
}

void Controller::apply(const command::GroupMarkers& c) { state_.grouping.enabled = c.grouped; }

void Controller::apply(const command::PanBy& c) {
  state_.flight = CameraAnimation();
  state_.camera.panByPixels(c.dx, c.dy);
}

void Controller::apply(const command::ZoomAbout& c) {
  state_.flight = CameraAnimation();
  state_.camera.zoomAbout(c.anchor, c.factor);
}

void Controller::restore(const Snapshot& snapshot) {
  state_.briefing.doc = snapshot.briefing;
  state_.briefing.slide = std::min(snapshot.slide, static_cast<int>(snapshot.briefing.slides.size()) - 1);
  state_.lesson.doc.annotations = *snapshot.annotations;
  if (state_.lesson.selected >= static_cast<int>(snapshot.annotations->size())) state_.lesson.selected = -1;
  select(snapshot.selection);
  moveCamera(snapshot.view, Motion::Fly);
}

// Undo and redo are the same move in opposite directions: the state now goes on one stack, the
// top of the other is restored.
void Controller::step(std::vector<Snapshot>& from, std::vector<Snapshot>& to) {
  if (from.empty()) return;
  to.push_back(snapshot());
  const Snapshot target = from.back();
  from.pop_back();
  restore(target);
  gesture_ = Gesture::None;
}

void Controller::apply(const command::Undo&) { step(undo_, redo_); }
void Controller::apply(const command::Redo&) { step(redo_, undo_); }

void Controller::apply(const command::ShowSearch& c) {
  state_.search.shown = c.shown;
  state_.search.chosen = 0;
  if (c.shown) state_.search.query.clear();
}

// A region is selected and framed; an event or place opens and the map flies to it. Undone with
// the selection and view, as a click would be.
void Controller::apply(const command::GoToFound& c) {
  state_.search.shown = false;
  if (c.kind == "event") return apply(command::SelectEvent{c.id, Motion::Fly});
  if (c.kind == "place") return apply(command::SelectPlace{c.id, Motion::Fly});
  if (c.kind != "region") {  // the geography: fly to it (a lake, a river's course, round a town)
    for (const SearchEntry& entry : data_.searchIndex().entries())
      if (entry.kind == c.kind && entry.id == c.id && !entry.bounds.empty())
        return apply(command::ZoomToBounds{entry.bounds, Motion::Fly});
    return;
  }
  const int region = data_.regionIndex(c.id);
  if (region < 0) return;
  apply(command::SelectRegion{c.id});
  // Framed beside the panel that opens with it.
  CameraView view;
  if (frameBounds(state_.camera, data_.boundaries.regions[static_cast<std::size_t>(region)].bounds, besideRegionPanel(),
                  device(state_, 48), view))
    moveCamera(view, Motion::Fly);
}

}  // namespace kg
