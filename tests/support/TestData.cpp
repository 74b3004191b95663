#include "support/TestData.h"

#include "core/io/TextFile.h"

#include <gdal_utils.h>
#include <gdal_priv.h>

#include <cpl_string.h>

#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace kg::test {

std::string bundledPath() { return std::string(KGATLAS_SOURCE_DATA_DIR) + "/geodata/kyrgyzstan.gpkg"; }

const BoundaryData& bundled() {
  static const BoundaryData data = [] {
    auto loaded = loadBoundaries(bundledPath(), Projection());
    if (!loaded) throw std::runtime_error(loaded.error());
    return std::move(*loaded);
  }();
  return data;
}

std::string scratchDir(const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / ("kgatlas-test-" + std::to_string(::getpid())) / name;
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string translateBundled(const std::string& outPath, const std::string& format, const std::string& extraOptions) {
  GDALAllRegister();
  GDALDatasetH source = GDALOpenEx(bundledPath().c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  if (!source) throw std::runtime_error("cannot open bundled data");
  CPLStringList args(CSLTokenizeString(("-f \"" + format + "\" " + extraOptions + " regions").c_str()));
  GDALVectorTranslateOptions* options = GDALVectorTranslateOptionsNew(args.List(), nullptr);
  int usageError = 0;
  GDALDatasetH out = GDALVectorTranslate(outPath.c_str(), nullptr, 1, &source, options, &usageError);
  GDALVectorTranslateOptionsFree(options);
  GDALClose(source);
  if (!out) throw std::runtime_error("GDALVectorTranslate failed for " + outPath);
  GDALClose(out);
  return outPath;
}

std::string ogr2ogr(const std::string& from, const std::string& outPath, const std::string& options) {
  GDALAllRegister();
  GDALDatasetH source = GDALOpenEx(from.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr);
  if (!source) throw std::runtime_error("cannot open " + from);
  CPLStringList args(CSLTokenizeString(options.c_str()));
  GDALVectorTranslateOptions* parsed = GDALVectorTranslateOptionsNew(args.List(), nullptr);
  int usageError = 0;
  CPLErrorReset();
  GDALDatasetH out = GDALVectorTranslate(outPath.c_str(), nullptr, 1, &source, parsed, &usageError);
  GDALVectorTranslateOptionsFree(parsed);
  GDALClose(source);
  if (!out) throw std::runtime_error("ogr2ogr " + options + " " + outPath + ": " + CPLGetLastErrorMsg());
  GDALClose(out);
  return outPath;
}

std::string readText(const std::string& path) { return readTextFile(path).value_or(""); }

void writeFile(const std::string& path, const std::string& contents) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << contents;
}

}  // namespace kg::test
