#include "core/io/GdalSource.h"

#include <cpl_vsi.h>

#include <cerrno>
#include <cstring>
#include <mutex>

namespace kg {

GdalErrorCapture::GdalErrorCapture() { CPLPushErrorHandlerEx(&GdalErrorCapture::handler, this); }
GdalErrorCapture::~GdalErrorCapture() { CPLPopErrorHandler(); }

void CPL_STDCALL GdalErrorCapture::handler(CPLErr level, CPLErrorNum, const char* message) {
  auto* self = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
  if (self && level >= CE_Failure) self->errors_.emplace_back(message ? message : "unknown GDAL error");
}

Result<Dataset> openVectorFile(const std::string& path, const GdalErrorCapture& errors,
                               const char* const* openOptions) {
  static std::once_flag registered;
  std::call_once(registered, [] { GDALAllRegister(); });

  // Through GDAL's file layer, so its virtual files (/vsimem/, /vsizip/, ...) open like real ones.
  VSIStatBufL stat;
  if (VSIStatExL(path.c_str(), &stat, VSI_STAT_EXISTS_FLAG | VSI_STAT_NATURE_FLAG | VSI_STAT_SIZE_FLAG) != 0)
    return Error{path + ": no such file"};
  // A pipe or a device: opening one may wait for ever for a writer, or read without end.
  if (!VSI_ISREG(stat.st_mode) && !VSI_ISDIR(stat.st_mode)) return Error{path + ": is not a regular file"};
  if (VSI_ISREG(stat.st_mode) && stat.st_size == 0) return Error{path + ": the file is empty"};
  // A file GDAL may not read would otherwise be called "not a vector file": say so plainly.
  if (VSI_ISREG(stat.st_mode)) {
    errno = 0;
    VSILFILE* file = VSIFOpenL(path.c_str(), "rb");
    if (!file) return Error{path + ": cannot be read (" + std::strerror(errno ? errno : EIO) + ")"};
    VSIFCloseL(file);
  }
  const bool folder = VSI_ISDIR(stat.st_mode);
  Dataset dataset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, openOptions));
  if (!dataset && folder) return Error{path + ": is a folder with no vector file GDAL can read in it"};
  if (!dataset) {
    const std::string why = errors.firstError();
    return Error{path + ": not a vector file GDAL can read" + (why.empty() ? std::string() : " (" + why + ")")};
  }
  if (dataset->GetLayerCount() == 0)
    return Error{path + (folder ? ": is a folder with no vector layers in it" : ": the file has no vector layers")};
  return dataset;
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
    return Error{std::string("cannot reproject from its CRS (") + (from.GetName() ? from.GetName() : "unnamed") +
                 ") to WGS84"};
  return transform;
}

}  // namespace kg
