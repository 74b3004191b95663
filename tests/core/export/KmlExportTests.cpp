// KML for Google Earth (core/export/KmlExport): placemarks with their dates and passages, a
// briefing as a tour, read back with libkml and with GDAL.
#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <kml/dom.h>

#include <filesystem>

#include "core/export/KmlExport.h"
#include "core/geo/Projection.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

std::vector<int> all(const Catalog& catalog) {
  std::vector<int> indices;
  for (std::size_t i = 0; i < catalog.events.size(); ++i) indices.push_back(static_cast<int>(i));
  return indices;
}

}  // namespace

TEST_CASE("events go to KML as placemarks with their dates, and passages quoted word for word with sources",
          "[export][kml]") {
  Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  catalog.events[0].title = "A title with <markup> & \"quotes\"";  // quoted by libkml, read back the same
  const auto kml = kmlText({"Events", all(catalog), nullptr}, catalog, test::bundled().regions);
  REQUIRE(kml);
  std::string problem;
  const kmldom::ElementPtr root = kmldom::Parse(*kml, &problem);
  REQUIRE(root);
  CHECK(count(*kml, "<Placemark>") == 5);
  CHECK(count(*kml, "<gx:Tour>") == 0);
  CHECK_THAT(*kml, Contains("A title with <markup> & \"quotes\"") || Contains("A title with &lt;markup&gt; &amp;"));

  // One day is a TimeStamp, several a TimeSpan; June 2010 is the whole month.
  CHECK_THAT(*kml, Contains("<when>2020-10-06</when>"));
  CHECK_THAT(*kml, Contains("<begin>2010-06-01</begin>") && Contains("<end>2010-06-30</end>"));
  CHECK_THAT(*kml, Contains("<begin>2020-10-05</begin>") && Contains("<end>2020-10-06</end>"));
  // Every passage of an event, in its own words, with its source line.
  for (const Passage* p : catalog.passagesForEvent("bishkek-white-house")) {
    CHECK_THAT(*kml, Contains("“" + p->text + "”"));
    CHECK_THAT(*kml, Contains("— " + catalog.sourceLine(*p)));
  }

  // GDAL reads the placemarks with their names.
  const std::string dir = test::scratchDir("kml-export");
  REQUIRE(exportKml(dir + "/events.kml", {"Events", all(catalog), nullptr}, catalog, test::bundled().regions));
  GDALAllRegister();
  std::unique_ptr<GDALDataset> opened(GDALDataset::Open((dir + "/events.kml").c_str(), GDAL_OF_VECTOR));
  REQUIRE(opened);
  GIntBig features = 0;
  for (int i = 0; i < opened->GetLayerCount(); ++i) features += opened->GetLayer(i)->GetFeatureCount();
  CHECK(features == 5);
}

TEST_CASE("a briefing goes to KML as a tour: a FlyTo and a Wait for each slide, to the slide's place",
          "[export][kml][briefing]") {
  const Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  const auto read = readBriefing((std::filesystem::path(test::bundledPath()).parent_path().parent_path() /
                                  "assets/briefings/october-2020.toml")
                                     .string());
  REQUIRE(read);
  const Briefing& b = read->briefing;
  const auto kml = kmlText({b.title, all(catalog), &b}, catalog, test::bundled().regions);
  REQUIRE(kml);
  CHECK(count(*kml, "<gx:Tour>") == 1);
  CHECK(count(*kml, "<gx:FlyTo>") == b.slides.size());
  CHECK(count(*kml, "<gx:Wait>") == b.slides.size());
  CHECK_THAT(*kml, Contains("xmlns:gx=\"http://www.google.com/kml/ext/2.2\""));
  // The second slide frames the White House: its LookAt is over Bishkek, closer than the first's.
  const std::size_t second = kml->find("<gx:FlyTo>", kml->find("<gx:FlyTo>") + 1);
  const std::string lon = kml->substr(kml->find("<longitude>", second) + 11, 6);
  const std::string lat = kml->substr(kml->find("<latitude>", second) + 10, 5);
  CHECK(std::stod(lon) == Approx(74.603).margin(0.01));
  CHECK(std::stod(lat) == Approx(42.877).margin(0.01));
}

TEST_CASE("KML libkml cannot write well-formed is refused with the event named, and no other file is replaced",
          "[export][kml]") {
  Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  catalog.events[1].title = "a title with ]]> inside";
  const auto kml = kmlText({"Events", all(catalog), nullptr}, catalog, test::bundled().regions);
  REQUIRE_FALSE(kml);
  CHECK_THAT(kml.error(), Contains("event '" + catalog.events[1].id + "'"));

  const Catalog good = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  const std::string dir = test::scratchDir("kml-no-overwrite");
  test::writeFile(dir + "/notes.txt", "my notes\n");
  const auto refused = exportKml(dir + "/notes.txt", {"Events", all(good), nullptr}, good, test::bundled().regions);
  REQUIRE_FALSE(refused);
  CHECK_THAT(refused.error(), Contains("not a KML file; not overwriting it"));
  CHECK(test::readText(dir + "/notes.txt") == "my notes\n");
  REQUIRE(exportKml(dir + "/again.kml", {"Events", all(good), nullptr}, good, test::bundled().regions));
  REQUIRE(exportKml(dir + "/again.kml", {"Events", all(good), nullptr}, good, test::bundled().regions));  // its own export is replaced
}

TEST_CASE("a placemark's description is HTML: the data's text escaped by a library, its line breaks kept",
          "[export][kml]") {
  Catalog catalog = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  catalog.events[0].notes = "First line <script>alert(1)</script> & more\nSecond line ]]> end";
  const auto kml = kmlText({"Events", {0}, nullptr}, catalog, test::bundled().regions);
  REQUIRE(kml);
  CHECK_THAT(*kml, Contains("<p>First line &lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br/>Second line ]]&gt; end</p>"));
  CHECK_THAT(*kml, !Contains("<script>"));
  // In the file, libkml keeps the HTML in a CDATA section, as Google Earth reads it.
  const std::string dir = test::scratchDir("kml-html");
  REQUIRE(exportKml(dir + "/one.kml", {"Events", {0}, nullptr}, catalog, test::bundled().regions));
  CHECK_THAT(test::readText(dir + "/one.kml"), Contains("<![CDATA[<p>"));
}
