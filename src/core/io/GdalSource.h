#pragma once
// What every GDAL read in the core needs: opening a vector file with errors that name it,
// collecting GDAL's own messages instead of letting it print, and bringing a layer's
// coordinates to WGS84 longitude/latitude. Used at load time only.
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <initializer_list>
#include <memory>
#include <string>
#include <vector>

#include "core/io/Result.h"
#include "core/io/SourceName.h"

namespace kg {

// Collects GDAL's failure messages while it lives, instead of letting GDAL print to stderr.
class GdalErrorCapture {
 public:
  GdalErrorCapture();
  ~GdalErrorCapture();
  GdalErrorCapture(const GdalErrorCapture&) = delete;
  GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

  bool hasError() const { return !errors_.empty(); }
  std::string firstError() const { return errors_.empty() ? std::string() : errors_.front(); }
  // All of them in order, for telling those of one stage (opening the file) from the next.
  const std::vector<std::string>& errors() const { return errors_; }

 private:
  static void CPL_STDCALL handler(CPLErr level, CPLErrorNum, const char* message);
  std::vector<std::string> errors_;
};

// While it lives, GDAL's errors are only recorded, not passed to a GdalErrorCapture: for calls
// whose failure costs one feature (a vertex PROJ cannot reproject, a polygon GEOS cannot repair)
// and must not make the file "damaged".
class QuietGdalErrors {
 public:
  QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }
  ~QuietGdalErrors() { CPLPopErrorHandler(); }
  QuietGdalErrors(const QuietGdalErrors&) = delete;
  QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
  std::string last() const { return CPLGetLastErrorMsg(); }
};

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

struct TransformDeleter {
  void operator()(OGRCoordinateTransformation* ct) const { OGRCoordinateTransformation::DestroyCT(ct); }
};
using Transform = std::unique_ptr<OGRCoordinateTransformation, TransformDeleter>;

// Opens a vector file read-only with at least one layer. Errors start with the path: no such
// file, not a regular file (a pipe or a device), empty, cannot be read (with the system's reason),
// a folder with nothing GDAL reads, not a vector file (with GDAL's reason, taken from `errors`),
// or no layers. `openOptions` (a null-ended list of "NAME=VALUE") go to whichever driver opens it.
// A connection string is opened as it is (with a 10 s connection timeout unless it sets one), and
// a failure reads "<source, password hidden>: cannot connect (<the server's reason>)".
// Any "|layername=" part is ignored here: see chooseLayer.
Result<Dataset> openVectorFile(const std::string& path, const GdalErrorCapture& errors,
                               const char* const* openOptions = nullptr);

// The layer the source asks for by name, or `usual` (which may be null: then the first layer).
// An unknown name is refused with the layers there are; a layer that cannot be read (a database
// table that does not exist) with the database's reason.
Result<OGRLayer*> chooseLayer(GDALDataset& dataset, const std::string& source, const GdalErrorCapture& errors,
                              OGRLayer* usual = nullptr);

// The layer's CRS, or null when it names none that places it on Earth: no CRS at all (a
// Shapefile without its .prj), or GeoPackage's "Undefined geographic SRS" and "Undefined Cartesian
// SRS". One policy for all of them: coordinates within longitude and latitude range are taken as
// WGS84, with a warning; others are refused, asking for a CRS. (A CRS that is named but cannot be
// placed on Earth, a site grid, is refused as such.)
const OGRSpatialReference* crsOf(OGRLayer& layer);

// The transform from a layer's CRS to WGS84 longitude/latitude, or none when there is nothing
// to do: the layer is WGS84 already, or names no CRS (then its coordinates are taken as WGS84).
// The error says which CRS could not be reprojected.
Result<Transform> transformToWgs84(const OGRSpatialReference* source);

// The first of these fields the feature has a value in, as text; "" when none has.
std::string fieldOf(OGRFeature& feature, std::initializer_list<const char*> candidates);

}  // namespace kg
