#pragma once
// A briefing: a title and a sequence of slides, each a view of the map prepared once and shown
// in order to a room. Kept in a TOML file a person can read and edit (see the README, "Briefings"):
//
//   title = "Kyrgyzstan, October 2020"
//
//   [[slide]]
//   title = "Bishkek, 6 October 2020"
//   frame_events = ["bishkek-white-house"]     # or frame_region = "KG-GB", or centre + width_km
//   time = "2020-10-01/2020-10-31"
//   event = "bishkek-white-house"
//   passages = ["white-house-burnt-out-cars"]
//   layers = ["events.geojson", "places"]
//   notes = """What to say while it shows."""
//   seconds = 30                                 # in a kiosk (--kiosk), how long it shows
//
// Reading never gives up on the whole file for one bad slide: an unknown key or a bad value is a
// problem naming the file and line, and the rest of the slide and file is kept. Only a file TOML
// cannot parse at all, or one that cannot be read, is an error.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/events/Catalog.h"
#include "core/geo/GeoTypes.h"
#include "core/geometry/Feature.h"
#include "core/io/Result.h"
#include "core/time/TimeRange.h"

namespace kg {

// Where a slide puts the camera. Nothing given: the whole map.
struct SlideView {
  enum class Kind { Whole, Centre, Events, Region };
  Kind kind = Kind::Whole;
  GeoPoint centre;                  // Centre: the view's middle
  double widthKm = 0;               //   and the ground it shows from its left edge to its right
  std::vector<std::string> events;  // Events: framed together
  std::string region;               // Region: its ISO 3166-2 code, framed
  bool operator==(const SlideView& o) const {
    return kind == o.kind && centre.lat == o.centre.lat && centre.lon == o.centre.lon && widthKm == o.widthKm &&
           events == o.events && region == o.region;
  }
};

struct Slide {
  std::string title;
  SlideView view;
  TimeRange time;                     // open: all of time
  std::vector<std::string> layers;    // the layers shown ("places", an events layer's file name);
  bool layersGiven = false;           //   not given: left as they are
  std::string event;                  // the event selected; "" for none
  std::vector<std::string> passages;  // passage ids shown with the slide, in order
  std::string notes;                  // for the presenter only
  double seconds = 0;                 // how long it shows in a kiosk; 0: the kiosk's own time
  // The line each key was read from (for problems found later, such as an unknown id), and the
  // line of the slide's [[slide]] header under "".
  std::map<std::string, int> lines;
  bool operator==(const Slide& o) const {  // what the slide says, not where it was read
    return title == o.title && view == o.view && time == o.time && layers == o.layers &&
           layersGiven == o.layersGiven && event == o.event && passages == o.passages && notes == o.notes &&
           seconds == o.seconds;
  }
};

struct Briefing {
  std::string title;
  std::vector<Slide> slides;
  bool operator==(const Briefing&) const = default;
};

struct BriefingFile {
  Briefing briefing;
  std::vector<std::string> problems;  // "path:line: what is wrong", each
};

// Reads a briefing. Errors: the file cannot be read, is empty, or is not TOML (with the line).
Result<BriefingFile> readBriefing(const std::string& path);
// The same, from text already read; `path` names it in problems.
Result<BriefingFile> parseBriefing(std::string_view text, const std::string& path);

// The briefing as TOML, in the order a person reads it (title, view, time, layers, selection,
// passages, notes); strings quoted and escaped by toml++. Reading it back gives the same briefing.
std::string briefingText(const Briefing& briefing);
// Writes it whole or not at all: the old file stays until the new one is complete.
Result<bool> saveBriefing(const std::string& path, const Briefing& briefing);

// What the slides name that this data does not have: events, passages, regions and layers, each
// a problem with the file and line ("path:12: slide 3: no event 'x' (known: ...)"). A slide that
// names one still shows, without it.
std::vector<std::string> unknownIds(const Briefing& briefing, const std::string& path, const Catalog& catalog,
                                    const std::vector<Feature>& regions);
// The name a slide's layers list gives an events layer: its file's name ("events.geojson").
std::string layerKey(const EventLayer& layer);
inline constexpr const char* kPlacesLayer = "places";

// "  1  Title" lines: the slides' numbers (from 1) and titles, for --list-slides.
std::string slideList(const Briefing& briefing);

}  // namespace kg
