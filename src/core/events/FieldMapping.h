#pragma once
// Which field of a point layer holds which property of an event or a place, so events can come
// from any GDAL source (a GeoPackage, a CSV export, someone else's GeoJSON) without renaming its
// columns. The defaults are the field names of the bundled geodata/events.geojson and
// geodata/places.geojson. An ACLED export is recognised by its header and read with ACLED's own
// columns (see AcledFields).
#include <string>
#include <vector>

#include "core/io/Result.h"

class OGRFeatureDefn;

namespace kg {

// Where one property is in a given layer: the field's index (-1 when the layer has none), and
// whether the field is a date, to be read as one rather than as text.
struct FieldSlot {
  int index = -1;
  bool isDate = false;
  bool present() const { return index >= 0; }
};

// ACLED's columns that kgatlas reads besides those EventFields names.
struct AcledSlots {
  FieldSlot timePrecision, geoPrecision, subEventType, assocActor1, actor2, assocActor2, admin1, timestamp;
};

// id, title and date must be in the layer. Any other field may be missing from it, or named ""
// when the source has none: the property is then empty (radius 0, kind ""). A field the user
// named (see mapField) must be there too: a mapping is never quietly ignored.
struct EventFields {
  std::string id = "id", title = "title", date = "date", endDate = "end_date", dateLabel = "date_label",
              kind = "kind", place = "place", region = "region", radiusKm = "radius_km",
              locationBasis = "location_basis", actors = "actors", fatalities = "fatalities", notes = "notes",
              source = "source";
  std::vector<std::string> given;  // the properties a mapping named, by their names below

  // The properties by the names a mapping uses: kgatlas's own field names ("id", "end_date", ...).
  static const std::vector<std::string>& properties();
  // The field holding `property` in this mapping, for reading and for writing it.
  std::string* field(const std::string& property);

  struct Slots {
    FieldSlot id, title, date, endDate, dateLabel, kind, place, region, radiusKm, locationBasis, actors, fatalities,
        notes, source;
    bool acled = false;  // the layer is an ACLED export: `extra` holds its other columns
    AcledSlots extra;
  };
  // The layer's field for each property, looked up once per layer. A layer with ACLED's header
  // is read as ACLED, whatever these names say. The error names the required fields the layer
  // lacks and the fields it has.
  Result<Slots> locate(const OGRFeatureDefn& layer) const;
};

// Names the field that holds one property: mapField(f, "title", "headline"). An empty field says
// the source has none (allowed for all but id and title). The error names an unknown property
// with the known ones.
Result<EventFields> mapField(EventFields fields, const std::string& property, const std::string& field);
// "title=headline", as --field takes it.
Result<EventFields> mapFieldText(EventFields fields, const std::string& assignment);
// A mapping file: a TOML table of property = "field name" lines, such as
//   id = "incident_no"
//   title = "headline"
//   date = "occurred_on"
// Errors name the file, and the line for TOML syntax errors, unknown properties and values
// that are not text.
Result<EventFields> readFieldMapping(const std::string& path, EventFields fields = {});

// A layer of events and how its fields are read.
struct EventSource {
  std::string path;
  EventFields fields;
};

// id and name must be in the layer; the rest may be missing.
struct PlaceFields {
  std::string id = "id", name = "name", region = "region", radiusKm = "radius_km", locationBasis = "location_basis";

  struct Slots {
    FieldSlot id, name, region, radiusKm, locationBasis;
  };
  Result<Slots> locate(const OGRFeatureDefn& layer) const;
};

}  // namespace kg
