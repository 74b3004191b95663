#pragma once
// Every change to the selection, the view and the settings, as a value. Panels and map tools
// say what they want with a command; the Controller carries it out in one place, so closing a
// panel clears what depends on it the same way wherever it is closed, and undo comes with it.
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "app/AppState.h"
#include "core/briefing/BriefingEdit.h"
#include "core/events/Catalog.h"
#include "core/layers/Overlay.h"

namespace kg {

// How the camera gets to a newly selected thing.
enum class Motion {
  Stay,   // leave the view alone (the thing is under the pointer already)
  Jump,   // go there at once (start-up, screenshots)
  Fly,    // an animated flight, interruptible
};

namespace command {
struct SelectRegion { std::string id; };                        // "" clears the region
struct SelectEvent { std::string id; Motion motion = Motion::Stay; };
struct SelectPlace { std::string id; Motion motion = Motion::Stay; };
struct StepEvent { int direction = 1; };                         // next / previous in time
struct OfferMarkers { std::vector<MarkerId> markers; };          // several under one click
struct CloseInnermost {};                                        // Esc: article, panel, selection
struct CloseMarkerPanel {};                                      // the event or place panel
struct OpenArticle { std::string passageId; };
struct CloseArticle {};
struct SetLanguage { Language language = Language::English; };
struct ShowPlaces { bool shown = true; };
struct ShowGeography { GeographyLayers layers; };
struct ShowEventList { bool shown = true; };
struct ResetView { Motion motion = Motion::Jump; };              // the whole data set, inside the panels
struct PanBy { double dx = 0, dy = 0; };                         // framebuffer pixels
struct ZoomAbout { ScreenPoint anchor; double factor = 1; };
struct ZoomToBounds { Bounds bounds; Motion motion = Motion::Fly; };  // map metres, framed inside the panels
struct GroupMarkers { bool grouped = true; };                     // View > Group overlapping markers
struct SetEventFilter { EventFilter filter; };                 // which events are shown
struct ShowLayer { int layer = 0; bool shown = true; };          // an events layer on or off
struct ShowOpenDialog { bool shown = true; };
struct ShowExportDialog { bool shown = true; };                  // File > Export, Ctrl+E
struct ShowSearch { bool shown = true; };                        // Edit > Find, Ctrl+F
struct GoToFound { std::string kind, id; };                      // a match: select it and fly there
struct SetTextScale { double scale = 1; };                      // Ctrl + / Ctrl - / Ctrl 0: all text, for a projector
struct UseTool { std::string name = "browse"; };                 // Tools menu: browse, measure
struct MeasurePoint { GeoPoint point; };                         // the measure tool's next point
struct MeasureBack { bool all = false; };                        // the last point off (all: every one)                    // File > Open, Ctrl+O
struct OpenEvents { std::string source; };                       // File > Open: read it in the background
struct AddEventLayer { std::shared_ptr<LoadedLayer> layer; };    // what an open read, joined to the events
struct RemoveLayer { int layer = 0; };
struct MoveLayer { int from = 0, to = 0; };                      // the first layer is drawn on top
struct AddOverlay { std::shared_ptr<OverlayLayer> overlay; };    // boundaries or lines opened beside the map
struct ShowOverlay { int overlay = 0; bool shown = true; };
struct RemoveOverlay { int overlay = 0; };
struct ShowTimeline { bool shown = true; };
struct SetTimeRange { TimeRange range; };                        // the timeline's brush; ends playback
struct PlayTimeline { bool playing = true; };                    // from the start again once at the end
struct StepTimeline { int steps = 1; };                          // by hand, paused
struct SetPlayback { TimeStep step = TimeStep::Month; double stepsPerSecond = 2; bool cumulative = true; int windowSteps = 3; };
struct ReadBriefing { std::string path; };                     // the app reads it, then opens it
struct OpenBriefing { Briefing briefing; std::string path; };  // ready to present
struct ShowSlide { int index = 0; Motion motion = Motion::Fly; bool present = true; };  // from 0; not presented: shown in the window to edit
struct NewBriefing {};                                           // an empty, unsaved briefing to add slides to
struct EditBriefing { BriefingEdit edit; };                      // undone and redone with the view
struct AddViewAsSlide {};                                        // after the slide shown: this view, time, layers, event
struct UseViewForSlide { int index = 0; };                       // the slide shows this view from now on
struct EditSlides { bool shown = true; };                        // the slides panel
struct SaveBriefing { std::string path; };                       // "" asks for a file (Save As); the app writes it
struct CloseBriefing { AfterSaving then = AfterSaving::Nothing; };  // asks first when there are unsaved changes
struct AnswerUnsaved { enum Answer { Save, Discard, Cancel } answer = Cancel; };  // "save the changes?"
struct BriefingSaved { std::string path; };                      // the app wrote it there
struct EndPresentation {};
struct ShowPresenterView { bool shown = true; };                 // the presenter's window: notes, next slide, time
struct BlankScreen { bool blank = true; };
struct SetFullScreen { bool on = true; };                        // F11
struct OpenMenu { int index = 0; };                              // F10: the first; Alt+F, E, V, T, B, H: that one
struct StartQuiz { std::string path; };                          // Tools > Quiz: "" for the bundled lesson
struct AnswerQuiz { GeoPoint at; };                              // a click on the map while quizzing
struct NextQuestion {};                                          // Enter, or Next
struct EndQuiz {};                                               // Esc, or End
struct OpenLesson { std::string path; };                         // its annotations shown, its questions for the quiz
struct PlaceAnnotations { Annotation::Kind kind = Annotation::Kind::Pin; };  // what a click puts on the map
struct AddAnnotation { Annotation annotation; };                 // chosen once added
struct ChangeAnnotation { int index = 0; Annotation annotation; };  // its label typed, or moved
struct RemoveAnnotation { int index = 0; };
struct ChooseAnnotation { int index = -1; };                     // -1: none
struct SaveLesson { std::string path; bool replace = false; };   // "" asks for a file; replace: asked and said yes
struct CloseLesson { AfterSaving then = AfterSaving::Nothing; }; // asks first when annotations are unsaved
struct AnswerLessonUnsaved { AnswerUnsaved::Answer answer = AnswerUnsaved::Cancel; };
struct SetHighContrast { bool on = true; };                      // View > High contrast
struct SetProjector { bool on = true; };                         // View > Projector mode: high contrast, panels folded
struct ChooseProjection { ProjectionMode mode; };                // View > Projection: the map read again in it
struct Undo {};
struct Redo {};
}  // namespace command

using Command = std::variant<command::SelectRegion, command::SelectEvent, command::SelectPlace, command::StepEvent,
                             command::OfferMarkers, command::CloseInnermost, command::CloseMarkerPanel,
                             command::OpenArticle, command::CloseArticle, command::SetLanguage, command::ShowPlaces, command::ShowGeography,
                             command::ShowEventList, command::SetEventFilter, command::ShowLayer, command::ShowTimeline,
                             command::SetTimeRange, command::PlayTimeline, command::StepTimeline, command::SetPlayback,
                             command::ResetView, command::PanBy, command::ZoomAbout, command::ZoomToBounds,
                             command::GroupMarkers, command::ShowOpenDialog, command::ShowExportDialog, command::ShowSearch, command::GoToFound,
                             command::UseTool, command::MeasurePoint, command::MeasureBack, command::SetTextScale, command::OpenEvents, command::AddEventLayer,
                             command::RemoveLayer, command::MoveLayer, command::AddOverlay, command::ShowOverlay,
                             command::RemoveOverlay, command::ReadBriefing, command::OpenBriefing, command::ShowSlide,
                             command::NewBriefing, command::EditBriefing, command::AddViewAsSlide,
                             command::UseViewForSlide, command::EditSlides, command::SaveBriefing,
                             command::CloseBriefing, command::AnswerUnsaved, command::BriefingSaved, command::EndPresentation, command::ShowPresenterView, command::BlankScreen, command::SetFullScreen, command::OpenMenu,
                             command::SetHighContrast, command::SetProjector, command::ChooseProjection, command::StartQuiz, command::AnswerQuiz,
                             command::NextQuestion, command::EndQuiz, command::OpenLesson, command::PlaceAnnotations,
                             command::AddAnnotation, command::ChangeAnnotation, command::RemoveAnnotation,
                             command::ChooseAnnotation, command::SaveLesson, command::CloseLesson, command::AnswerLessonUnsaved,
                             command::Undo, command::Redo>;

}  // namespace kg
