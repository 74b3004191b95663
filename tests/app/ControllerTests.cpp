// Commands on the app state, without a window: selection by id, what closing clears, undo and
// redo of view and selection, and flights driven by the time the frame loop passes in.
#include <catch2/catch.hpp>

#include "app/Controller.h"
#include "support/TestData.h"

using namespace kg;

namespace {

MapData& data() {
  static MapData d = [] {
    MapData m;
    m.boundaries = test::bundled();
    m.catalog = loadCatalog(CatalogPaths::bundled(), m.boundaries, Projection());
    m.index();
    return m;
  }();
  return d;
}

struct Fixture {
  AppState state;
  Controller commands{state, data()};
  Fixture() {
    state.camera.setViewport(1200, 800);
    commands.dispatch(command::ResetView{Motion::Jump});
    commands.clearHistory();
  }
};

}  // namespace

TEST_CASE("selecting an event by id opens it, and an unknown id changes nothing", "[controller]") {
  Fixture f;
  f.commands.dispatch(command::SelectEvent{"osh"});
  CHECK(f.state.selection.eventId == "osh");
  f.commands.dispatch(command::SelectEvent{"no-such-event"});
  CHECK(f.state.selection.eventId == "osh");
  f.commands.dispatch(command::SelectRegion{"KG-NOPE"});
  CHECK(f.state.selection.regionId.empty());
  CHECK(f.state.selection.eventId.empty());  // a click on the map away from markers closes the event
}

TEST_CASE("Esc closes the article, then the event, then the region", "[controller]") {
  Fixture f;
  f.commands.dispatch(command::SelectRegion{"KG-N"});
  f.commands.dispatch(command::SelectEvent{"osh"});
  const Passage* p = data().catalog.passagesForEvent("osh").front();
  f.commands.dispatch(command::OpenArticle{p->id});
  REQUIRE(f.state.selection.articlePassage == p->id);
  f.commands.dispatch(command::CloseInnermost{});
  CHECK(f.state.selection.articlePassage.empty());
  CHECK(f.state.selection.eventId == "osh");
  f.commands.dispatch(command::CloseInnermost{});
  CHECK(f.state.selection.eventId.empty());
  CHECK(f.state.selection.regionId == "KG-N");
  f.commands.dispatch(command::CloseInnermost{});
  CHECK(f.state.selection.regionId.empty());
}

TEST_CASE("closing the event panel closes its article too", "[controller]") {
  Fixture f;
  f.commands.dispatch(command::SelectEvent{"koy-tash"});
  f.commands.dispatch(command::OpenArticle{data().catalog.passagesForEvent("koy-tash").front()->id});
  f.commands.dispatch(command::CloseMarkerPanel{});
  CHECK(f.state.selection.eventId.empty());
  CHECK(f.state.selection.articlePassage.empty());
}

TEST_CASE("stepping goes through the events in time order and wraps", "[controller]") {
  Fixture f;
  const auto& events = data().catalog.events;
  f.commands.dispatch(command::StepEvent{1});
  CHECK(f.state.selection.eventId == events.front().id);
  f.commands.dispatch(command::StepEvent{-1});
  CHECK(f.state.selection.eventId == events.back().id);
  f.commands.dispatch(command::StepEvent{1});
  CHECK(f.state.selection.eventId == events.front().id);
}

TEST_CASE("undo and redo walk back and forth through selection and view", "[controller][undo]") {
  Fixture f;
  const CameraView start = viewOf(f.state.camera);
  f.commands.dispatch(command::SelectRegion{"KG-N"});
  f.commands.dispatch(command::PanBy{100, 0});
  const CameraView panned = viewOf(f.state.camera);
  REQUIRE_FALSE(panned == start);
  f.commands.dispatch(command::SelectEvent{"osh"});

  f.commands.dispatch(command::Undo{});
  CHECK(f.state.selection.eventId.empty());
  f.commands.dispatch(command::Undo{});
  f.commands.setTime(100);  // undo flies back: let the flight end
  f.commands.advanceFlight();
  CHECK(viewOf(f.state.camera) == start);
  CHECK(f.state.selection.regionId == "KG-N");
  f.commands.dispatch(command::Undo{});
  CHECK(f.state.selection.regionId.empty());
  CHECK_FALSE(f.commands.canUndo());

  f.commands.dispatch(command::Redo{});
  f.commands.dispatch(command::Redo{});
  f.commands.setTime(200);
  f.commands.advanceFlight();
  CHECK(viewOf(f.state.camera) == panned);
  f.commands.dispatch(command::Redo{});
  CHECK(f.state.selection.eventId == "osh");
  CHECK_FALSE(f.commands.canRedo());
}

TEST_CASE("one drag is one step to undo, and a new change clears redo", "[controller][undo]") {
  Fixture f;
  const CameraView start = viewOf(f.state.camera);
  for (int i = 0; i < 20; ++i) f.commands.dispatch(command::PanBy{5, 3});
  f.commands.endGesture();
  f.commands.dispatch(command::Undo{});
  f.commands.setTime(10);
  f.commands.advanceFlight();
  CHECK(viewOf(f.state.camera) == start);
  CHECK_FALSE(f.commands.canUndo());
  REQUIRE(f.commands.canRedo());
  f.commands.dispatch(command::SelectRegion{"KG-T"});
  CHECK_FALSE(f.commands.canRedo());
}

TEST_CASE("language and layers are settings, not steps to undo", "[controller][undo]") {
  Fixture f;
  f.commands.dispatch(command::SetLanguage{Language::Kyrgyz});
  f.commands.dispatch(command::ShowPlaces{false});
  CHECK(f.state.language == Language::Kyrgyz);
  CHECK_FALSE(f.state.showPlaces);
  CHECK_FALSE(f.commands.canUndo());
}

TEST_CASE("a flight to an event moves and zooms with the time passed in", "[controller][animation]") {
  Fixture f;
  f.commands.setTime(5.0);
  const CameraView start = viewOf(f.state.camera);
  f.commands.dispatch(command::SelectEvent{"osh", Motion::Fly});
  const MapPoint osh = f.state.camera.projection().forward(data().catalog.findEvent("osh")->point);
  f.commands.advanceFlight();
  CHECK(viewOf(f.state.camera) == start);  // no time has passed
  f.commands.setTime(5.4);
  f.commands.advanceFlight();
  const CameraView middle = viewOf(f.state.camera);
  CHECK(middle.metresPerPixel < start.metresPerPixel);
  CHECK(middle.metresPerPixel > 450);
  f.commands.setTime(6.0);
  f.commands.advanceFlight();
  CHECK(f.state.camera.centre().x == Approx(osh.x));
  CHECK(f.state.camera.centre().y == Approx(osh.y));
  CHECK(f.state.camera.metresPerPixel() == Approx(450));  // close enough to see the place
  CHECK_FALSE(f.state.flight.active());
}

TEST_CASE("a resize keeps the same ground in view", "[controller]") {
  Fixture f;
  Bounds before = f.state.camera.visibleBounds();
  f.commands.resizeViewport(600, 400);
  CHECK(f.state.camera.visibleBounds().width() == Approx(before.width()));
  CHECK(f.state.camera.visibleBounds().height() == Approx(before.height()));
  before = f.state.camera.visibleBounds();
  f.commands.resizeViewport(2400, 400);  // much wider: the height decides, nothing is cut off
  CHECK(f.state.camera.visibleBounds().height() == Approx(before.height()));
  CHECK(f.state.camera.visibleBounds().width() > before.width());
  before = f.state.camera.visibleBounds();
  f.commands.resizeViewport(1200, 1600);  // much taller: the width decides
  CHECK(f.state.camera.visibleBounds().width() == Approx(before.width()));
  CHECK(f.state.camera.visibleBounds().height() > before.height());
}

TEST_CASE("hiding the places closes a place's panel, and undo brings both back in order", "[controller][undo]") {
  Fixture f;
  f.commands.dispatch(command::SelectPlace{"kumtor"});
  REQUIRE(f.state.selection.placeId == "kumtor");
  f.commands.dispatch(command::ShowPlaces{false});
  CHECK(f.state.selection.placeId.empty());
  f.commands.dispatch(command::Undo{});
  CHECK(f.state.selection.placeId == "kumtor");
  f.commands.dispatch(command::Undo{});
  CHECK(f.state.selection.placeId.empty());
  CHECK_FALSE(f.commands.canUndo());
}

TEST_CASE("an article opens only for a passage that exists", "[controller]") {
  Fixture f;
  f.commands.dispatch(command::SelectEvent{"osh"});
  f.commands.dispatch(command::OpenArticle{"no-such-passage"});
  CHECK(f.state.selection.articlePassage.empty());
  f.commands.dispatch(command::Undo{});  // the one step is the event, not a phantom article
  CHECK(f.state.selection.eventId.empty());
}

TEST_CASE("new data forgets the old data's flight, queue and history", "[controller]") {
  Fixture f;
  f.commands.setTime(1);
  f.commands.dispatch(command::SelectEvent{"osh", Motion::Fly});
  f.commands.post(command::SelectEvent{"koy-tash"});
  REQUIRE(f.state.flight.active());
  f.commands.reset();
  CHECK_FALSE(f.state.flight.active());
  CHECK_FALSE(f.commands.canUndo());
  f.commands.runPosted();
  CHECK(f.state.selection.eventId == "osh");  // the queued selection was dropped
}

TEST_CASE("stepping back with no event open starts from the last event", "[controller]") {
  Fixture f;
  const auto& events = data().catalog.events;
  f.commands.dispatch(command::StepEvent{-1});
  CHECK(f.state.selection.eventId == events.back().id);
  f.commands.dispatch(command::StepEvent{-1});
  CHECK(f.state.selection.eventId == events[events.size() - 2].id);
}

TEST_CASE("opening another marker closes the article of the one before", "[controller]") {
  Fixture f;
  f.commands.dispatch(command::SelectEvent{"osh"});
  f.commands.dispatch(command::OpenArticle{data().catalog.passagesForEvent("osh").front()->id});
  REQUIRE_FALSE(f.state.selection.articlePassage.empty());
  f.commands.dispatch(command::SelectEvent{"koy-tash"});
  CHECK(f.state.selection.eventId == "koy-tash");
  CHECK(f.state.selection.articlePassage.empty());
  f.commands.dispatch(command::OpenArticle{data().catalog.passagesForEvent("koy-tash").front()->id});
  f.commands.dispatch(command::SelectPlace{"kumtor"});
  CHECK(f.state.selection.articlePassage.empty());
  CHECK(f.state.selection.eventId.empty());
}

TEST_CASE("a flight's target, not a point on the way, is what undo returns to", "[controller][undo]") {
  Fixture f;
  f.commands.setTime(1.0);
  f.commands.dispatch(command::SelectEvent{"osh", Motion::Fly});
  const CameraView oshView = f.state.flight.target();
  f.commands.setTime(1.3);  // mid-flight, a region is chosen from the list
  f.commands.advanceFlight();
  REQUIRE_FALSE(viewOf(f.state.camera) == oshView);
  f.commands.dispatch(command::SelectRegion{"KG-N"});
  f.commands.setTime(10);
  f.commands.advanceFlight();
  f.commands.dispatch(command::Undo{});  // back to Osh, where the flight was going
  f.commands.setTime(20);
  f.commands.advanceFlight();
  CHECK(f.state.selection.eventId == "osh");
  CHECK(viewOf(f.state.camera) == oshView);
}

TEST_CASE("a fly-to zooms in from the country view to see the place", "[controller][animation]") {
  Fixture f;
  const double countryScale = f.state.camera.metresPerPixel();
  REQUIRE(countryScale > 450);
  f.commands.dispatch(command::SelectEvent{"bishkek-white-house", Motion::Jump});
  CHECK(f.state.camera.metresPerPixel() == Approx(450));
  // Already closer than that: the scale is kept, but never closer than 60 m a pixel.
  f.commands.dispatch(command::ZoomAbout{{600, 400}, 450.0 / 200});
  f.commands.dispatch(command::SelectEvent{"osh", Motion::Jump});
  CHECK(f.state.camera.metresPerPixel() == Approx(200));
  f.commands.dispatch(command::ZoomAbout{{600, 400}, 200.0 / 10});
  f.commands.dispatch(command::SelectEvent{"koy-tash", Motion::Jump});
  CHECK(f.state.camera.metresPerPixel() == Approx(60));
}

TEST_CASE("a time filter hides events: stepping skips them and a hidden selection closes", "[controller][time]") {
  Fixture f;
  CHECK(f.state.shownEvents.size() == 5);
  f.commands.dispatch(command::SelectEvent{"osh"});
  REQUIRE(f.state.selection.eventId == "osh");
  EventFilter october;
  october.time = *parseTimeRange("2020-10-01/2020-10-31");
  f.commands.dispatch(command::SetEventFilter{october});
  CHECK(f.state.shownEvents.size() == 3);
  CHECK(f.state.selection.eventId.empty());  // Osh (June 2010) is no longer on the map
  f.commands.dispatch(command::SelectEvent{"koy-tash"});
  CHECK(f.state.selection.eventId.empty());  // nor can it be opened
  f.commands.dispatch(command::StepEvent{1});
  CHECK(f.state.selection.eventId == "bishkek-white-house");
  f.commands.dispatch(command::StepEvent{1});
  f.commands.dispatch(command::StepEvent{1});
  CHECK(f.state.selection.eventId == "naryn-coal-mine");
  f.commands.dispatch(command::StepEvent{1});
  CHECK(f.state.selection.eventId == "bishkek-white-house");  // round to the first shown
  f.commands.dispatch(command::StepEvent{-1});
  CHECK(f.state.selection.eventId == "naryn-coal-mine");
  f.commands.dispatch(command::SetEventFilter{});
  CHECK(f.state.shownEvents.size() == 5);
  CHECK(f.state.selection.eventId == "naryn-coal-mine");  // still shown: still open
}

TEST_CASE("hiding an events layer hides its events and closes one that is open", "[controller][layers]") {
  Fixture f;
  f.commands.dispatch(command::SelectEvent{"osh"});
  f.commands.dispatch(command::ShowLayer{0, false});
  CHECK(f.state.shownEvents.empty());
  CHECK(f.state.selection.eventId.empty());
  f.commands.dispatch(command::ShowLayer{0, true});
  CHECK(f.state.shownEvents.size() == 5);
  CHECK(f.state.filter.hiddenLayers.empty());
}

TEST_CASE("a slide sets the time, layers, selection and view it names, and presenting is not undone step by step",
          "[controller][briefing]") {
  Fixture f;
  auto read = parseBriefing(R"(title = "T"
[[slide]]
title = "Osh"
frame_events = ["osh"]
time = "2010"
layers = ["events.geojson"]
event = "osh"
[[slide]]
title = "All"
)", "t.toml");
  REQUIRE(read);
  f.commands.dispatch(command::OpenEvents{"talk.toml"});  // File > Open of a .toml is a briefing
  CHECK(f.state.briefing.requested == "talk.toml");
  CHECK(f.state.layerLoad.requested.empty());
  f.commands.dispatch(command::OpenBriefing{read->briefing, "t.toml"});
  CHECK(f.state.briefing.requested.empty());
  const CameraView before = viewOf(f.state.camera);
  f.commands.dispatch(command::ShowSlide{0, Motion::Jump});
  CHECK(f.state.briefing.presenting);
  CHECK(f.state.briefing.slide == 0);
  CHECK(f.state.filter.time.text() == "2010-01-01/2010-12-31");
  CHECK_FALSE(f.state.showPlaces);
  CHECK(f.state.selection.eventId == "osh");
  CHECK(f.state.shownEvents.size() == 1);
  const MapPoint osh = f.state.camera.projection().forward(data().catalog.findEvent("osh")->point);
  CHECK(f.state.camera.visibleBounds().contains(osh));
  CHECK(f.state.camera.metresPerPixel() < before.metresPerPixel);
  f.commands.dispatch(command::ShowSlide{5, Motion::Jump});  // past the end: the last
  CHECK(f.state.briefing.slide == 1);
  CHECK(f.state.selection.eventId.empty());
  f.commands.dispatch(command::BlankScreen{true});
  CHECK(f.state.briefing.blank);
  f.commands.dispatch(command::EndPresentation{});
  CHECK_FALSE(f.state.briefing.presenting);
  CHECK_FALSE(f.state.briefing.blank);
  CHECK(f.state.briefing.slide == 1);  // Shift+F5 goes on from here
  CHECK_FALSE(f.commands.canUndo());
}

TEST_CASE("slide edits are undone and redone with the view, typing one text is one step, and what differs from the "
          "file is unsaved",
          "[controller][briefing][edit]") {
  Fixture f;
  Briefing b;
  b.title = "T";
  b.slides.resize(2);
  b.slides[0].title = "One";
  b.slides[1].title = "Two";
  f.commands.dispatch(command::OpenBriefing{b, "t.toml"});
  CHECK_FALSE(f.state.briefing.unsaved());

  f.commands.dispatch(command::EditBriefing{edit::DuplicateSlide{0}});
  CHECK(f.state.briefing.doc.slides.size() == 3);
  CHECK(f.state.briefing.slide == 1);
  CHECK(f.state.briefing.unsaved());
  for (const char* typed : {"O", "On", "One!"}) f.commands.dispatch(command::EditBriefing{edit::SetSlideTitle{1, typed}});
  f.commands.dispatch(command::EditBriefing{edit::SetSlideNotes{1, "say"}});
  f.commands.dispatch(command::EditBriefing{edit::SetSlideTitle{1, "One!!"}});  // typing again after the notes

  f.commands.dispatch(command::Undo{});
  CHECK(f.state.briefing.doc.slides[1].title == "One!");
  f.commands.dispatch(command::Undo{});
  CHECK(f.state.briefing.doc.slides[1].notes.empty());
  f.commands.dispatch(command::Undo{});  // the three letters at once
  CHECK(f.state.briefing.doc.slides[1].title == "One");
  f.commands.dispatch(command::Undo{});
  CHECK(f.state.briefing.doc.slides.size() == 2);
  CHECK_FALSE(f.state.briefing.unsaved());  // back as it was read
  f.commands.dispatch(command::Redo{});
  CHECK(f.state.briefing.doc.slides.size() == 3);

  f.commands.dispatch(command::BriefingSaved{"u.toml"});
  CHECK_FALSE(f.state.briefing.unsaved());
  CHECK(f.state.briefing.path == "u.toml");
  // Another briefing opened: undo never brings back the slides of this one.
  f.commands.dispatch(command::OpenBriefing{b, "t.toml"});
  CHECK_FALSE(f.commands.canUndo());
}

TEST_CASE("the current view added as a slide keeps the view, time, layers, event and its passages",
          "[controller][briefing][edit]") {
  Fixture f;
  f.commands.dispatch(command::SelectEvent{"osh", Motion::Jump});
  f.commands.dispatch(command::SetTimeRange{*parseTimeRange("2010")});
  f.commands.dispatch(command::ShowPlaces{false});
  f.commands.dispatch(command::EditSlides{true});
  f.commands.dispatch(command::ZoomAbout{{500, 300}, 1.7});
  const CameraView seen = viewOf(f.state.camera);
  f.commands.dispatch(command::AddViewAsSlide{});
  const BriefingState& b = f.state.briefing;
  REQUIRE(b.isOpen);
  REQUIRE(b.doc.slides.size() == 1);
  CHECK(b.editing);
  const Slide& s = b.doc.slides[0];
  CHECK(s.title == data().catalog.findEvent("osh")->title);
  CHECK(s.event == "osh");
  CHECK(s.time.text() == "2010-01-01/2010-12-31");
  CHECK(s.layersGiven);
  CHECK(s.layers == std::vector<std::string>{layerKey(data().catalog.layers[0])});
  const auto passages = data().catalog.passagesForEvent("osh");
  REQUIRE(passages.size() >= 2);
  CHECK(s.passages == std::vector<std::string>{passages[0]->id, passages[1]->id});
  CHECK(s.view.kind == SlideView::Kind::Centre);
  // Shown again, the slide gives the view it was made from (to the file's rounding: 10 m, 50 m across).
  f.commands.dispatch(command::ResetView{Motion::Jump});
  f.commands.dispatch(command::ShowSlide{0, Motion::Jump, false});
  CHECK_FALSE(b.presenting);
  const CameraView again = viewOf(f.state.camera);
  CHECK(std::abs(again.centre.x - seen.centre.x) < 30);
  CHECK(std::abs(again.centre.y - seen.centre.y) < 30);
  CHECK(again.metresPerPixel == Approx(seen.metresPerPixel).epsilon(0.002));

  // With an article open, that passage alone.
  f.commands.dispatch(command::OpenArticle{passages[1]->id});
  f.commands.dispatch(command::AddViewAsSlide{});
  REQUIRE(b.doc.slides.size() == 2);
  CHECK(b.slide == 1);
  CHECK(b.doc.slides[1].passages == std::vector<std::string>{passages[1]->id});
  f.commands.dispatch(command::Undo{});
  CHECK(b.doc.slides.size() == 1);
}

TEST_CASE("closing with unsaved changes asks: saving or letting them go carries on, Cancel stays",
          "[controller][briefing][edit]") {
  Fixture f;
  f.commands.dispatch(command::NewBriefing{});
  CHECK_FALSE(f.state.briefing.unsaved());  // nothing in it yet
  f.commands.dispatch(command::CloseBriefing{AfterSaving::Quit});
  CHECK(f.state.quit);  // nothing to lose: it closes
  f.state.quit = false;

  f.commands.dispatch(command::AddViewAsSlide{});
  f.commands.dispatch(command::CloseBriefing{AfterSaving::Quit});
  CHECK_FALSE(f.state.quit);
  CHECK(f.state.briefing.pending == AfterSaving::Quit);
  f.commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Cancel});
  CHECK(f.state.briefing.pending == AfterSaving::Nothing);
  CHECK_FALSE(f.state.quit);

  // Save of a briefing never saved asks for a file; once written, the close goes on.
  f.commands.dispatch(command::CloseBriefing{AfterSaving::Quit});
  f.commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Save});
  CHECK(f.state.briefing.choosingFile);
  CHECK(f.state.briefing.saveTo.empty());
  f.commands.dispatch(command::SaveBriefing{"talk.toml"});
  CHECK(f.state.briefing.saveTo == "talk.toml");  // the app writes it...
  CHECK_FALSE(f.state.quit);
  f.commands.dispatch(command::BriefingSaved{"talk.toml"});  // ...and says so
  CHECK(f.state.quit);
  f.state.quit = false;

  // Another briefing asked for while this one has changes: Cancel forgets the request.
  f.commands.dispatch(command::EditBriefing{edit::SetBriefingTitle{"Changed"}});
  f.commands.dispatch(command::ReadBriefing{"other.toml"});
  f.commands.dispatch(command::CloseBriefing{AfterSaving::OpenRequested});
  f.commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Cancel});
  CHECK(f.state.briefing.requested.empty());
  CHECK(f.state.briefing.doc.title == "Changed");
  // Don't save: a new briefing in its place.
  f.commands.dispatch(command::CloseBriefing{AfterSaving::StartNew});
  f.commands.dispatch(command::AnswerUnsaved{command::AnswerUnsaved::Discard});
  CHECK(f.state.briefing.doc.slides.empty());
  CHECK(f.state.briefing.path.empty());
  CHECK_FALSE(f.state.briefing.unsaved());
}

TEST_CASE("File > Open of a lesson opens it with its annotations, and another asks first when marks are unsaved",
          "[controller][annotate]") {
  Fixture f;
  const std::string dir = test::scratchDir("controller-lesson");
  const std::string lesson = dir + "/marks.toml", other = dir + "/other.toml", briefing = dir + "/talk.toml";
  test::writeFile(lesson, "title = \"Marks\"\n[[annotation]]\npin = [42.49, 78.39]\nlabel = \"Karakol\"\n");
  test::writeFile(other, "title = \"Other\"\n[[question]]\nfind = \"region:KG-N\"\n");
  test::writeFile(briefing, "title = \"Talk\"\n[[slide]]\ntitle = \"One\"\n");
  f.commands.dispatch(command::OpenEvents{lesson});
  CHECK(f.state.lesson.path == lesson);
  REQUIRE(f.state.lesson.doc.annotations.size() == 1);
  CHECK(f.state.quiz.path == lesson);  // the quiz asks this lesson's questions
  CHECK(f.state.briefing.requested.empty());
  f.commands.dispatch(command::OpenEvents{briefing});  // a briefing is still opened as one
  CHECK(f.state.briefing.requested == briefing);
  CHECK(f.state.lesson.path == lesson);

  // A mark added, undone and redone; unsaved, so opening another lesson asks first.
  Annotation a;
  a.kind = Annotation::Kind::Arrow;
  a.at = {40.0, 74.0};
  a.to = {40.53, 72.80};
  f.commands.dispatch(command::AddAnnotation{a});
  CHECK(f.state.lesson.selected == 1);
  CHECK(f.state.lesson.unsaved());
  f.commands.dispatch(command::Undo{});
  CHECK(f.state.lesson.doc.annotations.size() == 1);
  CHECK_FALSE(f.state.lesson.unsaved());
  f.commands.dispatch(command::Redo{});
  CHECK(f.state.lesson.doc.annotations.size() == 2);
  f.commands.dispatch(command::OpenEvents{other});
  CHECK(f.state.lesson.pending == AfterSaving::OpenRequested);
  CHECK(f.state.lesson.path == lesson);
  // Don't save: the other lesson opens, and the file keeps what it had.
  f.commands.dispatch(command::AnswerLessonUnsaved{command::AnswerUnsaved::Discard});
  CHECK(f.state.lesson.path == other);
  CHECK(f.state.lesson.doc.annotations.empty());
  CHECK(f.state.lesson.doc.questions.size() == 1);
  CHECK(readLesson(lesson)->lesson.annotations.size() == 1);
}

TEST_CASE("a region found with Find is framed beside the panel that opens with it", "[controller][region]") {
  Fixture f;
  f.commands.dispatch(command::GoToFound{"region", "KG-Y"});
  CHECK(f.state.selection.regionId == "KG-Y");
  f.commands.setTime(100);
  f.commands.advanceFlight();
  const Bounds& b = data().boundaries.regions[static_cast<std::size_t>(data().regionIndex("KG-Y"))].bounds;
  const double panelLeft = f.state.camera.viewportWidth() - regionPanelWidth(f.state) - 2 * panelMargin(f.state);
  CHECK(f.state.camera.mapToScreen({b.maxX, b.minY}).x <= panelLeft + 1);
  CHECK(f.state.camera.mapToScreen({b.minX, b.maxY}).x >= 0);
}
