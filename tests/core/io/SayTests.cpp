#include <catch2/catch.hpp>

#include "core/io/Say.h"

using namespace kg;

TEST_CASE("every message is one line, whatever its values hold", "[say]") {
  CHECK(say("{file}: {why}", {{"file", "a.gpkg"}, {"why", "GDAL's reason\n"}}) == "a.gpkg: GDAL's reason");
  CHECK(say("layer '{layer}'", {{"layer", "two\r\nlines"}}) == "layer 'two lines'");
  CHECK(oneLine("tab\there \n\n and\vthere ") == "tab here and there");
  CHECK(oneLine("\nleading") == "leading");
  CHECK(oneLine("") == "");
}
