#include "core/events/EventReader.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

#include "core/events/EventDate.h"
#include "core/events/IdIndex.h"
#include "core/time/Day.h"
#include "core/io/BlockFile.h"
#include "core/io/GdalSource.h"
#include "core/io/ProblemList.h"
#include "core/io/Say.h"
#include "core/layers/CoordinateCheck.h"

namespace kg {
namespace {

// A field's value as text; a date field is read as a date and written as ISO 8601, since GDAL's
// own text for it ("2020/10/06") is not.
std::string text(OGRFeature& f, FieldSlot slot) {
  if (!slot.present() || !f.IsFieldSetAndNotNull(slot.index)) return "";
  if (slot.isDate) {
    int y = 0, m = 0, d = 0, h = 0, min = 0, tz = 0;
    float s = 0;
    if (f.GetFieldAsDateTime(slot.index, &y, &m, &d, &h, &min, &s, &tz)) return isoDate(y, m, d);
  }
  return trimSpace(f.GetFieldAsString(slot.index));
}

// Absent from the source: 0. Present: a number of kilometres, 0 or more, in every feature.
bool readRadius(OGRFeature& f, FieldSlot slot, double& radius) {
  radius = 0;
  if (!slot.present()) return true;
  const std::string value = text(f, slot);
  char* end = nullptr;
  radius = std::strtod(value.c_str(), &end);
  return !value.empty() && end && *end == '\0' && radius >= 0 && radius < 20000;
}

// A CSV's points are in its longitude and latitude columns, under any of their usual names.
// Every column stays text, so dates such as "6 October 2020" reach the date parser as written.
const char* const kPointOpenOptions[] = {"X_POSSIBLE_NAMES=longitude,lon,lng,long,x",
                                         "Y_POSSIBLE_NAMES=latitude,lat,y", nullptr};

// Why nothing was read from a source of events (or of places): "... (no events loaded)".
std::string noneLoaded(const std::string& problem, bool events) {
  return events ? say("{problem} (no events loaded)", {{"problem", problem}})
                : say("{problem} (no places loaded)", {{"problem", problem}});
}
std::string noneLoaded(const std::string& path, const std::string& problem, bool events) {
  return events ? say("{file}: {problem} (no events loaded)", {{"file", path}, {"problem", problem}})
                : say("{file}: {problem} (no places loaded)", {{"file", path}, {"problem", problem}});
}

// A source of polygons or lines given for events or places, which are points.
std::string notPoints(const std::string& path, bool polygons, bool events) {
  const SaidValues file{{"file", path}};
  if (polygons)
    return events ? say("{file}: holds polygons, not points: events are points (to draw it over the map, open it with "
                        "--overlay or File > Open; as the map's regions, with --boundaries)", file)
                  : say("{file}: holds polygons, not points: places are points (to draw it over the map, open it with "
                        "--overlay or File > Open; as the map's regions, with --boundaries)", file);
  return events ? say("{file}: holds lines, not points: events are points (to draw it over the map, open it with "
                      "--overlay or File > Open)", file)
                : say("{file}: holds lines, not points: places are points (to draw it over the map, open it with "
                      "--overlay or File > Open)", file);
}

// Opens the first layer of `path`, looks the mapped fields up once, and calls
// visit(feature, slots, id, point) for each feature that is a valid point with an id not seen
// before in the file. visit returns why the feature is left out, if it is. Every problem goes to
// `tally`, with its text built only while the tally still lists them. expect(n) is told how many
// features the layer holds before the first visit, where the source knows that cheaply.
template <class Fields, class Expect, class Visit>
void readPoints(const std::string& source, const Fields& fields, const char* what, std::vector<std::string>& problems,
                ProblemTally& tally, Expect expect, Visit visit) {
  const bool events = std::string_view(what) == "events";
  GdalErrorCapture errors;
  auto ds = openVectorFile(source, errors, kPointOpenOptions);
  if (!ds) {
    problems.push_back(noneLoaded(ds.error(), events));
    return;
  }
  auto chosen = chooseLayer(**ds, source, errors);
  if (!chosen) {
    problems.push_back(noneLoaded(chosen.error(), events));
    return;
  }
  const std::string path = sourceLabel(source);  // names the source in every message
  OGRLayer* layer = *chosen;
  if (layer->GetGeomType() == wkbNone) {
    std::string columns;
    for (int i = 0; i < layer->GetLayerDefn()->GetFieldCount(); ++i)
      columns += (i ? ", " : "") + std::string(layer->GetLayerDefn()->GetFieldDefn(i)->GetNameRef());
    problems.push_back(noneLoaded(
        columns.empty() ? say("{file}: has no points: a table needs longitude and latitude columns (named "
                              "longitude/latitude, lon/lat, lng/lat or x/y); its columns are: none", {{"file", path}})
                        : say("{file}: has no points: a table needs longitude and latitude columns (named "
                              "longitude/latitude, lon/lat, lng/lat or x/y); its columns are: {columns}",
                              {{"file", path}, {"columns", columns}}),
        events));
    return;
  }
  // A layer of any geometry type says what it holds by its first features: polygons or lines
  // only, and no point among them.
  OGRwkbGeometryType type = wkbFlatten(layer->GetGeomType());
  if (type == wkbUnknown) {
    int looked = 0;
    for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f && looked < 50; f.reset(layer->GetNextFeature())) {
      const OGRGeometry* g = f->GetGeometryRef();
      if (!g) continue;
      ++looked;
      const OGRwkbGeometryType t = wkbFlatten(g->getGeometryType());
      if (t == wkbPoint || t == wkbMultiPoint) {
        type = wkbUnknown;
        break;
      }
      if (type == wkbUnknown) type = t;
    }
    layer->ResetReading();
  }
  if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbLineString || type == wkbMultiLineString) {
    const bool polygons = type == wkbPolygon || type == wkbMultiPolygon;
    problems.push_back(noneLoaded(notPoints(path, polygons, events), events));
    return;
  }
  const auto slots = fields.locate(*layer->GetLayerDefn());
  if (!slots) {
    problems.push_back(noneLoaded(path, slots.error(), events));
    return;
  }
  auto transform = transformToWgs84(crsOf(*layer));
  if (!transform) {
    problems.push_back(noneLoaded(path, transform.error(), events));
    return;
  }
  // Checked in the file's own CRS before PROJ sees a point: see CoordinateCheck.
  const CoordinateCheck coordinates(crsOf(*layer));
  // Ids met so far, skipped rows' too (a second row with a skipped row's id is still a duplicate):
  // one flat table over one vector, not a million separately allocated set nodes.
  std::vector<std::string> seenIds;
  IdIndex seen;
  const auto seenId = [&](int i) -> const std::string& { return seenIds[static_cast<std::size_t>(i)]; };
  // A count the file's header claims is a hint only: a damaged header must not reserve gigabytes.
  constexpr GIntBig kMostExpected = 1 << 20;
  if (const GIntBig count = layer->GetFeatureCount(FALSE); count > 0) {
    expect(static_cast<std::size_t>(std::min(count, kMostExpected)));
    seenIds.reserve(static_cast<std::size_t>(std::min(count, kMostExpected)));
    seen.reserve(seenIds.capacity());
  }
  layer->ResetReading();
  for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    const std::string id = text(*f, slots->id);
    // `why()` says what is wrong with the row, asked only while the tally lists rows.
    auto skip = [&](const std::string& reason, auto why) {
      if (!tally.wantsText()) return tally.add(reason, {});
      const std::string fid = std::to_string(f->GetFID());
      tally.add(reason, id.empty() ? say("{file}: feature {fid}: {why}", {{"file", path}, {"fid", fid}, {"why", why()}})
                                   : say("{file}: feature {fid} (id '{id}'): {why}",
                                         {{"file", path}, {"fid", fid}, {"id", id}, {"why", why()}}));
    };
    OGRGeometry* g = f->GetGeometryRef();
    if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint) {
      skip("not a point", [] { return say("not a point"); });
      continue;
    }
    if (const CoordinateProblem bad = coordinates.check(*g)) {
      skip("bad coordinates", [&] { return say("{problem}; the point was skipped", {{"problem", bad.text}}); });
      continue;
    }
    if (g->IsEmpty()) {
      skip("empty point", [] { return say("the point is empty (it has no coordinates)"); });
      continue;
    }
    if (*transform && g->transform(transform->get()) != OGRERR_NONE) {
      skip("cannot reproject", [] { return say("cannot reproject its point to WGS84"); });
      continue;
    }
    const GeoPoint p{g->toPoint()->getY(), g->toPoint()->getX()};
    if (!isValid(p)) {
      skip("not longitude/latitude", [] { return say("coordinates are not longitude/latitude"); });
      continue;
    }
    if (id.empty()) {
      skip("no id", [] { return say("has no id"); });
      continue;
    }
    if (!seen.insert(id, static_cast<int>(seenIds.size()), seenId)) {
      skip("duplicate id", [&] { return say("duplicate id '{id}'", {{"id", id}}); });
      continue;
    }
    seenIds.push_back(id);
    if (const std::optional<std::string> why = visit(*f, slots.value(), id, p))
      skip(problemReason(*why), [&] { return *why; });
  }
}

std::string radiusProblem(const std::string& field) {
  return say("{field} must be a number of kilometres, 0 or more", {{"field", field}});
}
std::string fatalitiesProblem(const std::string& field) {
  return say("{field} must be a whole number, 0 or more", {{"field", field}});
}

// Absent or empty: -1 (not reported). Otherwise a whole number, 0 or more.
bool readFatalities(OGRFeature& f, FieldSlot slot, int& fatalities) {
  fatalities = -1;
  const std::string value = text(f, slot);
  if (value.empty()) return true;
  char* end = nullptr;
  const long n = std::strtol(value.c_str(), &end, 10);
  if (!end || *end != '\0' || n < 0 || n > 10'000'000) return false;
  fatalities = static_cast<int>(n);
  return true;
}

// An event in kgatlas's own fields (or those a mapping names).
std::optional<std::string> readOwnEvent(OGRFeature& f, const EventFields::Slots& slot, const EventFields& fields,
                                        Event& e) {
  e.title = text(f, slot.title);
  e.date = text(f, slot.date);
  if (const std::string end = text(f, slot.endDate); !end.empty() && e.date.find('/') == std::string::npos)
    e.date += "/" + end;
  e.dateLabel = text(f, slot.dateLabel);
  e.kind = text(f, slot.kind);
  e.place = text(f, slot.place);
  e.regionIso = text(f, slot.region);
  e.locationBasis = text(f, slot.locationBasis);
  e.actors = text(f, slot.actors);
  e.notes = text(f, slot.notes);
  e.source = text(f, slot.source);
  if (e.title.empty()) {
    static const std::string untitled = say("has no title");  // said once: rows may be many
    return untitled;
  }
  // No date at all is not a bad date: the event is kept, counted and listed as undated.
  if (e.date.empty()) {
    e.undated = true;
    if (e.dateLabel.empty()) e.dateLabel = "no date";
  } else if (!parseEventDate(e.date, e.dateStart, e.dateEnd, &e.days)) {
    return say("bad date '{date}' (use YYYY-MM-DD, YYYY-MM, YYYY or start/end)", {{"date", e.date}});
  }
  if (e.dateLabel.empty()) e.dateLabel = describeDays(e.days);
  if (!readRadius(f, slot.radiusKm, e.radiusKm)) return radiusProblem(fields.radiusKm);
  if (!readFatalities(f, slot.fatalities, e.fatalities)) return fatalitiesProblem(fields.fatalities);
  return std::nullopt;
}

// How far an ACLED location may be from the true spot where geo_precision is 2: "near" the
// named place, in the same district.
constexpr double kAcledNearKm = 25;

// A row of an ACLED export. ACLED has no title: it is the sub-event type and the location
// ("Peaceful protest in Bishkek"). time_precision 1 is the day, 2 the week around it, 3 its
// month; geo_precision 1 the point, 2 a circle of kAcledNearKm around it, 3 the region only.
std::optional<std::string> readAcledEvent(OGRFeature& f, const EventFields::Slots& slot, Event& e) {
  const AcledSlots& x = slot.extra;
  // ACLED fills every row's last column: a row without it was cut short (a truncated download).
  if (text(f, x.timestamp).empty())
    return say("the row is incomplete (its last column, timestamp, is empty): the file may be cut short");
  e.credit = "ACLED";
  e.kind = text(f, slot.kind);
  e.place = text(f, slot.place);
  const std::string what = text(f, x.subEventType);
  e.title = (what.empty() ? e.kind : what) + (e.place.empty() ? "" : " in " + e.place);
  if (e.title.empty()) return say("has no event_type, sub_event_type or location to call it by");
  const std::string dateText = text(f, slot.date);
  const auto day = parseDayText(dateText);
  if (!day) return say("bad event_date '{date}' (ACLED writes 2020-10-06 or 6 October 2020)", {{"date", dateText}});
  const std::string timePrecision = text(f, x.timePrecision);
  if (timePrecision == "1") e.days = {*day, *day};
  else if (timePrecision == "2") e.days = {*day - 3, *day + 3};
  else if (timePrecision == "3") e.days = *parseIsoPeriod(isoDay(*day).substr(0, 7));
  else return say("bad time_precision '{value}' (ACLED uses 1, 2 or 3)", {{"value", timePrecision}});
  e.dateStart = isoDay(e.days.first);
  e.dateEnd = timePrecision == "3" ? e.dateStart.substr(0, 7) : isoDay(e.days.last);
  if (timePrecision == "3") e.dateStart = e.dateEnd;
  e.date = e.dateStart == e.dateEnd ? e.dateStart : e.dateStart + "/" + e.dateEnd;
  e.dateLabel = describeDays(e.days);
  const std::string geoPrecision = text(f, x.geoPrecision);
  if (geoPrecision == "2") e.radiusKm = kAcledNearKm;
  else if (geoPrecision == "3") e.regionOnly = true;
  else if (geoPrecision != "1") return say("bad geo_precision '{value}' (ACLED uses 1, 2 or 3)", {{"value", geoPrecision}});
  const std::string admin1 = text(f, x.admin1);
  e.locationBasis = "ACLED geo_precision " + geoPrecision +
                    (geoPrecision == "1"   ? ": the named location"
                     : geoPrecision == "2" ? ": near the named location"
                                           : ": only the region is known" + (admin1.empty() ? "" : " (" + admin1 + ")"));
  auto side = [&](FieldSlot actor, FieldSlot associated) {
    const std::string a = text(f, actor), with = text(f, associated);
    return with.empty() ? a : a.empty() ? with : a + " (with " + with + ")";
  };
  const std::string one = side(slot.actors, x.assocActor1), two = side(x.actor2, x.assocActor2);
  e.actors = one.empty() ? two : two.empty() ? one : one + "; " + two;
  e.notes = text(f, slot.notes);
  e.source = text(f, slot.source);
  if (!readFatalities(f, slot.fatalities, e.fatalities)) return fatalitiesProblem("fatalities");
  return std::nullopt;
}

}  // namespace

std::vector<Event> readEvents(const std::string& path, const EventFields& fields, std::vector<std::string>& problems,
                              const EventCheck& check) {
  std::vector<Event> events;
  ProblemTally tally(sourceLabel(path));
  readPoints(path, fields, "events", problems, tally, [&](std::size_t n) { events.reserve(n); },
             [&](OGRFeature& f, const EventFields::Slots& slot, const std::string& id,
                 GeoPoint p) -> std::optional<std::string> {
               // Made in place, and taken back if it is left out: an Event is large to move.
               Event& e = events.emplace_back();
               e.id = id;
               e.point = p;
               std::optional<std::string> why = slot.acled ? readAcledEvent(f, slot, e) : readOwnEvent(f, slot, fields, e);
               if (!why && check) why = check(e);
               if (why) events.pop_back();
               return why;
             });
  tally.appendTo(problems);
  return events;
}

std::vector<Place> readPlaces(const std::string& path, const PlaceFields& fields, std::vector<std::string>& problems) {
  std::vector<Place> places;
  ProblemTally tally(sourceLabel(path));
  readPoints(path, fields, "places", problems, tally, [&](std::size_t n) { places.reserve(n); },
             [&](OGRFeature& f, const PlaceFields::Slots& slot, const std::string& id,
                 GeoPoint p) -> std::optional<std::string> {
               Place place;
               place.id = id;
               place.name = text(f, slot.name);
               place.regionIso = text(f, slot.region);
               place.locationBasis = text(f, slot.locationBasis);
               place.point = p;
               if (place.name.empty()) return say("has no name");
               if (!readRadius(f, slot.radiusKm, place.radiusKm)) return radiusProblem(fields.radiusKm);
               places.push_back(std::move(place));
               return std::nullopt;
             });
  tally.appendTo(problems);
  return places;
}

}  // namespace kg
