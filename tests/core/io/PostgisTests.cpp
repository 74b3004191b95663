// Events and boundaries from a real PostGIS server (see support/PostgisServer.h): read back
// through the same code as files, and every way of naming the database wrongly refused with a
// message that names the source without its password.
#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

#include "core/events/EventReader.h"
#include "core/io/SourceName.h"
#include "core/layers/BoundaryLoader.h"
#include "support/PostgisServer.h"
#include "support/TestData.h"

using namespace kg;
using kg::test::PostgisServer;

namespace {

const std::string kEventsFile = std::string(KGATLAS_SOURCE_DATA_DIR) + "/geodata/events.geojson";

std::set<std::string> regionCodes(const BoundaryData& data) {
  std::set<std::string> codes;
  for (const Feature& f : data.regions) codes.insert(f.iso);
  return codes;
}

}  // namespace

TEST_CASE("postgis: events and boundaries read from a server match the files they came from", "[postgis]") {
  PostgisServer server;
  server.load(kEventsFile, {"-nln", "incidents"});
  server.load(test::bundledPath(), {});  // its layers "regions" and "countries" become tables

  std::vector<std::string> fileProblems, dbProblems;
  const auto fromFile = readEvents(kEventsFile, EventFields(), fileProblems);
  const auto fromDb = readEvents(server.connection("tables=incidents"), EventFields(), dbProblems);
  INFO((dbProblems.empty() ? std::string() : dbProblems.front()));
  CHECK(dbProblems.empty());
  REQUIRE(fromFile.size() == 5);
  REQUIRE(fromDb.size() == fromFile.size());
  for (const Event& e : fromFile) {
    auto same = std::find_if(fromDb.begin(), fromDb.end(), [&](const Event& d) { return d.id == e.id; });
    REQUIRE(same != fromDb.end());
    CHECK(same->title == e.title);
    CHECK(same->days.first == e.days.first);
    CHECK(same->days.last == e.days.last);
    CHECK(same->point.lat == Approx(e.point.lat).margin(1e-9));
    CHECK(same->point.lon == Approx(e.point.lon).margin(1e-9));
  }

  // A table chosen as a layer, as --layer does, from a database with several.
  dbProblems.clear();
  CHECK(readEvents(withLayer(server.connection(), "incidents"), EventFields(), dbProblems).size() == 5);
  CHECK(dbProblems.empty());

  // Boundaries: "regions" is found by name as in the file, and "countries" drawn around it.
  auto boundaries = loadBoundaries(server.connection(), Projection());
  REQUIRE(boundaries);
  CHECK(regionCodes(*boundaries) == regionCodes(test::bundled()));
  CHECK(boundaries->context.size() == test::bundled().context.size());
  CHECK(boundaries->vertexCount == test::bundled().vertexCount);

  // The reader role, with its password, reads the same; the password is in no warning.
  const std::string asReader = "PG:host=" + server.socketFolder() + " dbname=kgatlas user=reader password=" +
                               PostgisServer::kReaderPassword + " tables=regions";
  auto read = loadBoundaries(asReader, Projection());
  REQUIRE(read);
  CHECK(read->regions.size() == test::bundled().regions.size());
  for (const std::string& w : read->warnings) CHECK(w.find(PostgisServer::kReaderPassword) == std::string::npos);
}

TEST_CASE("postgis: a wrong host, database, table or password is named, never the password", "[postgis][bad-input]") {
  PostgisServer server;
  server.load(kEventsFile, {"-nln", "incidents"});
  const std::string socket = server.socketFolder();
  const std::string wrongPassword = "not-the-pw-91c2";

  struct Case {
    std::string source, expected;
  };
  const std::vector<Case> cases{
      {"PG:host=" + socket + "-gone dbname=kgatlas user=postgres", "cannot connect"},
      {"PG:host=" + socket + " dbname=no_such_db user=postgres", "database \"no_such_db\" does not exist"},
      {"PG:host=" + socket + " dbname=kgatlas user=postgres tables=no_such_table",
       "layer 'no_such_table' cannot be read (ERROR: relation \"no_such_table\" does not exist)"},
      {"PG:host=" + socket + " dbname=kgatlas user=reader password=" + wrongPassword,
       "password authentication failed for user \"reader\""},
      {"PG:host=" + socket + " dbname=kgatlas user=reader password='" + wrongPassword + "' tables=incidents",
       "password authentication failed for user \"reader\""},
      {withLayer(server.connection(), "no_such_layer"), "has no layer 'no_such_layer'; its layers are: incidents"},
  };
  for (const Case& c : cases) {
    INFO(c.source);
    std::vector<std::string> problems;
    CHECK(readEvents(c.source, EventFields(), problems).empty());
    REQUIRE(problems.size() == 1);
    const std::string& message = problems.front();
    INFO(message);
    CHECK(message.rfind(sourceLabel(c.source), 0) == 0);  // it starts by naming the source
    CHECK(message.find(c.expected) != std::string::npos);
    CHECK(message.find(wrongPassword) == std::string::npos);

    auto boundaries = loadBoundaries(c.source, Projection());
    REQUIRE_FALSE(boundaries);
    CHECK(boundaries.error().find(wrongPassword) == std::string::npos);
  }
  // The password is shown as stars where the source is named.
  CHECK(sourceLabel(cases[3].source).find("password=********") != std::string::npos);
}
