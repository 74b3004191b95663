#include "core/export/GeoTiffExport.h"

#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <atomic>
#include <memory>

#include "core/io/AtomicFile.h"
#include "core/io/Say.h"

namespace kg {

std::array<double, 6> geoTransform(const Camera& camera) {
  const MapPoint topLeft = camera.screenToMap({0, 0});
  const double m = camera.metresPerPixel();
  return {topLeft.x, m, 0, topLeft.y, 0, -m};
}

Result<bool> exportGeoTiff(const std::string& path, const GeoPicture& picture) {
  const std::size_t pixels = static_cast<std::size_t>(picture.width) * static_cast<std::size_t>(picture.height);
  if (picture.width < 1 || picture.height < 1 || picture.rgba.size() != pixels * 4)
    return Error{say("{file}: no picture to write", {{"file", path}})};
  static const OwnFileKind kTiff{say("a TIFF image"), ".tif", 4, [](std::string_view head) {
                                   return head == std::string_view("II*\0", 4) || head == std::string_view("MM\0*", 4);
                                 }};
  if (auto allowed = mayReplace(path, kTiff); !allowed) return allowed;
  GDALAllRegister();
  GDALDriver* memory = GetGDALDriverManager()->GetDriverByName("MEM");
  GDALDriver* gtiff = GetGDALDriverManager()->GetDriverByName("GTiff");
  if (!memory || !gtiff) return Error{say("{file}: this GDAL has no {driver} driver", {{"file", path}, {"driver", "GTiff"}})};
  std::unique_ptr<GDALDataset> image(memory->Create("", picture.width, picture.height, 4, GDT_Byte, nullptr));
  if (!image) return Error{say("{file}: GDAL could not hold the picture in memory", {{"file", path}})};
  const GDALColorInterp colours[] = {GCI_RedBand, GCI_GreenBand, GCI_BlueBand, GCI_AlphaBand};
  for (int band = 0; band < 4; ++band) {
    GDALRasterBand* b = image->GetRasterBand(band + 1);
    b->SetColorInterpretation(colours[band]);
    // Band `band` of each pixel, four bytes apart, a row of width * 4 bytes.
    if (b->RasterIO(GF_Write, 0, 0, picture.width, picture.height,
                    const_cast<std::uint8_t*>(picture.rgba.data()) + band, picture.width, picture.height, GDT_Byte, 4,
                    static_cast<GSpacing>(picture.width) * 4, nullptr) != CE_None)
      return Error{say("{file}: GDAL could not take the picture's pixels", {{"file", path}})};
  }
  std::array<double, 6> transform = geoTransform(picture.camera);
  image->SetGeoTransform(transform.data());
  OGRSpatialReference crs;
  if (crs.SetFromUserInput(picture.camera.projection().definition().c_str()) != OGRERR_NONE)
    return Error{say("{file}: the map's projection has no CRS GDAL knows", {{"file", path}})};
  image->SetSpatialRef(&crs);
  image->SetMetadataItem("TIFFTAG_SOFTWARE", "kgatlas");
  if (!picture.credits.empty()) image->SetMetadataItem("TIFFTAG_COPYRIGHT", picture.credits.c_str());

  // Into GDAL's memory files first, then onto the disk in one piece.
  static std::atomic<int> serial{0};
  const std::string scratch = "/vsimem/kgatlas-export-" + std::to_string(++serial) + ".tif";
  const char* const options[] = {"COMPRESS=DEFLATE", "PHOTOMETRIC=RGB", "ALPHA=NON-PREMULTIPLIED", nullptr};
  std::unique_ptr<GDALDataset> tiff(
      gtiff->CreateCopy(scratch.c_str(), image.get(), FALSE, const_cast<char**>(options), nullptr, nullptr));
  if (!tiff) {
    VSIUnlink(scratch.c_str());
    return Error{say("{file}: GDAL could not write the GeoTIFF: {why}", {{"file", path}, {"why", CPLGetLastErrorMsg()}})};
  }
  tiff.reset();  // flushed and closed
  vsi_l_offset size = 0;
  GByte* bytes = VSIGetMemFileBuffer(scratch.c_str(), &size, FALSE);
  Result<bool> written = bytes ? writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes),
                                                                            static_cast<std::size_t>(size)))
                               : Result<bool>(Error{say("{file}: GDAL wrote no GeoTIFF", {{"file", path}})});
  VSIUnlink(scratch.c_str());
  return written;
}

}  // namespace kg
