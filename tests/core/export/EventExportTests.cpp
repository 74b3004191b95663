// The events shown as GeoJSON and GeoPackage (core/export/EventExport), read back with GDAL.
#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <filesystem>
#include <memory>

#include "core/export/EventExport.h"
#include "core/geo/Projection.h"
#include "core/jobs/Progress.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {

const Catalog& bundledCatalog() {
  static const Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  return catalog;
}

}  // namespace

TEST_CASE("the events shown are written as GeoJSON and GeoPackage points with their fields", "[export][events]") {
  const Catalog& catalog = bundledCatalog();
  const std::string dir = test::scratchDir("event-export");
  const int osh = catalog.eventIndex("osh"), whiteHouse = catalog.eventIndex("bishkek-white-house");
  REQUIRE(osh >= 0);
  REQUIRE(whiteHouse >= 0);
  for (const std::string name : {"two.geojson", "two.gpkg"}) {
    const std::string path = dir + "/" + name;
    Progress progress;
    REQUIRE(exportEvents(path, {whiteHouse, osh}, catalog, &progress));
    CHECK(progress.snapshot().fraction == 1);
    GDALAllRegister();
    std::unique_ptr<GDALDataset> file(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR));
    REQUIRE(file);
    OGRLayer* layer = file->GetLayer(0);
    REQUIRE(layer);
    CHECK(layer->GetFeatureCount() == 2);
    layer->ResetReading();
    std::unique_ptr<OGRFeature> first(layer->GetNextFeature());
    REQUIRE(first);
    const Event& e = catalog.events[static_cast<std::size_t>(whiteHouse)];
    CHECK(std::string(first->GetFieldAsString("id")) == "bishkek-white-house");
    CHECK(std::string(first->GetFieldAsString("title")) == e.title);
    CHECK(std::string(first->GetFieldAsString("date")) == e.date);
    CHECK(std::string(first->GetFieldAsString("region")) == "KG-GB");
    CHECK(std::string(first->GetFieldAsString("kind")) == e.kind);
    const auto* point = first->GetGeometryRef()->toPoint();
    CHECK(point->getX() == Approx(e.point.lon));  // longitude first, as GIS tools expect
    CHECK(point->getY() == Approx(e.point.lat));
    const OGRSpatialReference* crs = layer->GetSpatialRef();
    REQUIRE(crs);
    CHECK(std::string(crs->GetAuthorityCode(nullptr)) == "4326");
  }
}

TEST_CASE("an events export never replaces a file of another kind and leaves none half written",
          "[export][events][bad-input]") {
  const Catalog& catalog = bundledCatalog();
  const std::string dir = test::scratchDir("event-export-refused");
  test::writeFile(dir + "/notes.geojson", "my notes\n");
  const auto refused = exportEvents(dir + "/notes.geojson", {0}, catalog);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error(), Contains(dir + "/notes.geojson: exists and is not a GeoJSON file"));
  CHECK(test::readText(dir + "/notes.geojson") == "my notes\n");

  test::writeFile(dir + "/old.gpkg", "not sqlite at all");
  CHECK_FALSE(exportEvents(dir + "/old.gpkg", {0}, catalog));
  CHECK(test::readText(dir + "/old.gpkg") == "not sqlite at all");

  const auto wrongName = exportEvents(dir + "/events.txt", {0}, catalog);
  REQUIRE_FALSE(wrongName);
  CHECK_THAT(wrongName.error(), Contains("name a .geojson or .gpkg file"));

  // Cancelled half way: nothing is written, not even the name.
  Progress cancelled;
  cancelled.cancel();
  const auto stopped = exportEvents(dir + "/cancelled.gpkg", {0, 1}, catalog, &cancelled);
  REQUIRE_FALSE(stopped);
  CHECK_THAT(stopped.error(), Contains("cancelled"));
  CHECK_FALSE(std::filesystem::exists(dir + "/cancelled.gpkg"));
  for (const auto& entry : std::filesystem::directory_iterator(dir))
    CHECK(entry.path().extension() != ".part");

  // Its own earlier output is replaced.
  REQUIRE(exportEvents(dir + "/again.gpkg", {0}, catalog));
  REQUIRE(exportEvents(dir + "/again.gpkg", {0, 1}, catalog));
  std::unique_ptr<GDALDataset> again(GDALDataset::Open((dir + "/again.gpkg").c_str(), GDAL_OF_VECTOR));
  REQUIRE(again);
  CHECK(again->GetLayer(0)->GetFeatureCount() == 2);
}
