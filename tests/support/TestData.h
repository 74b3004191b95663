#pragma once
// Shared fixtures: the bundled data, known places, and bad files made on the fly with GDAL.
#include <string>

#include "core/layers/BoundaryLoader.h"

namespace kg::test {

std::string bundledPath();
const BoundaryData& bundled();  // loaded once per test binary

// A fresh empty folder under the build tree for one test's files.
std::string scratchDir(const std::string& name);
// Converts the bundled regions layer with ogr2ogr-style options (GDALVectorTranslate).
std::string translateBundled(const std::string& outPath, const std::string& format, const std::string& extraOptions);
// ogr2ogr (GDALVectorTranslate) from any file: `options` as on its command line ("-f GPKG -t_srs EPSG:3031").
// Throws with GDAL's message when it fails.
std::string ogr2ogr(const std::string& from, const std::string& outPath, const std::string& options);
void writeFile(const std::string& path, const std::string& contents);
// The file's contents, or "" when it cannot be read (files under test may not exist yet).
std::string readText(const std::string& path);

inline constexpr GeoPoint kNarynTown{41.43, 75.99};
inline constexpr GeoPoint kOshCity{40.53, 72.80};
inline constexpr GeoPoint kKashgarChina{39.47, 75.99};
inline constexpr GeoPoint kBishkekWhiteHouse{42.8770, 74.6030};

}  // namespace kg::test
