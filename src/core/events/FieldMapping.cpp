#include "core/events/FieldMapping.h"

#include <ogr_feature.h>

#include "core/io/TomlText.h"

#include <algorithm>
#include <array>
#include <sstream>

#include "core/io/Say.h"
#include "core/io/TextFile.h"

namespace kg {
namespace {

// Looks fields up in one layer and collects the required ones it lacks, so one message can name
// them all.
class Locator {
 public:
  explicit Locator(const OGRFeatureDefn& layer) : layer_(layer) {}

  FieldSlot optional(const std::string& name) const {
    if (name.empty()) return {};
    const int index = layer_.GetFieldIndex(name.c_str());
    if (index < 0) return {};
    const OGRFieldType type = layer_.GetFieldDefn(index)->GetType();
    return {index, type == OFTDate || type == OFTDateTime};
  }

  // `item(list, name)` adds the field to the list of those missing: "'headline' (its title)".
  template <class Item>
  FieldSlot required(const std::string& name, Item item) {
    const FieldSlot slot = optional(name);
    if (!slot.present()) missing_ = item(missing_, name);
    return slot;
  }

  template <class Slots>
  Result<Slots> result(Slots slots) const {
    if (missing_.empty()) return slots;
    std::string fields;
    for (int i = 0; i < layer_.GetFieldCount(); ++i)
      fields += (i ? ", " : "") + std::string(layer_.GetFieldDefn(i)->GetNameRef());
    if (fields.empty()) return Error{say("the layer has no field {missing}; its fields are: none", {{"missing", missing_}})};
    return Error{say("the layer has no field {missing}; its fields are: {fields}", {{"missing", missing_}, {"fields", fields}})};
  }

 private:
  const OGRFeatureDefn& layer_;
  std::string missing_;
};

// The columns both of ACLED's 31-column export layers have (the older one adds data_id, iso,
// event_id_no_cnty and iso3; the newer disorder_type, civilian_targeting, iso and tags).
constexpr std::array<const char*, 27> kAcledColumns = {
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1",
    "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "region", "country", "admin1",
    "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "timestamp"};

// An ACLED export: its id column and its geo_precision. Then every column must be there.
bool looksLikeAcled(const OGRFeatureDefn& layer) {
  return layer.GetFieldIndex("event_id_cnty") >= 0 && layer.GetFieldIndex("geo_precision") >= 0 &&
         layer.GetFieldIndex("event_date") >= 0;
}

Result<EventFields::Slots> locateAcled(const OGRFeatureDefn& layer) {
  std::string missing;
  for (const char* column : kAcledColumns)
    if (layer.GetFieldIndex(column) < 0) missing += (missing.empty() ? "'" : ", '") + std::string(column) + "'";
  if (!missing.empty())
    return Error{missing.find(',') == std::string::npos
                     ? say("looks like an ACLED export (it has event_id_cnty and geo_precision) but lacks ACLED's column {missing}",
                           {{"missing", missing}})
                     : say("looks like an ACLED export (it has event_id_cnty and geo_precision) but lacks ACLED's columns {missing}",
                           {{"missing", missing}})};
  Locator find(layer);
  EventFields::Slots s;
  s.acled = true;
  s.id = find.optional("event_id_cnty");
  s.date = find.optional("event_date");
  s.kind = find.optional("event_type");
  s.place = find.optional("location");
  s.actors = find.optional("actor1");
  s.fatalities = find.optional("fatalities");
  s.notes = find.optional("notes");
  s.source = find.optional("source");
  s.extra = {find.optional("time_precision"), find.optional("geo_precision"), find.optional("sub_event_type"),
             find.optional("assoc_actor_1"),  find.optional("actor2"),        find.optional("assoc_actor_2"),
             find.optional("admin1"),        find.optional("timestamp")};
  return s;
}

}  // namespace

const std::vector<std::string>& EventFields::properties() {
  static const std::vector<std::string> names{"id",     "title",      "date",  "end_date", "date_label",
                                              "kind",   "place",      "region", "radius_km", "location_basis",
                                              "actors", "fatalities", "notes", "source"};
  return names;
}

std::string* EventFields::field(const std::string& property) {
  std::string* const slots[] = {&id,     &title,  &date,     &endDate,       &dateLabel, &kind,  &place,
                                &region, &radiusKm, &locationBasis, &actors, &fatalities, &notes, &source};
  const auto& names = properties();
  const auto at = std::find(names.begin(), names.end(), property);
  return at == names.end() ? nullptr : slots[at - names.begin()];
}

Result<EventFields::Slots> EventFields::locate(const OGRFeatureDefn& layer) const {
  // ACLED's own header wins, unless a mapping was given: then it says where things are.
  if (given.empty() && layer.GetFieldIndex(id.c_str()) < 0 && looksLikeAcled(layer)) return locateAcled(layer);
  Locator find(layer);
  auto named = [&](const std::string& name, const char* property) {
    const bool mapped = std::find(given.begin(), given.end(), property) != given.end();
    const auto item = [&](const std::string& list, const std::string& field) {
      return list.empty() ? say("'{field}' (the mapping's {property})", {{"field", field}, {"property", property}})
                          : say("{list}, '{field}' (the mapping's {property})",
                                {{"list", list}, {"field", field}, {"property", property}});
    };
    return mapped && !name.empty() ? find.required(name, item) : find.optional(name);
  };
  Slots s;
  s.id = find.required(id, [](const std::string& list, const std::string& field) {
    return list.empty() ? say("'{field}' (the event's id)", {{"field", field}})
                        : say("{list}, '{field}' (the event's id)", {{"list", list}, {"field", field}});
  });
  s.title = find.required(title, [](const std::string& list, const std::string& field) {
    return list.empty() ? say("'{field}' (its title)", {{"field", field}})
                        : say("{list}, '{field}' (its title)", {{"list", list}, {"field", field}});
  });
  s.date = date.empty() ? FieldSlot{} : find.required(date, [](const std::string& list, const std::string& field) {
    return list.empty() ? say("'{field}' (its date)", {{"field", field}})
                        : say("{list}, '{field}' (its date)", {{"list", list}, {"field", field}});
  });
  s.endDate = named(endDate, "end_date");
  s.dateLabel = named(dateLabel, "date_label");
  s.kind = named(kind, "kind");
  s.place = named(place, "place");
  s.region = named(region, "region");
  s.radiusKm = named(radiusKm, "radius_km");
  s.locationBasis = named(locationBasis, "location_basis");
  s.actors = named(actors, "actors");
  s.fatalities = named(fatalities, "fatalities");
  s.notes = named(notes, "notes");
  s.source = named(source, "source");
  return find.result(s);
}

Result<EventFields> mapField(EventFields fields, const std::string& property, const std::string& field) {
  std::string* slot = fields.field(property);
  if (!slot) {
    std::string known;
    for (const std::string& name : EventFields::properties()) known += (known.empty() ? "" : ", ") + name;
    return Error{say("'{property}' is not a property of an event; the properties are: {known}",
                     {{"property", property}, {"known", known}})};
  }
  if (field.empty() && (property == "id" || property == "title"))
    return Error{say("every event needs its {property}: name the field that holds it", {{"property", property}})};
  *slot = field;
  fields.given.push_back(property);
  return fields;
}

Result<EventFields> mapFieldText(EventFields fields, const std::string& assignment) {
  const std::size_t eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0)
    return Error{say("'{text}' is not PROPERTY=FIELD (such as title=headline)", {{"text", assignment}})};
  return mapField(std::move(fields), assignment.substr(0, eq), assignment.substr(eq + 1));
}

Result<EventFields> readFieldMapping(const std::string& path, EventFields fields) {
  auto bytes = readFile(path);
  if (!bytes) return Error{bytes.error()};
  if (bytes->empty()) return Error{say("{file}: the mapping file is empty", {{"file", path}})};
  auto parsed = parseToml(*bytes, path);
  if (!parsed) return Error{parsed.error()};
  const toml::table& table = *parsed;
  for (const auto& [key, node] : table) {
    const std::string property(key.str());
    const std::string line = std::to_string(node.source().begin.line);  // (a lambda may not name `node`)
    const auto at = [&](const std::string& problem) {
      return say("{file}:{line}: {problem}", {{"file", path}, {"line", line}, {"problem", problem}});
    };
    const std::optional<std::string> field = node.value<std::string>();
    if (!field || !node.is_string()) return Error{at(say("{key} must be a field name in quotes", {{"key", property}}))};
    auto mapped = mapField(std::move(fields), property, *field);
    if (!mapped) return Error{at(mapped.error())};
    fields = std::move(*mapped);
  }
  return fields;
}

Result<PlaceFields::Slots> PlaceFields::locate(const OGRFeatureDefn& layer) const {
  Locator find(layer);
  Slots s;
  s.id = find.required(id, [](const std::string& list, const std::string& field) {
    return list.empty() ? say("'{field}' (the place's id)", {{"field", field}})
                        : say("{list}, '{field}' (the place's id)", {{"list", list}, {"field", field}});
  });
  s.name = find.required(name, [](const std::string& list, const std::string& field) {
    return list.empty() ? say("'{field}' (its name)", {{"field", field}})
                        : say("{list}, '{field}' (its name)", {{"list", list}, {"field", field}});
  });
  s.region = find.optional(region);
  s.radiusKm = find.optional(radiusKm);
  s.locationBasis = find.optional(locationBasis);
  return find.result(s);
}

}  // namespace kg
