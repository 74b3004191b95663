#include "core/events/FieldMapping.h"

#include <ogr_feature.h>

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

  FieldSlot required(const std::string& name, const char* what) {
    const FieldSlot slot = optional(name);
    if (!slot.present()) missing_ += (missing_.empty() ? "" : ", ") + ("'" + name + "' (" + what + ")");
    return slot;
  }

  template <class Slots>
  Result<Slots> result(Slots slots) const {
    if (missing_.empty()) return slots;
    std::string fields;
    for (int i = 0; i < layer_.GetFieldCount(); ++i)
      fields += (i ? ", " : "") + std::string(layer_.GetFieldDefn(i)->GetNameRef());
    return Error{"the layer has no field " + missing_ + "; its fields are: " + (fields.empty() ? "none" : fields)};
  }

 private:
  const OGRFeatureDefn& layer_;
  std::string missing_;
};

}  // namespace

Result<EventFields::Slots> EventFields::locate(const OGRFeatureDefn& layer) const {
  Locator find(layer);
  Slots s;
  s.id = find.required(id, "the event's id");
  s.title = find.required(title, "its title");
  s.date = find.required(date, "its date");
  s.dateLabel = find.optional(dateLabel);
  s.kind = find.optional(kind);
  s.place = find.optional(place);
  s.region = find.optional(region);
  s.radiusKm = find.optional(radiusKm);
  s.locationBasis = find.optional(locationBasis);
  return find.result(s);
}

Result<PlaceFields::Slots> PlaceFields::locate(const OGRFeatureDefn& layer) const {
  Locator find(layer);
  Slots s;
  s.id = find.required(id, "the place's id");
  s.name = find.required(name, "its name");
  s.region = find.optional(region);
  s.radiusKm = find.optional(radiusKm);
  s.locationBasis = find.optional(locationBasis);
  return find.result(s);
}

}  // namespace kg
