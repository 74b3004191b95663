#include <catch2/catch.hpp>

#include "core/io/TextFormats.h"

using namespace kg;

TEST_CASE("JSON strings escape quotes and controls and bytes that are not UTF-8", "[io]") {
  CHECK(jsonString("Osh") == "\"Osh\"");
  CHECK(jsonString("say \"no\" \\ here") == R"("say \"no\" \\ here")");
  CHECK(jsonString("a\nb\tc\rd") == R"("a\nb\tc\rd")");
  CHECK(jsonString(std::string("\x01\x1f", 2)) == R"("\u0001\u001f")");
  CHECK(jsonString("Ош — «Бишкек»") == "\"Ош — «Бишкек»\"");
  CHECK(jsonString("\xff") == "\"\xEF\xBF\xBD\"");
  CHECK(jsonString("\xd0") == "\"\xEF\xBF\xBD\"");            // cut short
  CHECK(jsonString("\xc0\xaf") == "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");  // overlong '/'
  CHECK(jsonString("\xed\xa0\x80").find("\xed") == std::string::npos);  // a surrogate
}

TEST_CASE("CSV fields are quoted only where they need it and TSV fields lose tabs and breaks", "[io]") {
  CHECK(csvField("Osh") == "Osh");
  CHECK(csvField("Bishkek, Chuy") == "\"Bishkek, Chuy\"");
  CHECK(csvField("the \"White House\"") == "\"the \"\"White House\"\"\"");
  CHECK(csvField("two\nlines") == "\"two\nlines\"");
  CHECK(tsvField("a\tb\nc\rd") == "a b c d");
}
