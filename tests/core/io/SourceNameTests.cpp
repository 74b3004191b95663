#include <catch2/catch.hpp>

#include "core/io/SourceName.h"

using namespace kg;

TEST_CASE("a source's password is hidden wherever the source is named", "[source-name]") {
  CHECK(sourceLabel("PG:host=db dbname=gis password=s3cret tables=t") == "PG:host=db dbname=gis password=******** tables=t");
  CHECK(sourceLabel("PG:password = 's e\\'c' dbname=gis") == "PG:password = ******** dbname=gis");
  CHECK(sourceLabel("pg:dbname=gis password=x") == "pg:dbname=gis password=********");
  CHECK(sourceLabel("PG:postgresql://ann:s3cret@db/gis?password=other&sslmode=off") ==
        "PG:postgresql://ann:********@db/gis?password=********&sslmode=off");
  // Files keep their names, whatever is in them.
  CHECK(sourceLabel("/data/password=1.csv") == "/data/password=1.csv");

  CHECK(hidePassword("failed for 's e'c' at s e'c", "PG:password='s e\\'c'") == "failed for '********' at ********");
  CHECK(hidePassword("no password here", "PG:dbname=x") == "no password here");
  CHECK(hidePassword("s3cret", "PG:dbname=x password=s3cret|layername=t") == "********");
}

TEST_CASE("a source may name one of its layers", "[source-name]") {
  const SourceName plain = splitSource("/data/a.gpkg");
  CHECK(plain.open == "/data/a.gpkg");
  CHECK(plain.layer.empty());
  const std::string named = withLayer("/data/a.gpkg", "roads");
  CHECK(named == "/data/a.gpkg|layername=roads");
  CHECK(splitSource(named).open == "/data/a.gpkg");
  CHECK(splitSource(named).layer == "roads");
  CHECK(withLayer(named, "rivers") == "/data/a.gpkg|layername=rivers");

  CHECK(isConnectionString("PG:dbname=x"));
  CHECK(isConnectionString("pg:dbname=x"));
  CHECK_FALSE(isConnectionString("/data/PG:x.gpkg"));

  CHECK(sourceTitle("/data/a.gpkg") == "a.gpkg");
  CHECK(sourceTitle(named) == "a.gpkg (roads)");
  CHECK(sourceTitle("PG:host=h dbname=gis tables=incidents password=x") == "incidents (database gis)");
  CHECK(sourceTitle(withLayer("PG:dbname=gis", "regions")) == "regions (database gis)");
  CHECK(sourceTitle("PG:dbname=gis") == "database gis");
}

TEST_CASE("a layer named after a password keeps the password hidden", "[source-name]") {
  CHECK(sourceLabel(withLayer("PG:dbname=gis password=s3cret", "incidents")) ==
        "PG:dbname=gis password=********|layername=incidents");
}

TEST_CASE("passwords made of stars do not multiply the stars put in for the others", "[source-name][bad-input]") {
  // Replaced one password after another, each "*" would turn every star already put in into
  // eight more: 8^20 characters. Found in one pass, the text stays its own length.
  std::string source = "PG:dbname=d password=secret";
  for (int i = 0; i < 20; ++i) source += " password=" + std::string(static_cast<std::size_t>(i % 3 + 1), '*');
  const std::string hidden = hidePassword(source, source);
  CHECK(hidden.size() < 2 * source.size());
  CHECK(hidden.find("secret") == std::string::npos);
  CHECK(hidden.rfind("PG:dbname=d password=********", 0) == 0);
}
