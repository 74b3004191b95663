#pragma once
// Carries out commands on the app state, and keeps the history that undo and redo walk. It
// reads no clock: the frame loop tells it the time, which drives flights.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <memory>
#include <string>
#include <vector>

#include "app/Commands.h"
#include "app/MapData.h"
#include "core/view/Framing.h"

namespace kg {

// How far Ctrl + and Ctrl - go: from three quarters of the designed size to three times it.
inline constexpr double kMinTextScale = 0.75, kMaxTextScale = 3.0, kTextScaleStep = 1.25;

class Controller {
 public:
  // The layer commands change data.catalog's layers; nothing else here changes the data.
  Controller(AppState& state, MapData& data) : state_(state), data_(data) { refilter(); }

  // Applies a command now. Commands that change the selection or the view are recorded for
  // undo; a run of pans or zooms in one gesture is recorded once.
  void dispatch(const Command& command);
  // Queues a command for the start of the next frame, after the first view has been framed
  // (start-up selections from the command line).
  void post(Command command) { posted_.push_back(std::move(command)); }
  void runPosted();

  // The frame loop's clock, in seconds; flights are functions of it.
  // Playing moves the timeline's date on by the time passed.
  void setTime(double seconds);
  // A short confirmation in the status bar, for a few seconds.
  void notify(std::string text) {
    state_.notice = std::move(text);
    state_.noticeUntil = now_ + 3.0;
  }
  double time() const { return now_; }
  // Screenshots and scripted runs jump where a person would see a flight.
  void setAnimate(bool animate) { animate_ = animate; }
  // Moves the camera along the flight under way, if any.
  void advanceFlight();
  // A new window size keeps the same ground in view.
  void resizeViewport(double width, double height);
  void setHover(Hover hover) { state_.hover = std::move(hover); }
  void quit() { state_.quit = true; }
  void setPointer(std::optional<ScreenPoint> pointer, bool down) {
    state_.pointer = pointer;
    state_.pointerDown = down;
  }
  void setCursor(std::optional<GeoPoint> cursor) { state_.cursor = cursor; }
  // Marks the end of a gesture (button released, wheel idle), so the next pan is a new step.
  void endGesture() { gesture_ = Gesture::None; }
  void clearHistory();
  // Forgets what belonged to the data shown before: history, queued commands, a flight under way.
  // The events shown are those of the new data that pass the filter.
  void reset() {
    clearHistory();
    posted_.clear();
    state_.flight = CameraAnimation();
    state_.timeline.following = false;
    state_.timeline.playback.playing = false;
    refilter();
  }

  // Where slide `index` puts the camera, as presenting it would (the presenter's picture of the
  // next slide); nothing for a slide that is not there or names nothing this data has.
  std::optional<CameraView> slideView(int index) const;

  bool canUndo() const { return !undo_.empty(); }
  bool canRedo() const { return !redo_.empty(); }

 private:
  struct Snapshot {
    Selection selection;
    CameraView view;
    Briefing briefing;  // a few kilobytes of text: kept whole rather than as the edit's inverse
    int slide = -1;
    // The lesson's: shared between the steps that did not change them (most steps pan or zoom),
    // so that a hundred steps of history hold one copy of a lesson's thousand pins, not a hundred.
    std::shared_ptr<const std::vector<Annotation>> annotations;
  };
  enum class Gesture { None, Pan, Zoom, Typing };
  void restore(const Snapshot& snapshot);
  void step(std::vector<Snapshot>& from, std::vector<Snapshot>& to);
  void moveCamera(const CameraView& to, Motion motion);
  void flyToPoint(GeoPoint point, Motion motion);
  void select(const Selection& next);
  void openMarker(const MarkerId& marker, GeoPoint point, Motion motion);
  Snapshot snapshot() const;
  // Recomputes the shown events; a selected event that is no longer shown is closed.
  void refilter();
  bool isShown(const std::string& eventId) const;

  void apply(const command::SelectRegion& c);
  void apply(const command::SelectEvent& c);
  void apply(const command::SelectPlace& c);
  void apply(const command::StepEvent& c);
  void apply(const command::OfferMarkers& c);
  void apply(const command::CloseInnermost& c);
  void apply(const command::CloseMarkerPanel& c);
  void apply(const command::OpenArticle& c);
  void apply(const command::CloseArticle& c);
  void apply(const command::SetLanguage& c);
  void apply(const command::ShowPlaces& c);
  void apply(const command::ShowGeography& c);
  void apply(const command::ShowEventList& c);
  void apply(const command::SetEventFilter& c);
  void apply(const command::ShowLayer& c);
  void apply(const command::ShowOpenDialog& c);
  void apply(const command::OpenEvents& c);
  void apply(const command::AddEventLayer& c);
  void apply(const command::RemoveLayer& c);
  void apply(const command::AddOverlay& c);
  void apply(const command::ShowOverlay& c);
  void apply(const command::RemoveOverlay& c);
  void apply(const command::MoveLayer& c);
  void apply(const command::ShowTimeline& c);
  void apply(const command::SetTimeRange& c);
  void apply(const command::PlayTimeline& c);
  void apply(const command::StepTimeline& c);
  void apply(const command::SetPlayback& c);
  // Starts following the playback date, from the brushed range or the whole data's.
  void followPlayback();
  void showPlaybackDate();
  void apply(const command::ResetView& c);
  void apply(const command::PanBy& c);
  void apply(const command::ZoomAbout& c);
  void apply(const command::ZoomToBounds& c);
  void apply(const command::GroupMarkers& c);
  // The part of the viewport the panels and bars leave free, in framebuffer pixels.
  Insets freeArea() const;
  Insets besideRegionPanel() const;  // what is free with the region's panel open on the right
  Insets slideArea(const Slide& slide) const;  // what a presented slide's title and passages leave free
  void apply(const command::ReadBriefing& c);
  void apply(const command::OpenBriefing& c);
  void apply(const command::ShowSlide& c);
  void apply(const command::NewBriefing& c);
  void apply(const command::EditBriefing& c);
  void apply(const command::AddViewAsSlide& c);
  void apply(const command::UseViewForSlide& c);
  void apply(const command::EditSlides& c);
  void apply(const command::SaveBriefing& c);
  void apply(const command::BriefingSaved& c);
  void apply(const command::CloseBriefing& c);
  void apply(const command::AnswerUnsaved& c);
  // What was waiting on unsaved changes, once they are saved or let go.
  void carryOut(AfterSaving then);
  void apply(const command::EndPresentation& c);
  void apply(const command::BlankScreen& c);
  void apply(const command::SetFullScreen& c) { state_.screen.fullScreen = c.on; }
  void apply(const command::OpenMenu& c) { state_.screen.menuAsked = c.index; }
  void apply(const command::SetHighContrast& c) { state_.screen.highContrast = c.on; }
  void apply(const command::StartQuiz& c);  // ControllerQuiz.cpp
  void apply(const command::AnswerQuiz& c);
  void apply(const command::NextQuestion& c);
  void apply(const command::EndQuiz& c);
  void apply(const command::OpenLesson& c);  // ControllerLesson.cpp
  void apply(const command::PlaceAnnotations& c);
  void apply(const command::AddAnnotation& c);
  void apply(const command::ChangeAnnotation& c);
  void apply(const command::RemoveAnnotation& c);
  void apply(const command::ChooseAnnotation& c);
  void apply(const command::SaveLesson& c);
  void apply(const command::CloseLesson& c);
  void apply(const command::AnswerLessonUnsaved& c);
  void finishLesson(AfterSaving then);  // what waited on the lesson's unsaved changes
  void apply(const command::SetProjector& c) {
    state_.screen.projector = c.on;
    state_.foldPanels = true;  // the events list folds to its title (or opens again)
  }
  void apply(const command::ShowPresenterView& c) { state_.briefing.presenterView = c.shown; }
  void apply(const command::ChooseProjection& c) {
    if (c.mode != state_.projectionMode) state_.projectionAsked = c.mode;
  }
  void apply(const command::ShowExportDialog& c) { state_.exportDialog.shown = c.shown; }
  void apply(const command::ShowSearch& c);
  void apply(const command::GoToFound& c);
  void apply(const command::UseTool& c) {
    state_.tool = c.name;
    state_.measure = MeasureState();
    if (c.name != "quiz") state_.quiz.quiz.reset();  // another tool ends a quiz
  }
  // A click off the globe (beyond a world map's outline) has no place: nothing is measured.
  void apply(const command::MeasurePoint& c) {
    if (isValid(c.point)) state_.measure.points.push_back(c.point);
  }
  void apply(const command::SetTextScale& c) { state_.screen.textScale = std::clamp(c.scale, kMinTextScale, kMaxTextScale); }
  void apply(const command::MeasureBack& c) {
    auto& points = state_.measure.points;
    if (c.all) points.clear();
    else if (!points.empty()) points.pop_back();
  }
  void apply(const command::Undo& c);
  void apply(const command::Redo& c);

  AppState& state_;
  MapData& data_;
  double now_ = 0;
  bool animate_ = true;
  Gesture gesture_ = Gesture::None;
  std::string typedText_;  // while typing: which text (editedText)
  std::vector<Snapshot> undo_, redo_;
  mutable std::shared_ptr<const std::vector<Annotation>> lastAnnotations_;  // the latest snapshot's
  std::vector<Command> posted_;
};

}  // namespace kg
