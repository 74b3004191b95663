#include "core/events/EventReader.h"

#include <cstdlib>
#include <memory>
#include <unordered_set>

#include "core/events/EventDate.h"
#include "core/io/BlockFile.h"
#include "core/io/GdalSource.h"
#include "core/io/ProblemList.h"
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

// Opens the first layer of `path`, looks the mapped fields up once, and calls
// visit(feature, slots, label, id, point) for each feature that is a valid point with an id not
// seen before in the file.
template <class Fields, class Visit>
void readPoints(const std::string& path, const Fields& fields, const char* what, std::vector<std::string>& problems,
                Visit visit) {
  GdalErrorCapture errors;
  auto ds = openVectorFile(path, errors);
  if (!ds) {
    problems.push_back(ds.error() + " (no " + what + " loaded)");
    return;
  }
  OGRLayer* layer = (*ds)->GetLayer(0);
  const auto slots = fields.locate(*layer->GetLayerDefn());
  if (!slots) {
    problems.push_back(path + ": " + slots.error() + " (no " + what + " loaded)");
    return;
  }
  auto transform = transformToWgs84(layer->GetSpatialRef());
  if (!transform) {
    problems.push_back(path + ": " + transform.error() + " (no " + what + " loaded)");
    return;
  }
  // Checked in the file's own CRS before PROJ sees a point: see CoordinateCheck.
  const CoordinateCheck coordinates(layer->GetSpatialRef());
  std::unordered_set<std::string> seen;
  layer->ResetReading();
  for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    const std::string id = text(*f, slots->id);
    const std::string label =
        path + ": feature " + std::to_string(f->GetFID()) + (id.empty() ? "" : " (id '" + id + "')");
    OGRGeometry* g = f->GetGeometryRef();
    if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint) {
      problems.push_back(label + ": not a point");
      continue;
    }
    if (const CoordinateProblem bad = coordinates.check(*g)) {
      problems.push_back(label + ": " + bad.text + "; the point was skipped");
      continue;
    }
    if (g->IsEmpty()) {
      problems.push_back(label + ": the point is empty (it has no coordinates)");
      continue;
    }
    if (*transform && g->transform(transform->get()) != OGRERR_NONE) {
      problems.push_back(label + ": cannot reproject its point to WGS84");
      continue;
    }
    const GeoPoint p{g->toPoint()->getY(), g->toPoint()->getX()};
    if (!isValid(p)) {
      problems.push_back(label + ": coordinates are not longitude/latitude");
      continue;
    }
    if (id.empty()) {
      problems.push_back(label + ": has no id");
      continue;
    }
    if (!seen.insert(id).second) {
      problems.push_back(label + ": duplicate id '" + id + "'");
      continue;
    }
    visit(*f, slots.value(), label, id, p);
  }
}

std::string radiusProblem(const std::string& field) {
  return field + " must be a number of kilometres, 0 or more";
}

}  // namespace

std::vector<Event> readEvents(const std::string& path, const EventFields& fields, std::vector<std::string>& problems,
                              const EventCheck& check) {
  std::vector<Event> events;
  std::vector<std::string> found;  // this file's problems, listed up to a point (ProblemList.h)
  readPoints(path, fields, "events", found,
             [&](OGRFeature& f, const EventFields::Slots& slot, const std::string& label, const std::string& id,
                 GeoPoint p) {
               Event e;
               e.id = id;
               e.title = text(f, slot.title);
               e.date = text(f, slot.date);
               e.dateLabel = text(f, slot.dateLabel);
               e.kind = text(f, slot.kind);
               e.place = text(f, slot.place);
               e.regionIso = text(f, slot.region);
               e.locationBasis = text(f, slot.locationBasis);
               e.point = p;
               if (e.title.empty()) return found.push_back(label + ": has no title");
               if (!parseEventDate(e.date, e.dateStart, e.dateEnd, &e.days))
                 return found.push_back(label + ": bad date '" + e.date +
                                           "' (use YYYY-MM-DD, YYYY-MM, YYYY or start/end)");
               if (e.dateLabel.empty()) e.dateLabel = e.date;
               if (!readRadius(f, slot.radiusKm, e.radiusKm))
                 return found.push_back(label + ": " + radiusProblem(fields.radiusKm));
               if (check)
                 if (const auto why = check(e)) return found.push_back(label + ": " + *why);
               events.push_back(std::move(e));
             });
  addProblems(problems, std::move(found), path);
  return events;
}

std::vector<Place> readPlaces(const std::string& path, const PlaceFields& fields, std::vector<std::string>& problems) {
  std::vector<Place> places;
  std::vector<std::string> found;
  readPoints(path, fields, "places", found,
             [&](OGRFeature& f, const PlaceFields::Slots& slot, const std::string& label, const std::string& id,
                 GeoPoint p) {
               Place place;
               place.id = id;
               place.name = text(f, slot.name);
               place.regionIso = text(f, slot.region);
               place.locationBasis = text(f, slot.locationBasis);
               place.point = p;
               if (place.name.empty()) return found.push_back(label + ": has no name");
               if (!readRadius(f, slot.radiusKm, place.radiusKm))
                 return found.push_back(label + ": " + radiusProblem(fields.radiusKm));
               places.push_back(std::move(place));
             });
  addProblems(problems, std::move(found), path);
  return places;
}

}  // namespace kg
