#include "core/export/KmlExport.h"

#include <cpl_string.h>
#include <kml/dom.h>
#include <kml/engine.h>


#include "core/briefing/SlideFraming.h"
#include "core/io/AtomicFile.h"
#include "core/io/Say.h"
#include "core/story/SourceText.h"

namespace kg {
namespace {

// libkml 1.3 puts text with markup characters in a CDATA section without splitting a "]]>" in
// it, which ends the section early and breaks the file; such text is refused instead of changed.
bool writable(const std::string& text) { return text.find("]]>") == std::string::npos; }

// Text from the data as HTML text: <, > and & escaped by GDAL's CPLEscapeString (quotation
// marks stay as they are, inside element content), and its line breaks kept as <br/>.
std::string html(const std::string& text) {
  char* escaped = CPLEscapeString(text.c_str(), static_cast<int>(text.size()), CPLES_XML_BUT_QUOTES);
  std::string out;
  for (const char* c = escaped; *c; ++c) {
    if (*c == '\n') out += "<br/>";
    else out += *c;
  }
  CPLFree(escaped);
  return out;
}

// What a placemark's balloon says: the event's facts, then each passage word for word in
// quotation marks with its source. HTML, which Google Earth's balloons show with its paragraphs
// and line breaks; libkml puts it in a CDATA section.
std::string description(const Event& e, const Catalog& catalog) {
  std::string out = "<p>" + html(e.dateLabel) + "<br/>" + html(e.place);
  if (!e.kind.empty()) out += "<br/>Kind: " + html(e.kind);
  if (!e.actors.empty()) out += "<br/>Actors: " + html(e.actors);
  if (e.fatalities >= 0) out += "<br/>Fatalities reported: " + std::to_string(e.fatalities);
  out += "</p>";
  if (!e.notes.empty()) out += "<p>" + html(e.notes) + "</p>";
  if (!e.source.empty() || !e.credit.empty()) {
    out += "<p>";
    if (!e.source.empty()) out += "Source: " + html(e.source) + (e.credit.empty() ? "" : "<br/>");
    if (!e.credit.empty()) out += "Data: " + html(e.credit);
    out += "</p>";
  }
  for (const Passage* p : catalog.passagesForEvent(e.id)) {
    const std::string label = passageLabel(*p);
    out += "<p>" + (label.empty() ? "" : html(label) + ": ") + html("“" + p->text + "”") + "<br/>— " +
           html(catalog.sourceLine(*p));
    if (const std::string note = editorsNote(*p); !note.empty()) out += "<br/>" + html(note);
    out += "</p>";
  }
  return out;
}

kmldom::PlacemarkPtr placemark(const Event& e, const Catalog& catalog) {
  kmldom::KmlFactory* factory = kmldom::KmlFactory::GetFactory();
  kmldom::PlacemarkPtr pm = factory->CreatePlacemark();
  pm->set_name(e.title);
  pm->set_description(description(e, catalog));
  if (!e.undated) {
    if (e.days.first == e.days.last) {
      kmldom::TimeStampPtr when = factory->CreateTimeStamp();
      when->set_when(isoDay(e.days.first));
      pm->set_timeprimitive(when);
    } else {
      kmldom::TimeSpanPtr span = factory->CreateTimeSpan();
      span->set_begin(isoDay(e.days.first));
      span->set_end(isoDay(e.days.last));
      pm->set_timeprimitive(span);
    }
  }
  kmldom::PointPtr point = factory->CreatePoint();
  kmldom::CoordinatesPtr coordinates = factory->CreateCoordinates();
  coordinates->add_latlng(e.point.lat, e.point.lon);
  point->set_coordinates(coordinates);
  pm->set_geometry(point);
  return pm;
}

// Google Earth's view: a point looked at from `range` metres. Its field of view is about 60
// degrees across, so the ground seen from left to right is about 1.15 times the range.
kmldom::LookAtPtr lookAt(const Slide& slide, const Catalog& catalog, const std::vector<Feature>& regions) {
  Camera camera;
  camera.setViewport(1280, 720);
  CameraView view;
  if (const auto framed = slideCamera(slide.view, camera, Insets{}, catalog, regions, 32)) view = *framed;
  else if (const auto whole = slideCamera(SlideView(), camera, Insets{}, catalog, regions, 32)) view = *whole;
  const GeoPoint centre = camera.projection().inverse(view.centre);
  kmldom::LookAtPtr look = kmldom::KmlFactory::GetFactory()->CreateLookAt();
  look->set_latitude(centre.lat);
  look->set_longitude(centre.lon);
  look->set_range(view.metresPerPixel * 1280 / 1.1547);
  look->set_tilt(0);
  look->set_heading(0);
  return look;
}

kmldom::GxTourPtr tour(const Briefing& briefing, const Catalog& catalog, const std::vector<Feature>& regions) {
  kmldom::KmlFactory* factory = kmldom::KmlFactory::GetFactory();
  kmldom::GxTourPtr tour = factory->CreateGxTour();
  tour->set_name(briefing.title);
  kmldom::GxPlaylistPtr playlist = factory->CreateGxPlaylist();
  for (const Slide& slide : briefing.slides) {
    kmldom::GxFlyToPtr fly = factory->CreateGxFlyTo();
    fly->set_gx_duration(kTourFlySeconds);
    fly->set_gx_flytomode(kmldom::GX_FLYTOMODE_SMOOTH);
    fly->set_abstractview(lookAt(slide, catalog, regions));
    playlist->add_gx_tourprimitive(fly);
    kmldom::GxWaitPtr wait = factory->CreateGxWait();
    wait->set_gx_duration(kTourWaitSeconds);
    playlist->add_gx_tourprimitive(wait);
  }
  tour->set_gx_playlist(playlist);
  return tour;
}

// The KML, or why it cannot be written; `file`, when given, is named first in that.
Result<std::string> kmlFor(const KmlContent& content, const Catalog& catalog, const std::vector<Feature>& regions,
                           const std::string& file) {
  const bool named = !file.empty();
  if (!writable(content.title))
    return Error{named ? say("{file}: the title holds \"]]>\", which KML written by libkml cannot hold", {{"file", file}})
                       : say("the title holds \"]]>\", which KML written by libkml cannot hold")};
  kmldom::KmlFactory* factory = kmldom::KmlFactory::GetFactory();
  kmldom::DocumentPtr document = factory->CreateDocument();
  document->set_name(content.title);
  if (content.briefing) {
    if (!writable(content.briefing->title))
      return Error{named ? say("{file}: the briefing's title holds \"]]>\", which KML cannot hold", {{"file", file}})
                         : say("the briefing's title holds \"]]>\", which KML cannot hold")};
    document->add_feature(tour(*content.briefing, catalog, regions));
  }
  kmldom::FolderPtr folder = factory->CreateFolder();
  folder->set_name("Events");
  for (const int i : content.events) {
    if (i < 0 || i >= static_cast<int>(catalog.events.size())) continue;
    const Event& e = catalog.events[static_cast<std::size_t>(i)];
    kmldom::PlacemarkPtr pm = placemark(e, catalog);
    if (!writable(pm->get_name()) || !writable(pm->get_description()))
      return Error{named ? say("{file}: event '{id}': its text holds \"]]>\", which KML written by libkml cannot hold",
                               {{"file", file}, {"id", e.id}})
                         : say("event '{id}': its text holds \"]]>\", which KML written by libkml cannot hold", {{"id", e.id}})};
    folder->add_feature(pm);
  }
  document->add_feature(folder);
  kmldom::KmlPtr kml = factory->CreateKml();
  kml->set_feature(document);
  std::string xml;
  kmlengine::KmlFilePtr written = kmlengine::KmlFile::CreateFromImport(kml);
  if (!written || !written->SerializeToString(&xml))
    return Error{named ? say("{file}: libkml could not write the KML", {{"file", file}}) : say("libkml could not write the KML")};
  std::string problem;
  if (!kmldom::Parse(xml, &problem))
    return Error{named ? say("{file}: libkml wrote KML it cannot read back: {why}", {{"file", file}, {"why", problem}})
                       : say("libkml wrote KML it cannot read back: {why}", {{"why", problem}})};
  return xml;
}

}  // namespace

Result<std::string> kmlText(const KmlContent& content, const Catalog& catalog, const std::vector<Feature>& regions) {
  return kmlFor(content, catalog, regions, "");
}

Result<bool> exportKml(const std::string& path, const KmlContent& content, const Catalog& catalog,
                       const std::vector<Feature>& regions) {
  // A file already there is replaced only when it is KML (an earlier export), never another file.
  static const OwnFileKind kKml{say("a KML file"), ".kml", 512,
                                [](std::string_view head) { return head.find("<kml") != std::string_view::npos; }};
  if (auto allowed = mayReplace(path, kKml); !allowed) return allowed;
  auto text = kmlFor(content, catalog, regions, path);
  if (!text) return Error{text.error()};
  return writeFileAtomically(path, *text);
}

}  // namespace kg
