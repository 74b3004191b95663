#include <catch2/catch.hpp>

#include <ogrsf_frmts.h>

#include "core/events/Catalog.h"
#include "core/events/EventFilter.h"
#include "core/events/EventReader.h"
#include "core/time/Day.h"
#include "core/io/GdalSource.h"
#include "support/CatalogFixtures.h"

using namespace kg;
using namespace kg::test;
using Catch::Matchers::Contains;

namespace {

// Someone else's events layer: the same facts under other field names, and no date label.
const std::string kOtherNames = featureCollection(
    {pointFeature(R"("event_id":"rally","name":"A rally","when":"2020-10-06","category":"protest",)"
                  R"("uncertainty_km":0.5,"town":"Bishkek","oblast":"KG-GB","how_located":"Town centre")",
                  74.6, 42.87),
     pointFeature(R"("event_id":"clash","name":"A clash","when":"2019-08-07","category":"armed-clash",)"
                  R"("uncertainty_km":3,"town":"Koy-Tash","oblast":"","how_located":"")",
                  74.68, 42.69)});

EventFields otherNames() {
  EventFields f;
  f.id = "event_id";
  f.title = "name";
  f.date = "when";
  f.dateLabel = "";  // this source has none
  f.kind = "category";
  f.place = "town";
  f.region = "oblast";
  f.radiusKm = "uncertainty_km";
  f.locationBasis = "how_located";
  return f;
}

OGRFieldType fieldType(const std::string& path, const char* name) {
  GdalErrorCapture errors;
  auto ds = openVectorFile(path, errors);
  REQUIRE(ds);
  OGRFeatureDefn* defn = (*ds)->GetLayer(0)->GetLayerDefn();
  const int i = defn->GetFieldIndex(name);
  REQUIRE(i >= 0);
  return defn->GetFieldDefn(i)->GetType();
}

}  // namespace

TEST_CASE("an events file with other field names loads through a field mapping", "[events][mapping]") {
  ScratchCatalog f("mapping-events");
  const std::string path = f.write("theirs.geojson", kOtherNames);
  std::vector<std::string> problems;
  const auto events = readEvents(path, otherNames(), problems);
  INFO((problems.empty() ? std::string() : problems.front()));
  CHECK(problems.empty());
  REQUIRE(events.size() == 2);
  const Event& e = events[0];
  CHECK(e.id == "rally");
  CHECK(e.title == "A rally");
  CHECK(e.date == "2020-10-06");
  CHECK(e.dateStart == "2020-10-06");
  CHECK(e.dateLabel == "6 October 2020");  // no label field: the date as people say it
  CHECK(e.kind == "protest");
  CHECK(e.place == "Bishkek");
  CHECK(e.regionIso == "KG-GB");
  CHECK(e.radiusKm == Approx(0.5));
  CHECK(e.locationBasis == "Town centre");
  CHECK(e.point.lat == Approx(42.87));
  CHECK(e.point.lon == Approx(74.6));

  // The whole catalog takes the mapping too, and joins the points to regions.
  f.paths.events = path;
  f.paths.eventFields = otherNames();
  const Catalog c = loadCatalog(f.paths, bundled(), Projection());
  REQUIRE(c.events.size() == 2);
  CHECK(c.events[0].id == "clash");  // time order
  CHECK(c.events[0].regionIso == "KG-C");
  CHECK(c.findEvent("rally") != nullptr);
}

TEST_CASE("a date field is read as a date, not as GDAL's text for it", "[events][mapping]") {
  ScratchCatalog f("date-field");
  const std::string path = f.write("dates.geojson", kOtherNames);
  // GDAL types a GeoJSON property holding only ISO dates as a Date field; its text would be "2020/10/06".
  REQUIRE(fieldType(path, "when") == OFTDate);
  std::vector<std::string> problems;
  const auto events = readEvents(path, otherNames(), problems);
  CHECK(problems.empty());
  REQUIRE(events.size() == 2);
  CHECK(events[0].date == "2020-10-06");
  CHECK(events[1].date == "2019-08-07");
}

TEST_CASE("a layer without a field the mapping requires is one problem naming the fields",
          "[events][mapping][bad-input]") {
  ScratchCatalog f("mapping-missing");
  const std::string path = f.write("theirs.geojson", kOtherNames);
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);  // the bundled names: no id, title or date here
  CHECK(events.empty());
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains(path) && Contains("no field 'id'") && Contains("'title'") && Contains("'date'") &&
                              Contains("event_id") && Contains("no events loaded"));
}

TEST_CASE("fields a source does not have leave their property empty", "[events][mapping]") {
  ScratchCatalog f("mapping-optional");
  const std::string path =
      f.write("bare.geojson", featureCollection({pointFeature(R"("id":"x","title":"T","date":"2020")", 74.6, 42.87)}));
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  CHECK(problems.empty());
  REQUIRE(events.size() == 1);
  CHECK(events[0].kind.empty());
  CHECK(events[0].radiusKm == 0);
  CHECK(events[0].place.empty());
}

TEST_CASE("places load through their own mapping", "[places][mapping]") {
  ScratchCatalog f("mapping-places");
  const std::string path =
      f.write("places.geojson",
              featureCollection({pointFeature(R"("code":"kant","label":"Kant air base","km":0.5)", 74.85, 42.85),
                                 pointFeature(R"("code":"kant","label":"again","km":0.5)", 74.85, 42.85),
                                 pointFeature(R"("code":"nameless","km":1)", 74.85, 42.85)}));
  PlaceFields fields;
  fields.id = "code";
  fields.name = "label";
  fields.radiusKm = "km";
  std::vector<std::string> problems;
  const auto places = readPlaces(path, fields, problems);
  REQUIRE(places.size() == 1);
  CHECK(places[0].name == "Kant air base");
  CHECK(places[0].radiusKm == Approx(0.5));
  CHECK(anyContains(problems, path, "duplicate id 'kant'"));
  CHECK(anyContains(problems, "'nameless'", "has no name"));
}

TEST_CASE("a malformed events file: every problem is reported with file and id, the rest kept", "[events][bad-input]") {
  ScratchCatalog f("bad-events");
  f.paths.events = f.write(
      "events.geojson",
      featureCollection({pointFeature(R"("id":"good",)" + kGoodEventProps, 74.6, 42.87),
                         pointFeature(R"("id":"good",)" + kGoodEventProps, 74.6, 42.87),
                         pointFeature(R"("id":"bad-date","title":"T","date":"June 2010","kind":"protest",)"
                                      R"("radius_km":1)",
                                      74.6, 42.87),
                         pointFeature(R"("id":"in-china","region":"KG-N",)" + kGoodEventProps, 75.99, 39.47),
                         pointFeature(R"("id":"bad-radius","title":"T","date":"2020","kind":"protest","radius_km":-1)",
                                      74.6, 42.87),
                         pointFeature(R"("id":"wrong-region","region":"KG-O",)" + kGoodEventProps, 74.6, 42.87),
                         pointFeature(R"("title":"no id","date":"2020","radius_km":1)", 74.6, 42.87)}));
  const Catalog c = loadCatalog(f.paths, bundled(), Projection());
  CHECK(c.events.size() == 1);
  CHECK(anyContains(c.problems, f.paths.events, "duplicate id 'good'"));
  CHECK(anyContains(c.problems, "'bad-date'", "bad date 'June 2010'"));
  CHECK(anyContains(c.problems, "'in-china'", "outside every region"));
  CHECK(anyContains(c.problems, "'bad-radius'", "radius_km must be a number of kilometres"));
  CHECK(anyContains(c.problems, "'wrong-region'", "lies in KG-GB, not in KG-O"));
  CHECK(anyContains(c.problems, f.paths.events + ": feature 6", "has no id"));
}

TEST_CASE("missing, empty and non-vector events files are reported, not fatal", "[events][bad-input]") {
  ScratchCatalog f("missing-events");
  for (const std::string& path :
       {f.dir + "/missing.geojson", f.write("empty.geojson", ""), f.write("junk.geojson", "{{{")}) {
    f.paths.events = path;
    const Catalog c = loadCatalog(f.paths, bundled(), Projection());
    CHECK(c.events.empty());
    CHECK(anyContains(c.problems, path, "no events loaded"));
  }
}

TEST_CASE("an event point with absurd or non-finite coordinates is skipped without hanging", "[events][bad-input]") {
  // In web Mercator PROJ does not return from x = 1e300 at all; NaN and infinity must not pass
  // as a place either. Each bad point is one problem naming the file and the feature.
  ScratchCatalog f("absurd-events");
  for (const char* x : {"1e300", "-3e18", "NaN", "Infinity"}) {
    INFO(x);
    const std::string path = f.write(std::string("mercator-") + (x[0] == '-' ? "minus" : "") + ".geojson",
        std::string(R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},)"
                    R"("features":[{"type":"Feature","properties":{"id":"far","title":"Far","date":"2020-10-06","kind":"protest","radius_km":1},)"
                    R"("geometry":{"type":"Point","coordinates":[)") + x +
            R"(,5000000]}},{"type":"Feature","properties":{"id":"near","title":"Near","date":"2020-10-06","kind":"protest","radius_km":1},)"
            R"("geometry":{"type":"Point","coordinates":[8304597,5295000]}}]})");
    std::vector<std::string> problems;
    const auto events = readEvents(path, EventFields{}, problems);
    REQUIRE(events.size() == 1);
    CHECK(events[0].id == "near");
    REQUIRE(problems.size() == 1);
    CHECK_THAT(problems[0], Contains(path) && Contains("far"));
  }
}

TEST_CASE("a radius of 0 is an exact location, a radius that is not a number is refused", "[events]") {
  ScratchCatalog f("radius-zero");
  const std::string path = f.write(
      "events.geojson",
      featureCollection({pointFeature(R"("id":"exact","title":"T","date":"2020","radius_km":0)", 74.6, 42.87),
                         pointFeature(R"("id":"text","title":"T","date":"2020","radius_km":"near")", 74.6, 42.87),
                         pointFeature(R"("id":"huge","title":"T","date":"2020","radius_km":20000)", 74.6, 42.87)}));
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  REQUIRE(events.size() == 1);
  CHECK(events[0].id == "exact");
  CHECK(events[0].radiusKm == 0);
  CHECK(problems.size() == 2);
  CHECK(anyContains(problems, "'text'", "radius_km must be a number of kilometres"));
  CHECK(anyContains(problems, "'huge'", "radius_km must be a number of kilometres"));
}

TEST_CASE("a mapping is given by property names, from the command line or a TOML file", "[events][mapping]") {
  auto mapped = mapFieldText(EventFields(), "title=name");
  REQUIRE(mapped);
  CHECK(mapped->title == "name");
  CHECK(mapped->given == std::vector<std::string>{"title"});
  mapped = mapFieldText(*mapped, "radius_km=uncertainty_km");
  REQUIRE(mapped);
  CHECK(mapped->radiusKm == "uncertainty_km");
  CHECK_THAT(mapFieldText(EventFields(), "titel=name").error(),
             Contains("'titel' is not a property of an event") && Contains("id, title, date, end_date"));
  CHECK_THAT(mapFieldText(EventFields(), "name").error(), Contains("is not PROPERTY=FIELD"));
  CHECK_THAT(mapFieldText(EventFields(), "id=").error(), Contains("every event needs its id"));
  CHECK(mapFieldText(EventFields(), "date=")->date.empty());  // a source without dates

  ScratchCatalog f("mapping-file");
  const std::string good = f.write("theirs.toml", "# Their column names\nid = \"event_id\"\ntitle = \"name\"\n"
                                                   "date = \"when\"\ndate_label = \"\"\nkind = \"category\"\n"
                                                   "place = \"town\"\nregion = \"oblast\"\nradius_km = \"uncertainty_km\"\n"
                                                   "location_basis = \"how_located\"\n");
  auto fromFile = readFieldMapping(good);
  REQUIRE(fromFile);
  CHECK(fromFile->id == "event_id");
  CHECK(fromFile->radiusKm == "uncertainty_km");
  CHECK(fromFile->dateLabel.empty());
  const std::string data = f.write("theirs.geojson", kOtherNames);
  std::vector<std::string> problems;
  CHECK(readEvents(data, *fromFile, problems).size() == 2);
  CHECK(problems.empty());

  CHECK_THAT(readFieldMapping(f.dir + "/none.toml").error(), Contains("none.toml: no such file"));
  CHECK_THAT(readFieldMapping(f.write("empty.toml", "")).error(), Contains("empty.toml: the mapping file is empty"));
  CHECK_THAT(readFieldMapping(f.write("broken.toml", "id = \"a\"\ntitle = \"unclosed\n")).error(),
             Contains("broken.toml:2:"));
  CHECK_THAT(readFieldMapping(f.write("number.toml", "id = \"a\"\n\ntitle = 3\n")).error(),
             Contains("number.toml:3: title must be a field name in quotes"));
  CHECK_THAT(readFieldMapping(f.write("unknown.toml", "id = \"a\"\nheadline = \"b\"\n")).error(),
             Contains("unknown.toml:2: 'headline' is not a property of an event"));
}

TEST_CASE("a field the mapping names must be in the layer: it is never quietly left out", "[events][mapping][bad-input]") {
  ScratchCatalog f("mapping-named-missing");
  const std::string path = f.write("theirs.geojson", kOtherNames);
  EventFields fields = otherNames();
  auto mapped = mapField(fields, "actors", "participants");  // not a field of this layer
  REQUIRE(mapped);
  std::vector<std::string> problems;
  CHECK(readEvents(path, *mapped, problems).empty());
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains(path) && Contains("no field 'participants' (the mapping's actors)") &&
                              Contains("its fields are: event_id, name, when"));
}

TEST_CASE("events without a date load, are counted, listed last and kept off any narrower time", "[events][time]") {
  ScratchCatalog f("undated");
  f.paths.events = f.write(
      "events.geojson",
      featureCollection({pointFeature(R"("id":"late","title":"Late","date":"2020-10-06")", 74.6, 42.87),
                         pointFeature(R"("id":"when-unknown","title":"No date given","date":"")", 74.6, 42.87),
                         pointFeature(R"("id":"no-date-field","title":"No date at all")", 74.6, 42.87),
                         pointFeature(R"("id":"early","title":"Early","date":"2010-06")", 74.6, 42.87)}));
  const Catalog c = loadCatalog(f.paths, bundled(), Projection());
  REQUIRE(c.events.size() == 4);
  CHECK(c.events[0].id == "early");
  CHECK(c.events[1].id == "late");
  CHECK(c.events[2].undated);
  CHECK(c.events[3].undated);
  CHECK(c.events[2].dateLabel == "no date");
  CHECK(c.undatedEvents() == 2);
  CHECK(c.dateExtent().first == dayFromCivil(2010, 6, 1));
  CHECK(c.dateExtent().last == dayFromCivil(2020, 10, 6));
  CHECK(shownEvents(c, {}).size() == 4);  // all time holds them
  EventFilter from2000;
  from2000.time.from = dayFromCivil(2000, 1, 1);
  CHECK(shownEvents(c, from2000).size() == 2);  // any narrower time does not
}

TEST_CASE("a file of polygons opened as events is named as such, not as rows that are not points", "[events][bad-input]") {
  std::vector<std::string> problems;
  CHECK(readEvents(bundledPath(), EventFields(), problems).empty());
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains(bundledPath() + ": holds polygons, not points") && Contains("--boundaries") &&
                              Contains("--overlay") && Contains("no events loaded"));
}
