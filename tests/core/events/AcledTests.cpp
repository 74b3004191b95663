// ACLED exports, recognised by their header, in files written here in ACLED's exact format.
// The rows are synthetic: ACLED's terms forbid redistributing its data.
#include <catch2/catch.hpp>

#include "core/events/EventReader.h"
#include "support/CatalogFixtures.h"

using namespace kg;
using namespace kg::test;
using Catch::Matchers::Contains;

namespace {

// The export's 31 columns, as ACLED's export tool writes them today.
const std::string kHeader =
    "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
    "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n";
// The older 31-column layout: data_id, iso and event_id_no_cnty first, iso3 last.
const std::string kOlderHeader =
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,"
    "assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,"
    "latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3\r\n";

std::string row(const std::string& id, const std::string& date, const std::string& timePrecision,
                const std::string& geoPrecision, const std::string& notes, const std::string& fatalities = "0",
                const std::string& lat = "42.8770", const std::string& lon = "74.6030") {
  return id + "," + date + ",2020," + timePrecision +
         ",Demonstrations,Protests,Peaceful protest,Protesters (Kyrgyzstan),Synthetic Group A,6,"
         "Police Forces of Kyrgyzstan,,1,16,,417,Central Asia,Kyrgyzstan,Bishkek,Bishkek,,Bishkek," +
         lat + "," + lon + "," + geoPrecision + ",Synthetic Source,National," + notes + "," + fatalities +
         ",,1600000000\r\n";
}

}  // namespace

TEST_CASE("an ACLED export is recognised by its header and read with its own columns", "[events][acled]") {
  ScratchCatalog f("acled");
  const std::string path = f.write(
      "export.csv",
      "\xEF\xBB\xBF" + kHeader +  // a byte-order mark, as spreadsheets save it
          row("KGZ1", "2020-10-06", "1", "1", "\"Synthetic note, with a comma\nand a line break; \"\"quoted\"\".\"", "2") +
          row("KGZ2", "6 October 2020", "2", "2", "Synthetic note.") +
          row("KGZ3", "15 October 2020", "3", "3", "Synthetic note.", ""));
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  INFO((problems.empty() ? std::string() : problems.front()));
  CHECK(problems.empty());
  REQUIRE(events.size() == 3);

  const Event& exact = events[0];
  CHECK(exact.id == "KGZ1");
  CHECK(exact.credit == "ACLED");
  CHECK(exact.title == "Peaceful protest in Bishkek");
  CHECK(exact.kind == "Protests");
  CHECK(exact.date == "2020-10-06");
  CHECK(exact.dateLabel == "6 October 2020");
  CHECK(exact.point.lat == Approx(42.877));
  CHECK(exact.point.lon == Approx(74.603));
  CHECK(exact.radiusKm == 0);
  CHECK_FALSE(exact.regionOnly);
  CHECK(exact.actors == "Protesters (Kyrgyzstan) (with Synthetic Group A); Police Forces of Kyrgyzstan");
  CHECK(exact.fatalities == 2);
  CHECK(exact.notes == "Synthetic note, with a comma\nand a line break; \"quoted\".");
  CHECK(exact.source == "Synthetic Source");

  // time_precision 2: the week around the date; geo_precision 2: a circle around the place.
  const Event& week = events[1];
  CHECK(week.date == "2020-10-03/2020-10-09");
  CHECK(week.dateLabel == "3–9 October 2020");
  CHECK(week.radiusKm > 0);
  // time_precision 3: the month; geo_precision 3: only the region is known.
  const Event& month = events[2];
  CHECK(month.date == "2020-10");
  CHECK(month.dateLabel == "October 2020");
  CHECK(month.regionOnly);
  CHECK(month.fatalities == -1);  // not reported
  CHECK_THAT(month.locationBasis, Contains("only the region") && Contains("Bishkek"));
}

TEST_CASE("ACLED's older 31-column layout reads the same", "[events][acled]") {
  ScratchCatalog f("acled-older");
  const std::string path = f.write(
      "older.csv", kOlderHeader +
                       "7001,417,KGZ9,9,06-October-2020,2020,1,Riots,Mob violence,Rioters (Kyrgyzstan),,5,,,0,50,"
                       "Central Asia,Kyrgyzstan,Chui,Alamudin,,Koy-Tash,42.6900,74.6800,2,Synthetic Source,"
                       "National,Synthetic note.,3,1600000000,KGZ\r\n"
                       "7002,417,KGZ10,10,7 October 2020,2020,1,Riots,Mob violence,Rioters (Kyrgyzstan),,5,,,0,50,"
                       "Central Asia,Kyrgyzstan,Chui,Alamudin,,Koy-Tash,42.6900,74.6800,2,Synthetic Source,"
                       "National,Synthetic note.,3,1600000000,KGZ\r\n");
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  REQUIRE(events.size() == 1);
  const Event& e = events[0];
  CHECK(e.id == "KGZ10");
  CHECK(e.credit == "ACLED");
  CHECK(e.title == "Mob violence in Koy-Tash");
  CHECK(e.date == "2020-10-07");
  CHECK(e.actors == "Rioters (Kyrgyzstan)");
  CHECK(e.fatalities == 3);
  REQUIRE(problems.size() == 1);  // a date in neither of ACLED's forms is named, not guessed
  CHECK_THAT(problems[0], Contains("(id 'KGZ9')") && Contains("bad event_date '06-October-2020'"));
}

TEST_CASE("faulty ACLED rows are named with the problem and the good rows load", "[events][acled][bad-input]") {
  ScratchCatalog f("acled-bad");
  const std::string path = f.write(
      "export.csv", kHeader + row("KGZ1", "2020-10-06", "1", "1", "ok") + row("KGZ2", "6 Octobre 2020", "1", "1", "x") +
                        row("KGZ3", "2020-10-06", "4", "1", "x") + row("KGZ4", "2020-10-06", "1", "9", "x") +
                        row("KGZ5", "2020-10-06", "1", "1", "x", "many") + row("KGZ1", "2020-10-07", "1", "1", "dup") +
                        row("KGZ6", "2020-10-06", "1", "1", "x", "0", "", "") +
                        row("KGZ7", "2020-10-06", "1", "1", "x", "0", "north", "74.6"));
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  REQUIRE(events.size() == 1);
  CHECK(events[0].id == "KGZ1");
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  CHECK_THAT(all, Contains(path) && Contains("bad event_date '6 Octobre 2020'") &&
                      Contains("bad time_precision '4'") && Contains("bad geo_precision '9'") &&
                      Contains("fatalities must be a whole number") && Contains("duplicate id 'KGZ1'") &&
                      Contains("(id 'KGZ6')") && Contains("(id 'KGZ7')"));
}

TEST_CASE("a file that looks like ACLED but lacks columns names them", "[events][acled][bad-input]") {
  ScratchCatalog f("acled-short");
  const std::string path =
      f.write("short.csv", "event_id_cnty,event_date,latitude,longitude,geo_precision\r\nKGZ1,2020-10-06,42.8,74.6,1\r\n");
  std::vector<std::string> problems;
  CHECK(readEvents(path, EventFields(), problems).empty());
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains(path) && Contains("looks like an ACLED export") && Contains("'time_precision'") &&
                              Contains("'fatalities'"));
}

TEST_CASE("a CSV with no coordinate columns is refused naming its columns", "[events][bad-input]") {
  ScratchCatalog f("csv-no-points");
  const std::string path = f.write("table.csv", "id,title,date\nx,A title,2020-10-06\n");
  std::vector<std::string> problems;
  CHECK(readEvents(path, EventFields(), problems).empty());
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains(path) && Contains("longitude and latitude columns") && Contains("id, title, date"));
}

TEST_CASE("a CSV of our own fields with lon/lat columns loads and its end_date makes a range", "[events]") {
  ScratchCatalog f("csv-own");
  const std::string path =
      f.write("own.csv", "id,title,date,end_date,lon,lat,kind\nx,\"A title, with a comma\",2020-10-05,2020-10-06,74.6,42.87,meeting\n");
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  INFO((problems.empty() ? std::string() : problems.front()));
  REQUIRE(events.size() == 1);
  CHECK(events[0].title == "A title, with a comma");
  CHECK(events[0].date == "2020-10-05/2020-10-06");
  CHECK(events[0].dateLabel == "5–6 October 2020");
  CHECK(events[0].kind == "meeting");
}

TEST_CASE("an ACLED export cut short in its last row names that row, and the rows before load", "[events][acled][bad-input]") {
  ScratchCatalog f("acled-cut");
  std::string whole = kHeader + row("KGZ1", "2020-10-06", "1", "1", "\"first\"") +
                      row("KGZ2", "2020-10-07", "1", "1", "\"second, with a comma\"");
  // A download that stopped inside the last row's notes: the row ends before its timestamp.
  const std::string cut = whole.substr(0, whole.find("second") + 6);
  const std::string path = f.write("cut.csv", cut);
  std::vector<std::string> problems;
  const auto events = readEvents(path, EventFields(), problems);
  REQUIRE(events.size() == 1);
  CHECK(events[0].id == "KGZ1");
  REQUIRE(problems.size() == 1);
  CHECK_THAT(problems[0], Contains(path) && Contains("(id 'KGZ2')") && Contains("the file may be cut short"));
}
