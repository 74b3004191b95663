#include "cli/CommandLine.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <cstdio>
#include <cstdlib>

#include "core/export/EventExport.h"
#include "core/io/SourceName.h"

namespace kg {

std::string usageText() {
  return "usage: kgatlas [options]\n"
         "  Opens a map of Kyrgyzstan's regions (bundled Natural Earth data) with markers where\n"
         "  incidents happened; a click on one shows the news passages that report it.\n"
         "\n"
         "  --boundaries PATH     open another boundary file (any vector format GDAL reads:\n"
         "                        GeoPackage, Shapefile, GeoJSON, FlatGeobuf, KML), any CRS,\n"
         "                        or a PostGIS table: \"PG:host=H dbname=D tables=T\"\n"
         "  --projection suited|albers|azimuthal|equal-earth\n"
         "                        the map's projection, as View > Projection chooses it (default\n"
         "                        suited: the file's own projected CRS, or one suited to its extent)\n"
         "  --lang en|ru|ky       label language: English, Russian or Kyrgyz\n"
         "  --lesson FILE         open a lesson: its annotations on the map, its questions for Tools > Quiz\n"
         "                        (default for the quiz: the bundled one)\n"
         "  --quiz                start the lesson's quiz once the map is shown\n"
         "  --high-contrast       every text at least 4.5:1 against what is behind it\n"
         "  --projector           projector mode: high contrast, the events list folded\n"
         "  --hide LAYERS         start with these map layers off, comma-separated: water,\n"
         "                        rivers, towns, peaks, countries (also View > Map layers)\n"
         "  --select ISO          start with this region selected (e.g. KG-N)\n"
         "  --event ID            start with this event selected and its passages open\n"
         "  --events PATH         add a layer of events from a file (a point layer GDAL reads,\n"
         "                        an ACLED export, a CSV with longitude/latitude, or a\n"
         "                        PostGIS table as \"PG:...\"); repeatable\n"
         "  --overlay PATH        draw the boundaries in another file (polygons: districts, a\n"
         "                        study area) over the map beside its regions; repeatable\n"
         "  --layer NAME          read the layer (or table) NAME of the source just before\n"
         "  --field PROP=FIELD    for the --events file before: its FIELD holds PROP (id, title,\n"
         "                        date, end_date, kind, actors, fatalities, notes, source,\n"
         "                        radius_km, ...); repeatable\n"
         "  --fields FILE.toml    the same from a mapping file of PROP = \"FIELD\" lines\n"
         "  --list-events         print id, date, latitude, longitude, region, title (tab-separated)\n"
         "  --format tsv|csv|geojson\n"
         "                        how --list-events writes: tab-separated (default), CSV with a\n"
         "                        header, or GeoJSON that opens again with --events\n"
         "  --timeline            open the timeline panel (also View > Timeline)\n"
         "  --time START/END      only events in this time: ISO dates, either side open\n"
         "                        (2020-10-01/2020-10-31, 2015-01-01/, /2019-12-31, 2020-10)\n"
         "  --kind KIND           only events of this kind (repeatable; as the legend names them)\n"
         "  --text WORDS          only events with these words in title, place, actors or notes\n"
         "  --search NAME         print what has this name (regions, events, places), best first:\n"
         "                        kind, id and name, tab-separated; any script or spelling\n"
         "  --actor WORDS         only events with an actor of this name\n"
         "  --region ISO          only events in this region (e.g. KG-O)\n"
         "  --print-passages ID   print the passages about event ID with their sources\n"
         "  --briefing FILE       open a briefing (slides in a TOML file); F5 presents it\n"
         "  --list-slides         print the briefing's slides: number and title, a line each\n"
         "  --slide N             present slide N (from 1) at start; with --screenshot, its picture\n"
         "  --presenter           open the presenter's window too: notes, next slide, time (the\n"
         "                        first window goes on the projector)\n"
         "  --kiosk               play the briefing full screen, round and round: a touch stops\n"
         "                        it to explore, and it plays again when left alone\n"
         "  --slide-seconds N     in a kiosk, how long a slide shows (default 20; a slide's own\n"
         "                        seconds = N says otherwise)\n"
         "  --idle-seconds N      in a kiosk, how long after a touch the slides come back (60)\n"
         "  --export-png OUT.png  write the map as a picture to hand out: no panels, with a title,\n"
         "                        the dates, a legend, the scale and the credits (any --size,\n"
         "                        such as 3840x2160 for print; text grows with it)\n"
         "  --export-geotiff OUT.tif\n"
         "                        write the map alone (no title or legend) as a GeoTIFF with the\n"
         "                        view's projection and geotransform, which QGIS places right\n"
         "  --title TEXT          the picture's title (default: the slide's, with --slide)\n"
         "  --export-kml OUT.kml  write the events shown as KML placemarks (with their passages)\n"
         "                        and, with --briefing, its slides as a Google Earth tour; exit\n"
         "  --export-events OUT   write the events shown as GeoJSON (.geojson) or a GeoPackage\n"
         "                        (.gpkg): points in WGS 84 with their fields; exit\n"
         "  --size WxH            window size in pixels (default 1280x800)\n"
         "  --screenshot OUT.png  render what the window would show, write it as PNG, exit\n"
         "  --font PATH           a TrueType font with Cyrillic letters to use\n"
         "  --dump-state PATH     keep PATH updated with the view and selection as JSON\n"
         "  --benchmark           load, pan 300 scripted frames, print timings and exit\n"
         "  --quit-after-frames N close the window by itself after N frames, exit 0 (soak tests)\n"
         "  --help, --version\n"
         "\n"
         "  In the window: click a marker for its passages, Tab / Shift+Tab step through events\n"
         "  in time order (or Left/Right while one is open), Esc closes the panel.\n"
         "  Also: drag to pan, wheel to zoom, arrows pan, +/- zoom, Home resets the\n"
         "  view, click a region for its details, Esc clears the selection.\n";
}

namespace {
bool parseSize(const std::string& text, int& w, int& h) {
  int consumed = 0;
  if (std::sscanf(text.c_str(), "%dx%d%n", &w, &h, &consumed) != 2 || consumed != static_cast<int>(text.size()))
    return false;
  return w >= 64 && h >= 64 && w <= 16384 && h <= 16384;
}

constexpr std::uint64_t kMostFrames = 1'000'000'000'000;  // some years at 10,000 frames a second

bool parseFrameCount(const std::string& text, std::uint64_t& frames) {
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, frames);
  return error == std::errc() && stop == end && frames >= 1 && frames <= kMostFrames;
}

bool parseSeconds(const std::string& text, double& seconds) {
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, seconds);
  return error == std::errc() && stop == end && seconds >= 1 && seconds <= 86400;
}

bool parseSlideNumber(const std::string& text, int& slide) {
  const char* end = text.data() + text.size();
  const auto [stop, error] = std::from_chars(text.data(), end, slide);
  return error == std::errc() && stop == end && slide >= 1;
}

}  // namespace

Result<Options> parseCommandLine(int argc, const char* const* argv) {
  Options o;
  std::string* lastSource = nullptr;  // what --layer names a layer of
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](std::string& out) -> bool {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return !out.empty();
    };
    std::string text;
    if (arg == "--help" || arg == "-h") {
      o.help = true;
    } else if (arg == "--version") {
      o.version = true;
    } else if (arg == "--lesson") {
      if (!value(o.lesson) || o.lesson.empty()) return Error{"--lesson needs a lesson file (.toml)"};
    } else if (arg == "--quiz") {
      o.quiz = true;
    } else if (arg == "--high-contrast") {
      o.highContrast = true;
    } else if (arg == "--projector") {
      o.projector = true;
    } else if (arg == "--timeline") {
      o.timeline = true;
    } else if (arg == "--benchmark") {
      o.benchmark = true;
    } else if (arg == "--boundaries") {
      if (!value(o.boundaries)) return Error{"--boundaries needs a file path or a PG: connection string"};
      lastSource = &o.boundaries;
    } else if (arg == "--screenshot") {
      if (!value(o.screenshot)) return Error{"--screenshot needs an output .png path"};
    } else if (arg == "--dump-state") {
      if (!value(o.dumpState)) return Error{"--dump-state needs a file path"};
    } else if (arg == "--font") {
      if (!value(o.font)) return Error{"--font needs a .ttf path"};
    } else if (arg == "--list-events") {
      o.listEvents = true;
    } else if (arg == "--format") {
      if (!value(text)) return Error{"--format needs tsv, csv or geojson"};
      if (text == "tsv") o.listFormat = ListFormat::Tsv;
      else if (text == "csv") o.listFormat = ListFormat::Csv;
      else if (text == "geojson") o.listFormat = ListFormat::GeoJson;
      else return Error{"--format expects tsv, csv or geojson (got '" + text + "')"};
      o.formatGiven = true;
    } else if (arg == "--time") {
      if (!value(text)) return Error{"--time needs START/END, such as 2020-10-01/2020-10-31"};
      auto range = parseTimeRange(text);
      if (!range) return Error{"--time: " + range.error()};
      o.time = *range;
    } else if (arg == "--kind") {
      if (!value(text)) return Error{"--kind needs a kind of event, such as protest (see the legend)"};
      o.kinds.push_back(text);
    } else if (arg == "--text") {
      if (!value(o.words)) return Error{"--text needs words to look for"};
    } else if (arg == "--search") {
      if (!value(o.search) || o.search.empty()) return Error{"--search needs a name to look for"};
    } else if (arg == "--actor") {
      if (!value(o.actor)) return Error{"--actor needs words of an actor's name"};
    } else if (arg == "--region") {
      if (!value(o.region)) return Error{"--region needs a region code such as KG-O"};
    } else if (arg == "--events") {
      if (!value(text)) return Error{"--events needs a file path or a PG: connection string"};
      o.events.push_back({text, {}});
      lastSource = &o.events.back().path;
    } else if (arg == "--overlay") {
      if (!value(text)) return Error{"--overlay needs a file of boundaries (polygons)"};
      o.overlays.push_back(text);
      lastSource = &o.overlays.back();
    } else if (arg == "--field" || arg == "--fields") {
      const bool file = arg == "--fields";
      if (!value(text)) return Error{arg + (file ? " needs a mapping file" : " needs PROPERTY=FIELD, such as title=headline")};
      if (o.events.empty() || lastSource != &o.events.back().path)
        return Error{arg + " says how the events file given just before it is read: put it after --events"};
      EventFields& fields = o.events.back().fields;
      auto mapped = file ? readFieldMapping(text, fields) : mapFieldText(fields, text);
      if (!mapped) return Error{arg + ": " + mapped.error()};
      fields = std::move(*mapped);
    } else if (arg == "--projection") {
      if (!value(text)) return Error{"--projection needs suited, albers, azimuthal or equal-earth"};
      const std::pair<const char*, ProjectionMode> names[] = {{"suited", ProjectionMode::Suited},
                                                              {"albers", ProjectionMode::Albers},
                                                              {"azimuthal", ProjectionMode::Azimuthal},
                                                              {"equal-earth", ProjectionMode::EqualEarth}};
      const auto* found = std::find_if(std::begin(names), std::end(names), [&](const auto& n) { return text == n.first; });
      if (found == std::end(names))
        return Error{"--projection expects suited, albers, azimuthal or equal-earth (got '" + text + "')"};
      o.projection = found->second;
    } else if (arg == "--layer") {
      if (!value(text)) return Error{"--layer needs a layer or table name"};
      if (!lastSource) return Error{"--layer names a layer of the source given just before it: put it after --events, --overlay or --boundaries"};
      if (!splitSource(*lastSource).layer.empty()) return Error{"--layer is given twice for " + sourceLabel(*lastSource)};
      *lastSource = withLayer(*lastSource, text);
    } else if (arg == "--briefing") {
      if (!value(o.briefing)) return Error{"--briefing needs a briefing file (.toml)"};
    } else if (arg == "--kiosk") {
      o.kiosk = true;
    } else if (arg == "--presenter") {
      o.presenter = true;
    } else if (arg == "--slide-seconds" || arg == "--idle-seconds") {
      double& seconds = arg == "--slide-seconds" ? o.slideSeconds : o.idleSeconds;
      if (!value(text) || !parseSeconds(text, seconds))
        return Error{arg + " expects a number of seconds from 1 to 86400, such as 20 (got '" + text + "')"};
    } else if (arg == "--export-png") {
      if (!value(o.exportPng)) return Error{"--export-png needs an output .png path"};
    } else if (arg == "--export-geotiff") {
      if (!value(o.exportGeoTiff)) return Error{"--export-geotiff needs an output .tif path"};
    } else if (arg == "--title") {
      if (!value(o.title)) return Error{"--title needs the picture's title"};
    } else if (arg == "--export-kml") {
      if (!value(o.exportKml)) return Error{"--export-kml needs an output .kml path"};
    } else if (arg == "--export-events") {
      if (!value(o.exportEvents)) return Error{"--export-events needs an output .geojson or .gpkg path"};
      if (auto format = eventFileFormat(o.exportEvents); !format) return Error{format.error()};
    } else if (arg == "--list-slides") {
      o.listSlides = true;
    } else if (arg == "--slide") {
      if (!value(text) || !parseSlideNumber(text, o.slide))
        return Error{"--slide expects a slide number from 1 (see --list-slides), got '" + text + "'"};
    } else if (arg == "--event") {
      if (!value(o.event)) return Error{"--event needs an event id (see kgatlas --list-events)"};
    } else if (arg == "--print-passages") {
      if (!value(o.printPassages)) return Error{"--print-passages needs an event id (see kgatlas --list-events)"};
    } else if (arg == "--select") {
      if (!value(o.select)) return Error{"--select needs a region code such as KG-N"};
    } else if (arg == "--size") {
      if (!value(text) || !parseSize(text, o.width, o.height))
        return Error{"--size expects WIDTHxHEIGHT between 64 and 16384, such as 1600x1000 (got '" + text + "')"};
      o.sizeGiven = true;
    } else if (arg == "--quit-after-frames") {
      if (!value(text) || !parseFrameCount(text, o.quitAfterFrames))
        return Error{"--quit-after-frames expects a whole number of frames from 1 to " + std::to_string(kMostFrames) +
                     ", such as 20000 (got '" + text + "')"};
    } else if (arg == "--hide") {
      if (!value(text) || text.empty()) return Error{"--hide needs layers: water, rivers, towns, peaks, countries"};
      std::size_t start = 0;
      while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        const std::string layer = text.substr(start, comma - start);
        const char* known[] = {"water", "rivers", "towns", "peaks", "countries"};
        if (std::find(std::begin(known), std::end(known), layer) == std::end(known))
          return Error{"--hide: no map layer '" + layer + "' (there are water, rivers, towns, peaks, countries)"};
        o.hiddenLayers.push_back(layer);
        start = comma + 1;
      }
    } else if (arg == "--lang") {
      if (!value(text)) return Error{"--lang needs en, ru or ky"};
      o.languageGiven = true;
      if (text == "en") o.language = Language::English;
      else if (text == "ru") o.language = Language::Russian;
      else if (text == "ky") o.language = Language::Kyrgyz;
      else return Error{"--lang expects en, ru or ky (got '" + text + "')"};
    } else {
      return Error{"unknown option '" + arg + "' (see kgatlas --help)"};
    }
  }
  if (o.formatGiven && !o.listEvents) return Error{"--format says how --list-events writes; add --list-events"};
  if (!o.title.empty() && o.exportPng.empty()) return Error{"--title names the picture --export-png writes; add --export-png"};
  if (int(!o.exportPng.empty()) + int(!o.screenshot.empty()) + int(!o.exportGeoTiff.empty()) > 1)
    return Error{"--screenshot, --export-png and --export-geotiff each write one picture: give one of them"};
  if ((o.listSlides || o.slide > 0 || o.kiosk || o.presenter) && o.briefing.empty())
    return Error{std::string(o.listSlides ? "--list-slides" : o.kiosk ? "--kiosk" : o.presenter ? "--presenter" : "--slide") +
                 " needs a briefing: add --briefing FILE"};
  return o;
}

}  // namespace kg
