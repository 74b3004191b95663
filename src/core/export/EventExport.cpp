#include "core/export/EventExport.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <filesystem>
#include <memory>

#include "core/io/AtomicFile.h"
#include "core/io/Say.h"
#include "core/jobs/Progress.h"

namespace kg {
namespace {

struct Field {
  const char* name;
  OGRFieldType type;
};
constexpr Field kFields[] = {
    {"id", OFTString},      {"title", OFTString},  {"date", OFTString},        {"date_label", OFTString},
    {"kind", OFTString},    {"place", OFTString},  {"region", OFTString},      {"precision_km", OFTReal},
    {"actors", OFTString},  {"fatalities", OFTInteger}, {"notes", OFTString},  {"source", OFTString},
    {"layer", OFTString},   {"credit", OFTString},
};

bool looksLikeGeoJson(std::string_view head) {
  const auto first = std::find_if(head.begin(), head.end(), [](char c) { return !std::isspace(static_cast<unsigned char>(c)); });
  return first != head.end() && *first == '{';
}
bool looksLikeGeoPackage(std::string_view head) { return head == std::string_view("SQLite format 3\0", 16); }

}  // namespace

Result<EventFileFormat> eventFileFormat(const std::string& path) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".geojson" || ext == ".json") return EventFileFormat::GeoJson;
  if (ext == ".gpkg") return EventFileFormat::GeoPackage;
  return Error{say("{file}: name a .geojson or .gpkg file to write the events to", {{"file", path}})};
}

Result<bool> exportEvents(const std::string& path, const std::vector<int>& events, const Catalog& catalog,
                          Progress* progress) {
  const auto format = eventFileFormat(path);
  if (!format) return Error{format.error()};
  const bool json = *format == EventFileFormat::GeoJson;
  static const OwnFileKind kJson{say("a GeoJSON file"), ".geojson", 64, looksLikeGeoJson};
  static const OwnFileKind kGpkg{say("a GeoPackage"), ".gpkg", 16, looksLikeGeoPackage};
  if (auto allowed = mayReplace(path, json ? kJson : kGpkg); !allowed) return allowed;

  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(json ? "GeoJSON" : "GPKG");
  if (!driver) return Error{say("{file}: this GDAL has no {driver} driver", {{"file", path}, {"driver", json ? "GeoJSON" : "GPKG"}})};
  static std::atomic<int> serial{0};
  const std::string scratch =
      "/vsimem/kgatlas-events-" + std::to_string(++serial) + (json ? ".geojson" : ".gpkg");
  struct Scratch {
    std::string name;
    ~Scratch() { VSIUnlink(name.c_str()); }
  } cleanup{scratch};

  Result<bool> outcome = true;
  {
    std::unique_ptr<GDALDataset> file(driver->Create(scratch.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!file) return Error{say("{file}: GDAL could not make the file: {why}", {{"file", path}, {"why", CPLGetLastErrorMsg()}})};
    OGRSpatialReference wgs84;
    wgs84.SetWellKnownGeogCS("WGS84");
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    const char* const layerOptions[] = {"RFC7946=YES", nullptr};  // GeoJSON: plain longitude, latitude
    OGRLayer* layer = file->CreateLayer("events", &wgs84, wkbPoint, json ? const_cast<char**>(layerOptions) : nullptr);
    if (!layer) return Error{say("{file}: GDAL could not make the layer: {why}", {{"file", path}, {"why", CPLGetLastErrorMsg()}})};
    for (const Field& f : kFields) {
      OGRFieldDefn defn(f.name, f.type);
      if (layer->CreateField(&defn) != OGRERR_NONE)
        return Error{say("{file}: GDAL could not add the field {field}", {{"file", path}, {"field", f.name}})};
    }
    const bool batched = !json && file->StartTransaction() == OGRERR_NONE;  // one transaction: fast in SQLite
    for (std::size_t n = 0; n < events.size(); ++n) {
      if (progress && n % 4096 == 0) {
        if (progress->cancelled()) return Error{say("{file}: export cancelled", {{"file", path}})};
        progress->setFraction(static_cast<double>(n) / static_cast<double>(events.size()));
      }
      const int index = events[n];
      if (index < 0 || static_cast<std::size_t>(index) >= catalog.events.size()) continue;
      const Event& e = catalog.events[static_cast<std::size_t>(index)];
      OGRFeature feature(layer->GetLayerDefn());
      feature.SetField("id", e.id.c_str());
      feature.SetField("title", e.title.c_str());
      if (!e.undated) feature.SetField("date", e.date.c_str());
      feature.SetField("date_label", e.dateLabel.c_str());
      feature.SetField("kind", e.kind.c_str());
      feature.SetField("place", e.place.c_str());
      feature.SetField("region", e.regionIso.c_str());
      if (e.radiusKm > 0) feature.SetField("precision_km", e.radiusKm);
      feature.SetField("actors", e.actors.c_str());
      if (e.fatalities >= 0) feature.SetField("fatalities", e.fatalities);
      feature.SetField("notes", e.notes.c_str());
      feature.SetField("source", e.source.c_str());
      if (e.layer >= 0 && static_cast<std::size_t>(e.layer) < catalog.layers.size())
        feature.SetField("layer", catalog.layers[static_cast<std::size_t>(e.layer)].name.c_str());
      feature.SetField("credit", e.credit.c_str());
      OGRPoint point(e.point.lon, e.point.lat);
      feature.SetGeometry(&point);
      if (layer->CreateFeature(&feature) != OGRERR_NONE)
        return Error{say("{file}: GDAL could not write the event {id}: {why}", {{"file", path}, {"id", e.id}, {"why", CPLGetLastErrorMsg()}})};
    }
    if (batched && file->CommitTransaction() != OGRERR_NONE)
      return Error{say("{file}: GDAL could not finish the GeoPackage: {why}", {{"file", path}, {"why", CPLGetLastErrorMsg()}})};
  }  // closed: everything is in the memory file now
  vsi_l_offset size = 0;
  GByte* bytes = VSIGetMemFileBuffer(scratch.c_str(), &size, FALSE);
  if (!bytes || size == 0) return Error{say("{file}: GDAL wrote nothing", {{"file", path}})};
  if (progress) progress->setFraction(1);
  outcome = writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)));
  return outcome;
}

}  // namespace kg
