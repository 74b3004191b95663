#pragma once
// Which field of a point layer holds which property of an event or a place, so events can come
// from any GDAL source (a GeoPackage, a CSV export, someone else's GeoJSON) without renaming its
// columns. The defaults are the field names of the bundled geodata/events.geojson and
// geodata/places.geojson. An ACLED export is recognised by its header and read with ACLED's own
// columns (see AcledFields).
#include <string>

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
  FieldSlot timePrecision, geoPrecision, subEventType, assocActor1, actor2, assocActor2, admin1;
};

// id, title and date must be in the layer. Any other field may be missing from it, or named ""
// when the source has none: the property is then empty (radius 0, kind "").
struct EventFields {
  std::string id = "id", title = "title", date = "date", endDate = "end_date", dateLabel = "date_label",
              kind = "kind", place = "place", region = "region", radiusKm = "radius_km",
              locationBasis = "location_basis", actors = "actors", fatalities = "fatalities", notes = "notes",
              source = "source";

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

// id and name must be in the layer; the rest may be missing.
struct PlaceFields {
  std::string id = "id", name = "name", region = "region", radiusKm = "radius_km", locationBasis = "location_basis";

  struct Slots {
    FieldSlot id, name, region, radiusKm, locationBasis;
  };
  Result<Slots> locate(const OGRFeatureDefn& layer) const;
};

}  // namespace kg
