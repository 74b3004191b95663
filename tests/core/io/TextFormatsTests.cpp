#include <catch2/catch.hpp>

#include <algorithm>

#include "core/io/Say.h"
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

TEST_CASE("a long text is cut at a whole character with an ellipsis to fit a width", "[text]") {
  // Each character one unit wide, whatever its bytes.
  auto characters = [](const std::string& t) {
    return static_cast<double>(
        std::count_if(t.begin(), t.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
  };
  CHECK(fitWidth("events.csv", 10, characters) == "events.csv");  // fits: unchanged
  CHECK(fitWidth("events-2020.csv", 8, characters) == "events-…");
  // Cyrillic letters are two bytes each: never cut in half.
  CHECK(fitWidth("события-2020.csv", 5, characters) == "собы…");
  CHECK(fitWidth("Ысык-Көл", 3, characters) == "Ыс…");
  CHECK(fitWidth("abc", 0, characters) == "…");  // nothing fits: the ellipsis alone
  CHECK(fitWidth("", 0, characters).empty());
}

TEST_CASE("places are filled in one pass: a value holding a place's name is never filled again", "[formats][translation]") {
  CHECK(fillAllPlaces("{file}: no layer {layer}", {{"file", "/tmp/{layer}.gpkg"}, {"layer", "roads"}}) ==
        "/tmp/{layer}.gpkg: no layer roads");
  CHECK(fillAllPlaces("{a} and {missing}", {{"a", "x"}}) == "x and {missing}");
  CHECK(fillAllPlaces("{key} must be a table: write each as [[{key}]]", {{"key", "slide"}}) ==
        "slide must be a table: write each as [[slide]]");
  CHECK(say("{file}: no such file", {{"file", "{why}"}, {"why", "never"}}) == "{why}: no such file");
}

TEST_CASE("numbers are written as the shortest text that reads back the same", "[text]") {
  CHECK(shortestText(74.5) == "74.5");
  CHECK(shortestText(6371007.181) == "6371007.181");
  CHECK(shortestText(0.1) == "0.1");
  CHECK(std::stod(shortestText(1.0 / 3)) == 1.0 / 3);
}
