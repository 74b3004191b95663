#include "core/io/GdalSource.h"

#include <cpl_vsi.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <mutex>

#include "core/io/Say.h"

namespace kg {

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this); }
GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message) {
  auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
  if (self && level >= CE_Failure) self->errors_.emplace_back(message ? message : "unknown GDAL error");
}

namespace {

// GDAL's PostgreSQL messages run over several lines after "PQconnectdb failed.": one line here.
std::string oneLine(std::string text) {
  const std::string lead = "PQconnectdb failed.";
  if (text.compare(0, lead.size(), lead) == 0) text.erase(0, lead.size());
  // The server's echo of GDAL's own query, after "LINE 1:", says nothing to a reader.
  if (const std::size_t query = text.find("\nLINE "); query != std::string::npos) text.erase(query);
  std::string line;
  for (char c : text) {
    const bool space = std::isspace(static_cast<unsigned char>(c));
    if (space && (line.empty() || line.back() == ' ')) continue;
    line += space ? ' ' : c;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

}  // namespace

Result<Dataset> openVectorFile(const std::string& source, const GdalErrorCapture& errors,
                               const char* const* openOptions) {
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });

  const std::string path = splitSource(source).open;
  if (isConnectionString(path)) {
    const std::string label = sourceLabel(source);
    // A server that never answers must not hold the window for ever: libpq waits 10 s at most.
    std::string connect = path;
    if (connect.find("connect_timeout") == std::string::npos && connect.find("://") == std::string::npos)
      connect += " connect_timeout=10";
    Dataset dataset(GDALDataset::Open(connect.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions));
    if (!dataset) {
      const std::string why = oneLine(hidePassword(errors.firstError(), path));
      return Error{say("{file}: cannot connect ({why})", {{"file", label}, {"why", why.empty() ? say("no reason given") : why}})};
    }
    if (dataset->GetLayerCount() == 0) return Error{say("{file}: the database has no table with a geometry column", {{"file", label}})};
    return dataset;
  }

  // Through GDAL's file layer, so its virtual files (/vsimem/, /vsizip/, ...) open like real ones.
  VSIStatBufL stat;
  if (VSIStatExL(path.c_str(), &stat, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG | VSI_STAT_SIZE_FLAG) != 0)
    return Error{say("{file}: no such file", {{"file", path}})};
  // A pipe or a device: opening one may wait for ever for a writer, or read without end.
  if (!VSI_ISREG(stat.st_mode) && !VSI_ISDIR(stat.st_mode)) return Error{say("{file}: is not a regular file", {{"file", path}})};
  if (VSI_ISREG(stat.st_mode) && stat.st_size == 0) return Error{say("{file}: the file is empty", {{"file", path}})};
  // A file GDAL may not read would otherwise be called "not a vector file": say so plainly.
  if (VSI_ISREG(stat.st_mode)) {
    errno = 0;
    VSILFILE* file = VSIFOpenL(path.c_str(), "rb");
    if (!file) return Error{say("{file}: cannot be read ({why})", {{"file", path}, {"why", std::strerror(errno ? errno : EIO)}})};
    VSIFCloseL(file);
  }
  const bool folder = VSI_ISDIR(stat.st_mode);
  Dataset dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions));
  if (!dataset && folder) return Error{say("{file}: is a folder with no vector file GDAL can read in it", {{"file", path}})};
  if (!dataset) {
    const std::string why = errors.firstError();
    return Error{why.empty() ? say("{file}: not a vector file GDAL can read", {{"file", path}})
                             : say("{file}: not a vector file GDAL can read ({why})", {{"file", path}, {"why", why}})};
  }
  if (dataset->GetLayerCount() == 0)
    return Error{folder ? say("{file}: is a folder with no vector layers in it", {{"file", path}})
                        : say("{file}: the file has no vector layers", {{"file", path}})};
  return dataset;
}

Result<OGRLayer*> chooseLayer(GDALDataset& dataset, const std::string& source, const GdalErrorCapture& errors,
                              OGRLayer* usual) {
  const SourceName name = splitSource(source);
  const std::size_t before = errors.errors().size();
  OGRLayer* layer = usual ? usual : dataset.GetLayer(0);
  if (!name.layer.empty()) {
    layer = dataset.GetLayerByName(name.layer.c_str());
    if (!layer) {
      std::string names;
      const int count = dataset.GetLayerCount();
      for (int i = 0; i < count && i < 20; ++i) names += (i ? ", " : "") + std::string(dataset.GetLayer(i)->GetName());
      if (count > 20) names = say("{list} and {count} more", {{"list", names}, {"count", std::to_string(count - 20)}});
      return Error{say("{file}: has no layer '{layer}'; its layers are: {names}",
                       {{"file", sourceLabel(source)}, {"layer", name.layer}, {"names", names}})};
    }
  }
  if (!layer) return Error{say("{file}: has no layers", {{"file", sourceLabel(source)}})};
  // A database names the tables it was told to (tables=...) without looking: one that is not
  // there fails only when read.
  layer->GetLayerDefn();
  if (isConnectionString(name.open)) std::unique_ptr<OGRFeature>(layer->GetNextFeature());
  layer->ResetReading();
  if (errors.errors().size() > before)
    return Error{say("{file}: layer '{layer}' cannot be read ({why})", {{"file", sourceLabel(source)}, {"layer", layer->GetName()},
                                                                       {"why", oneLine(hidePassword(errors.errors()[before], source))}})};
  return layer;
}

const OGRSpatialReference* crsOf(OGRLayer& layer) {
  const OGRSpatialReference* crs = layer.GetSpatialRef();
  if (!crs || crs->IsEmpty()) return nullptr;
  const char* name = crs->GetName();
  if (name && std::string(name).rfind("Undefined ", 0) == 0 && !crs->GetAuthorityCode(nullptr)) return nullptr;
  return crs;
}

Result<Transform> transformToWgs84(const OGRSpatialReference* source) {
  if (!source) return Transform();
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference from(*source);
  from.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (from.IsGeographic() && from.IsSame(&wgs84)) return Transform();
  Transform transform(OGRCreateCoordinateTransformation(&from, &wgs84));
  if (!transform)
    return Error{say("cannot reproject from its CRS ({crs}) to WGS84", {{"crs", from.GetName() ? from.GetName() : say("unnamed")}})};
  return transform;
}

std::string fieldOf(OGRFeature& feature, std::initializer_list<const char*> candidates) {
  for (const char* name : candidates) {
    const int index = feature.GetFieldIndex(name);
    if (index >= 0 && feature.IsFieldSetAndNotNull(index)) return feature.GetFieldAsString(index);
  }
  return {};
}

}  // namespace kg
