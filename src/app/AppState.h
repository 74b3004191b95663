#pragma once
// The program's state as plain data: what the panels read and what commands change. The
// selection holds ids, never indices or pointers into data that can be reloaded or reordered.
#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/briefing/Briefing.h"
#include "core/events/Clustering.h"
#include "core/events/EventFilter.h"
#include "core/events/MarkerHits.h"
#include "core/lesson/Lesson.h"
#include "core/lesson/Quiz.h"
#include "core/time/Timeline.h"
#include "core/geo/ProjectionChoice.h"
#include "core/geometry/Feature.h"
#include "core/view/Camera.h"
#include "core/view/CameraAnimation.h"

namespace kg {

// What is selected. Opening an event or a place clears the region; the article window belongs
// to the selected event or place and closes with it.
struct Selection {
  std::string regionId;
  std::string eventId;
  std::string placeId;
  std::string articlePassage;  // the passage whose article is open; "" when closed
  bool operator==(const Selection&) const = default;
  bool hasMarker() const { return !eventId.empty() || !placeId.empty(); }
};

// What the pointer is over right now. Not part of undo.
struct Hover {
  std::string regionId, eventId, placeId;
  int cluster = -1;  // index into AppState::grouping.groups.clusters
  int overlay = -1, overlayShape = -1;  // a feature of MapData::overlays under the pointer
  bool operator==(const Hover&) const = default;
};

// A marker named by id, as offered in the list of markers that overlap under one click.
struct MarkerId {
  MarkerRef::Kind kind = MarkerRef::Kind::Event;
  std::string id;
  bool operator==(const MarkerId&) const = default;
};

// What the window gives the map: its density and the bars along its edges.
struct Screen {
  double pixelRatio = 1.0;  // framebuffer pixels per window unit (2 on macOS Retina, Wayland)
  double uiScale = 1.0;     // window units per design pixel (2 on X11 at 192 dpi)
  float topInset = 0, bottomInset = 0;  // window units taken by the menu and status bars
  bool fullScreen = false;              // F11: the window fills its monitor
  bool typing = false;                  // a text field has the keyboard (keys are letters, not commands)
  double textScale = 1.0;               // Ctrl + / Ctrl -: all text and panels this much larger (a projector)
  bool highContrast = false;            // View > High contrast: every text at least 4.5:1 (WCAG AA)
  bool projector = false;               // View > Projector: high contrast, panels folded to leave the map
  int menuAsked = -1;                   // F10 (0) or Alt and a menu's letter: the menu to open next frame
  bool menuFromKeyboard = false;        // a menu opened so is open: the arrow keys move in it
};

// A named widget's rectangle in window units, as drawn in the last frame.
struct WidgetRect {
  float x = 0, y = 0, w = 0, h = 0;
};

// A load running in the background, or how the last one ended.
struct LoadStatus {
  bool active = false;     // a load is under way
  std::string file;        // the boundary file, as given
  std::string stage;       // what it is doing now
  double fraction = -1;    // 0..1, or -1 when unknown
  std::string error;       // why the last load failed ("" when it did not)
  bool mapShown = false;   // data is in and its first view framed
  std::string detail;      // while finer levels of detail are still being built: how far ("" when done)
};

// Opening a file of events from the window (File > Open): what was asked for, and while it is
// read in the background, how far it is.
struct LayerLoad {
  std::string requested;  // set by the OpenEvents command; the app starts reading it
  bool active = false;
  bool cancel = false;    // the Layers list's Cancel: the app drops the read
  std::string source;     // being read
  double started = 0;     // when, in AppState::time
};

// The File > Open dialog: a folder to browse and the path or connection string to open.
struct OpenDialog {
  bool shown = false;
  std::string folder;  // "" until first shown: then the working folder
  std::string path;
};

// The measure tool's path: the points clicked, in order (Tools > Measure).
struct MeasureState {
  std::vector<GeoPoint> points;
};

// Edit > Find (Ctrl+F): the name typed and the match chosen with the arrow keys.
// Tools > Quiz: a lesson's questions asked one by one, answered by clicking the map.
struct QuizView {
  std::string path;             // the lesson file; "" for the bundled example
  std::optional<Quiz> quiz;     // running while set
  std::vector<Question> questions;  // as the lesson asks them, in the quiz's order
  QuizAnswer last;              // the latest click on the question asked now
  bool clicked = false;         // whether the question asked now has had a click
  float panelBottom = 0;        // where its panel ends (window units), kept from frame to frame
};

// What waits on the answer to "save the changes?" (to the briefing, or to the lesson).
enum class AfterSaving { Nothing, Quit, OpenRequested, StartNew };

// The lesson open (--lesson FILE, File > Open of a lesson) and Tools > Annotate: the teacher's
// pins, texts and arrows on the map, saved back into the lesson file with its questions.
struct LessonState {
  std::string path;  // the file it was read from or saved to; "" for none (Save asks for one)
  Lesson doc;
  Lesson saved;      // as last read or saved: what differs from it is unsaved
  int selected = -1; // the annotation chosen (its label is edited in the panel), -1 for none
  bool focusLabel = false;  // a new annotation: its label field takes the keys, to be typed at once
  std::vector<WidgetRect> drawn;  // where each annotation was last drawn (window units), for clicks
  Annotation::Kind placing = Annotation::Kind::Pin;  // what the next click on the map puts there
  // Save As: the file name being typed, and a file there that needs "Replace it?" first.
  bool choosingFile = false;
  std::string chosenPath;
  bool confirmReplace = false;
  AfterSaving pending = AfterSaving::Nothing;  // asked about unsaved changes; done once saved or let go
  std::string requested;  // another lesson to open once the changes are saved or let go
  std::string outcome;  // "Saved ..." or why not, shown in the panel
  std::vector<std::string> problems;  // what was wrong in the file last opened (shown with the map's)
  bool unsaved() const { return doc.annotations != saved.annotations; }
};

struct SearchBox {
  bool shown = false;
  std::string query;
  int chosen = 0;
};

inline constexpr const char* kDefaultPictureTitle = "Events on the map";  // translated where shown

// File > Export: what to write, where, and how it went. The app writes it between frames.
enum class ExportKind { Picture, GeoTiff, Kml, GeoJson, GeoPackage };
struct ExportDialog {
  bool shown = false;
  ExportKind kind = ExportKind::Picture;
  std::string path;                        // as typed; "" until first shown: then a name in the working folder
  std::string title = kDefaultPictureTitle; // a picture's title
  int width = 1920, height = 1080;         // a picture's size
  bool confirmReplace = false;             // the file is there: asked before writing over it
  bool requested = false;                  // the app writes it
  bool running = false;                    // writing (events in the background, with progress)
  double fraction = -1;                    // how far, 0..1, or -1 when it cannot say
  std::string outcome;                     // "Wrote ..." or the error, shown in the dialog
};

// The timeline panel: shown or not, and playback, which while `playing` or stepped by hand sets
// the time filter from its date (`following`); a brush sets the filter instead.
struct TimelineState {
  bool shown = false;
  bool following = false;
  Playback playback;
};

// Markers that overlap at the current zoom, grouped into clusters with a count (View > Group
// overlapping markers), once more than a hundred events are shown. Derived each frame from the
// shown events and the zoom (see updateGrouping in app/EventMarkers.h).
struct MarkerGrouping {
  bool enabled = true;
  bool active = false;     // enabled, and enough events shown to group
  ClusteredEvents groups;  // in use while active
  int generation = 0;      // bumped whenever groups change
  // What `groups` was made from.
  int shownGeneration = -1, dataGeneration = -1, keepApart = -2;
  double cellMetres = 0;
  // Every event's point on the map, indexed like catalog.events: projected once per data, not
  // each time the shown events change (a scrubbed timeline changes them every frame).
  std::vector<MapPoint> positions;
  std::pair<int, int> positionsOf{-1, -1};  // the data generation and catalog revision they are of
};


// The briefing open, and while it is presented, the slide on the screen.
struct BriefingState {
  Briefing doc;
  Briefing saved;         // as last read or saved: what differs from it is unsaved
  std::string path;       // the file it was read from or saved to; "" when none, or a new one not yet saved
  std::string requested;  // a file to open (File > Open of a .toml, the Briefing menu); the app reads it
  int slide = -1;         // the slide shown (presented, or chosen in the slides panel), -1 for none
  bool presenting = false;
  bool blank = false;     // B: the screen is black until a key brings the slide back
  bool editing = false;   // the slides panel is open
  bool presenterView = false;  // the presenter's own window is open (Briefing > Presenter view)
  double startedAt = 0;   // the frame clock when the presentation began, for its elapsed time
  bool isOpen = false;    // read from a file or made new (Briefing > New)
  std::string saveTo;     // a file to write the briefing to; the app writes it
  // Save As: the file name being typed, and a file there that needs "Replace it?" first.
  bool choosingFile = false;
  std::string chosenPath;
  bool confirmReplace = false;
  AfterSaving pending = AfterSaving::Nothing;  // asked about unsaved changes; done once saved or discarded
  bool unsaved() const { return isOpen && doc != saved; }
};

// The map drawn as a picture to hand out (--export-png): no panels, a title, dates and legend;
// bare (a GeoTIFF, --export-geotiff), only the map itself, its labels and markers.
struct PictureView {
  bool on = false;
  bool bare = false;
  std::string title;
};

// The lesson geography's layers (BoundaryData's water, rivers and landmarks), each switched on
// and off in View > Map layers.
struct GeographyLayers {
  bool water = true, rivers = true, towns = true, peaks = true, countries = true;
  bool operator==(const GeographyLayers&) const = default;
};

struct AppState {
  Camera camera;  // framebuffer pixels
  ProjectionMode projectionMode = ProjectionMode::Suited;  // View > Projection: what the map is drawn in
  std::optional<ProjectionMode> projectionAsked;           // chosen there, for the app to read the map again in
  CameraAnimation flight;
  Selection selection;
  Hover hover;
  std::optional<GeoPoint> cursor;
  std::optional<ScreenPoint> pointer;  // window units, where the app last saw the pointer
  bool pointerDown = false;            // the left button, as the app last saw it
  Language language = Language::English;
  bool showPlaces = true;     // the layer of other places the reports name
  bool showEventList = true;  // the events panel on the left
  EventFilter filter;         // which events are shown
  std::vector<int> hiddenOverlays;  // overlays (MapData::overlays) switched off in the Layers list
  GeographyLayers geography;        // View > Map layers
  bool foldPanels = false;          // fold the events list to its title (projector) or open it, next frame
  bool eventsFolded = false;        // the events list shows only its title
  // The events that pass `filter`, as indices into catalog.events in time order: derived, kept by
  // the Controller whenever the filter or the data changes.
  std::vector<int> shownEvents;
  int shownGeneration = 0;        // bumped whenever shownEvents is recomputed
  std::size_t markedEvents = 0;   // how many events the map's markers were last built with
  TimelineState timeline;
  MarkerGrouping grouping;
  LayerLoad layerLoad;
  BriefingState briefing;
  PictureView picture;
  OpenDialog openDialog;
  ExportDialog exportDialog;
  SearchBox search;
  QuizView quiz;
  LessonState lesson;
  std::string tool = "browse";  // the map tool chosen (browse, measure); presenting uses its own
  MeasureState measure;
  Screen screen;
  LoadStatus loading;

  std::vector<std::string> warnings;
  bool warningsOpen = false;  // the list of problems, opened from their count in the status bar
  std::vector<MarkerId> markerChoice;  // several markers under one click: the user picks
  bool openMarkerChoice = false;
  bool scrollArticle = false;  // the article window scrolls to the passage once after opening
  bool showControls = false, showAbout = false;
  double time = 0;             // seconds, as the frame loop last said
  std::string notice;          // a short confirmation ("Copied to the clipboard"), shown until noticeUntil
  double noticeUntil = 0;
  bool noticeShown() const { return !notice.empty() && time < noticeUntil; }
  bool quit = false;
  // Widgets panels name as they draw them (e.g. "events/osh", "passage/0"): for the state dump,
  // so tests find them by name instead of by pixel.
  std::map<std::string, WidgetRect> widgets;
};

// Sizes in this program are written in design pixels (as at 96 dpi). ui() turns one into window
// units (what ImGui and the pointer use); device() into framebuffer pixels (what GL draws).
inline float ui(const AppState& s, double designPx) { return static_cast<float>(designPx * s.screen.uiScale); }
inline double device(const AppState& s, double designPx) { return designPx * s.screen.uiScale * s.screen.pixelRatio; }
// A side panel's width: its design width, but never more than `share` of a small window.
inline float panelWidth(const AppState& s, double designPx, double share) {
  return static_cast<float>(
      std::min(designPx * s.screen.uiScale, share * s.camera.viewportWidth() / s.screen.pixelRatio));
}
// The events list on the left: its width and its margin from the window's edge, in window units.
// The panel draws itself with these, and framing keeps the map clear of them.
inline float eventsPanelWidth(const AppState& s) { return panelWidth(s, 300, 0.34); }
inline float slideEditorWidth(const AppState& s) { return panelWidth(s, 340, 0.4); }  // in the events list's place
inline float regionPanelWidth(const AppState& s) { return panelWidth(s, 340, 0.45); }  // on the right
inline float panelMargin(const AppState& s) { return ui(s, 10); }
// While a slide is presented: the band its title takes along the top, and the band its passages
// take above the status bar (none when it shows no passages), in window units. Large enough to
// read from the back of a room, never more than a fifth and two fifths of the window.
struct SlideBands {
  float top = 0, bottom = 0;
};
// A picture to hand out: the band its title and dates take along the top, in window units.
inline float pictureTitleBand(const AppState& s) { return ui(s, 108); }
inline SlideBands slideBands(const AppState& s, bool withPassages) {
  const double height = s.camera.viewportHeight() / s.screen.pixelRatio;
  return {static_cast<float>(std::min<double>(ui(s, 84), 0.2 * height)),
          withPassages ? static_cast<float>(std::min<double>(ui(s, 330), 0.4 * height)) : 0.0f};
}

// Window units (ImGui) to framebuffer pixels (camera).
inline ScreenPoint toFramebuffer(const AppState& s, float x, float y) {
  return {x * s.screen.pixelRatio, y * s.screen.pixelRatio};
}

}  // namespace kg
