// The Controller's part in briefings: opening, editing (undone with the view), saving and the
// questions about unsaved changes, and showing slides.
#include "app/Controller.h"

#include <algorithm>
#include <utility>

#include "app/Translate.h"
#include "core/briefing/SlideFraming.h"
#include "core/io/SourceName.h"

namespace kg {

void Controller::apply(const command::ReadBriefing& c) { state_.briefing.requested = c.path; }

// A briefing read from a file or made new replaces the one open; the history goes with it, so
// undo never brings back slides of another briefing.
void Controller::apply(const command::OpenBriefing& c) {
  BriefingState& b = state_.briefing;
  const bool editing = b.editing, presenterView = b.presenterView;  // the windows stay as they are
  b = BriefingState();
  b.doc = b.saved = c.briefing;
  b.path = c.path;
  b.isOpen = true;
  b.editing = editing;
  b.presenterView = presenterView;
  clearHistory();
}

void Controller::apply(const command::NewBriefing&) {
  Briefing empty;
  empty.title = "Untitled briefing";
  apply(command::OpenBriefing{empty, ""});
  state_.briefing.editing = true;
}

void Controller::apply(const command::EditBriefing& c) {
  BriefingState& b = state_.briefing;
  b.slide = applyEdit(b.doc, c.edit, b.slide);
  b.isOpen = true;
}

// The slide a person would make of what they see: this view, the timeline's range, the layers
// shown, the event open and its passages (the one whose article is open, or its first two).
void Controller::apply(const command::AddViewAsSlide&) {
  Slide slide;
  const Selection& s = state_.selection;
  slide.view = centreView(state_.camera, freeArea());
  slide.time = state_.filter.time;
  slide.layersGiven = true;
  if (state_.showPlaces) slide.layers.push_back(kPlacesLayer);
  for (std::size_t i = 0; i < data_.catalog.layers.size(); ++i)
    if (state_.filter.showsLayer(static_cast<int>(i))) slide.layers.push_back(layerKey(data_.catalog.layers[i]));
  if (const Event* e = data_.catalog.findEvent(s.eventId)) {
    slide.event = e->id;
    slide.title = e->title;
    if (!s.articlePassage.empty()) {
      slide.passages = {s.articlePassage};
    } else {
      for (const Passage* p : data_.catalog.passagesForEvent(e->id))
        if (slide.passages.size() < 2) slide.passages.push_back(p->id);
    }
  }
  BriefingState& b = state_.briefing;
  if (slide.title.empty()) slide.title = "Slide " + std::to_string(b.doc.slides.size() + 1);
  if (!b.isOpen) apply(command::NewBriefing{});
  apply(command::EditBriefing{edit::InsertSlide{b.slide + 1, slide}});
}

void Controller::apply(const command::UseViewForSlide& c) {
  apply(command::EditBriefing{edit::SetSlideView{c.index, centreView(state_.camera, freeArea())}});
}

void Controller::apply(const command::EditSlides& c) {
  state_.briefing.editing = c.shown;
  if (c.shown && !state_.briefing.isOpen) apply(command::NewBriefing{});
}

void Controller::apply(const command::SaveBriefing& c) {
  BriefingState& b = state_.briefing;
  if (!b.isOpen) return;
  if (c.path.empty()) {  // Save As, or Save of a briefing never saved
    b.choosingFile = true;
    b.chosenPath = b.path.empty() ? "briefing.toml" : b.path;
    return;
  }
  b.choosingFile = false;
  b.confirmReplace = false;
  b.saveTo = c.path;
}

void Controller::apply(const command::BriefingSaved& c) {
  BriefingState& b = state_.briefing;
  b.saved = b.doc;
  b.path = c.path;
  notify(filled("Saved {file}", "file", sourceTitle(c.path)));
  carryOut(std::exchange(b.pending, AfterSaving::Nothing));
}

void Controller::apply(const command::CloseBriefing& c) {
  if (state_.briefing.unsaved()) {
    state_.briefing.pending = c.then;
    return;
  }
  carryOut(c.then);
}

void Controller::apply(const command::AnswerUnsaved& c) {
  BriefingState& b = state_.briefing;
  switch (c.answer) {
    case command::AnswerUnsaved::Save: apply(command::SaveBriefing{b.path}); break;  // carried out once saved
    case command::AnswerUnsaved::Discard:
      b.saved = b.doc;  // nothing is unsaved now: the changes are let go
      carryOut(std::exchange(b.pending, AfterSaving::Nothing));
      break;
    case command::AnswerUnsaved::Cancel:
      if (b.pending == AfterSaving::OpenRequested) b.requested.clear();
      b.pending = AfterSaving::Nothing;
      b.choosingFile = false;
      break;
  }
}

void Controller::carryOut(AfterSaving then) {
  switch (then) {
    case AfterSaving::Quit: state_.quit = true; break;
    case AfterSaving::StartNew: apply(command::NewBriefing{}); break;
    case AfterSaving::OpenRequested:  // the app reads state_.briefing.requested next frame
    case AfterSaving::Nothing: break;
  }
}

// A slide sets the time, the layers, the selection and the view it was made with; its passages
// are shown by the slide panel.
void Controller::apply(const command::ShowSlide& c) {
  BriefingState& b = state_.briefing;
  if (b.doc.slides.empty()) return;
  b.slide = std::clamp(c.index, 0, static_cast<int>(b.doc.slides.size()) - 1);
  if (c.present && !b.presenting) b.startedAt = now_;
  b.presenting = c.present;
  b.blank = false;
  const Slide& slide = b.doc.slides[static_cast<std::size_t>(b.slide)];
  state_.timeline.following = false;
  state_.timeline.playback.playing = false;
  state_.filter.time = slide.time;
  if (slide.layersGiven) {
    const auto named = [&](const std::string& key) {
      return std::find(slide.layers.begin(), slide.layers.end(), key) != slide.layers.end();
    };
    state_.showPlaces = named(kPlacesLayer);
    for (std::size_t i = 0; i < data_.catalog.layers.size(); ++i)
      state_.filter.showLayer(static_cast<int>(i), named(layerKey(data_.catalog.layers[i])));
  }
  refilter();
  Selection next;
  if (!slide.event.empty() && isShown(slide.event)) next.eventId = slide.event;
  select(next);
  if (const auto view = slideView(b.slide)) moveCamera(*view, c.motion);
}

std::optional<CameraView> Controller::slideView(int index) const {
  const auto& slides = state_.briefing.doc.slides;
  if (index < 0 || index >= static_cast<int>(slides.size())) return std::nullopt;
  const Slide& slide = slides[static_cast<std::size_t>(index)];
  const Insets insets = state_.briefing.presenting ? slideArea(slide) : freeArea();
  return slideCamera(slide.view, state_.camera, insets, data_.catalog, data_.boundaries.regions, device(state_, 32));
}

Insets Controller::slideArea(const Slide& slide) const {
  const double ratio = state_.screen.pixelRatio;
  const SlideBands bands = slideBands(state_, !slide.passages.empty());
  Insets insets;
  insets.top = bands.top * ratio;
  insets.bottom = (state_.screen.bottomInset + bands.bottom) * ratio;
  return insets;
}

void Controller::apply(const command::EndPresentation&) {
  state_.briefing.presenting = false;
  state_.briefing.blank = false;
}

void Controller::apply(const command::BlankScreen& c) { state_.briefing.blank = c.blank && state_.briefing.presenting; }

}  // namespace kg
