#pragma once
// The view as a georeferenced GeoTIFF, through GDAL's GTiff driver: the map's projection as its
// CRS and a geotransform from the camera, so that QGIS and other GIS place the picture where the
// map is. Pixels are RGBA, top row first, as an offscreen target reads them.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/io/Result.h"
#include "core/view/Camera.h"

namespace kg {

// GDAL's affine transform from pixel (column, row) to map metres, for the camera's viewport:
// x = gt[0] + column * gt[1], y = gt[3] + row * gt[5] (rows grow south).
std::array<double, 6> geoTransform(const Camera& camera);

struct GeoPicture {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
  Camera camera;        // the view drawn, its viewport width x height
  std::string credits;  // whose data it shows, kept in the file's TIFFTAG_COPYRIGHT
};

// Written whole or not at all (AtomicFile); an existing file that is not a TIFF is never replaced.
Result<bool> exportGeoTiff(const std::string& path, const GeoPicture& picture);

}  // namespace kg
