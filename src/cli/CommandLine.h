#pragma once
// The documented command line. Parsing never exits: it returns the options or one clear line
// naming the problem, and main() decides what to print and which status to exit with.
#include <cstdint>
#include <string>
#include <vector>

#include "cli/Listing.h"
#include "core/events/FieldMapping.h"
#include "core/geo/ProjectionChoice.h"
#include "core/geometry/Feature.h"
#include "core/io/Result.h"
#include "core/time/TimeRange.h"

namespace kg {

struct Options {
  bool help = false;
  bool version = false;
  std::string boundaries;   // empty: the bundled Kyrgyzstan data
  std::string screenshot;   // write a PNG of the first frame and exit
  std::string dumpState;    // keep a JSON file with the view and selection up to date
  std::string font;         // a TTF to use instead of the system's Noto Sans / DejaVu Sans
  std::string select;       // ISO code of a region to select at start
  std::vector<EventSource> events;  // layers of events beside the bundled ones, with their mappings
  std::vector<std::string> overlays;  // boundary files drawn over the map (--overlay)
  ProjectionMode projection = ProjectionMode::Suited;  // --projection
  std::string event;        // id of an event to open at start
  std::string printPassages;  // print this event's passages and exit
  bool listEvents = false;
  ListFormat listFormat = ListFormat::Tsv;
  bool formatGiven = false;
  TimeRange time;           // only events in this range are listed, drawn and stepped through
  std::vector<std::string> kinds;  // only events of these kinds (--kind, repeatable); none: all
  std::string words, actor, region;  // --text, --actor, --region: as the events list's filters
  std::string search;                // --search: print what has this name, and exit
  bool timeline = false;    // open the timeline panel
  int width = 1280, height = 720;
  Language language = Language::English;
  bool languageGiven = false, sizeGiven = false;
  bool highContrast = false, projector = false;  // --high-contrast, --projector
  std::string lesson;  // --lesson: the lesson file Tools > Quiz asks from
  bool quiz = false;   // --quiz: start the quiz once the map is shown  // --lang, --size: these win over what was remembered
  std::vector<std::string> hiddenLayers;  // --hide: lesson layers off at start (water, rivers, ...)
  std::string briefing;     // a briefing file (TOML) to open, ready to present with F5
  bool listSlides = false;  // print the briefing's slides, a line each, and exit
  int slide = 0;            // present this slide (from 1) at start; 0: none
  bool presenter = false;   // the presenter's window beside the map's
  bool kiosk = false;       // play the briefing full screen, round and round
  double slideSeconds = 20, idleSeconds = 60;  // a kiosk's time per slide, and before it plays again
  std::string exportPng;    // the map as a picture to hand out: no panels; title, dates, legend, credits
  std::string title;        // its title (--title)
  std::string exportGeoTiff;  // the map alone as a georeferenced GeoTIFF (the view's CRS and geotransform)
  std::string exportEvents;  // write the events shown as GeoJSON or GeoPackage, and exit
  std::string exportKml;    // write the events shown (and the briefing as a tour) as KML, and exit
  bool benchmark = false;   // load, then pan scripted frames and print timings
  std::uint64_t quitAfterFrames = 0;  // end the window after this many frames (0: when closed)
};

Result<Options> parseCommandLine(int argc, const char* const* argv);
std::string usageText();

}  // namespace kg
