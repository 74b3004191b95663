// The view as a georeferenced GeoTIFF (core/export/GeoTiffExport), read back with GDAL.
#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <filesystem>

#include "core/export/GeoTiffExport.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

TEST_CASE("a GeoTIFF of the view has its pixels, the map's projection and the camera's geotransform",
          "[export][geotiff]") {
  Camera camera;
  camera.setViewport(64, 32);
  camera.setCentre(camera.projection().forward({42.877, 74.603}));  // the White House
  camera.setMetresPerPixel(250);
  GeoPicture picture{64, 32, std::vector<std::uint8_t>(64 * 32 * 4, 200), camera, "Boundaries: Natural Earth"};
  // One red pixel at column 10, row 5.
  const std::size_t at = (5 * 64 + 10) * 4;
  picture.rgba[at] = 255;
  picture.rgba[at + 1] = 0;
  picture.rgba[at + 2] = 0;
  picture.rgba[at + 3] = 255;

  const std::string dir = test::scratchDir("geotiff");
  const std::string path = dir + "/view.tif";
  REQUIRE(exportGeoTiff(path, picture));
  GDALAllRegister();
  std::unique_ptr<GDALDataset> tiff(GDALDataset::Open(path.c_str(), GDAL_OF_RASTER));
  REQUIRE(tiff);
  CHECK(tiff->GetRasterXSize() == 64);
  CHECK(tiff->GetRasterYSize() == 32);
  REQUIRE(tiff->GetRasterCount() == 4);
  CHECK(tiff->GetRasterBand(4)->GetColorInterpretation() == GCI_AlphaBand);
  std::uint8_t rgb[3] = {};
  for (int band = 1; band <= 3; ++band)
    REQUIRE(tiff->GetRasterBand(band)->RasterIO(GF_Read, 10, 5, 1, 1, &rgb[band - 1], 1, 1, GDT_Byte, 0, 0, nullptr) ==
            CE_None);
  CHECK(rgb[0] == 255);
  CHECK(rgb[1] == 0);
  CHECK(rgb[2] == 0);

  // The centre pixel's middle is the camera's centre; a pixel is 250 m; north is up.
  double gt[6] = {};
  REQUIRE(tiff->GetGeoTransform(gt) == CE_None);
  CHECK(gt[1] == Approx(250));
  CHECK(gt[5] == Approx(-250));
  CHECK(gt[0] + 32 * gt[1] == Approx(camera.centre().x).margin(1e-6));
  CHECK(gt[3] + 16 * gt[5] == Approx(camera.centre().y).margin(1e-6));
  // The CRS is the map's own: WGS84 longitude and latitude taken into it land where the
  // projection puts them.
  const OGRSpatialReference* crs = tiff->GetSpatialRef();
  REQUIRE(crs);
  CHECK(crs->IsProjected());
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  std::unique_ptr<OGRCoordinateTransformation> toMap(OGRCreateCoordinateTransformation(&wgs84, crs));
  REQUIRE(toMap);
  double x = 72.8, y = 40.53;  // Osh, as longitude, latitude
  REQUIRE(toMap->Transform(1, &x, &y));
  const MapPoint osh = camera.projection().forward({40.53, 72.8});
  CHECK(x == Approx(osh.x).margin(1));
  CHECK(y == Approx(osh.y).margin(1));
  CHECK_THAT(std::string(tiff->GetMetadataItem("TIFFTAG_COPYRIGHT")), Contains("Natural Earth"));
  tiff.reset();

  // Written again over its own export; never over another file; nothing left beside it.
  REQUIRE(exportGeoTiff(path, picture));
  test::writeFile(dir + "/notes.tif", "my notes\n");
  const auto refused = exportGeoTiff(dir + "/notes.tif", picture);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error(), Contains("not a TIFF image; not overwriting it"));
  CHECK(test::readText(dir + "/notes.tif") == "my notes\n");
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir)) ++files;
  CHECK(files == 2);
  CHECK_FALSE(exportGeoTiff(dir + "/empty.tif", GeoPicture{}));
}
