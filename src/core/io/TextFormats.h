#pragma once
// Text from the data written into other formats, so that whatever it holds (quotes, commas, tabs,
// line breaks, bytes that are not UTF-8) cannot break the file around it.
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg {

// A JSON string with its quotes: control characters escaped, invalid UTF-8 as U+FFFD.
std::string jsonString(const std::string& text);
// A CSV field (RFC 4180): quoted, with its quotes doubled, when it holds a comma, quote or line break.
std::string csvField(const std::string& text);
// A whole number with its thousands grouped, as the panels and messages write counts: "12,345".
std::string withThousands(long long value);
// The shortest text that reads back as the same double ("74.5", "6371007.181", "1e-07").
std::string shortestText(double value);
// Each "{name}" in text replaced by value, left to right; what value brings is never looked at
// again (a translation's places filled without printf: a translation is data).
std::string fillPlaces(std::string text, std::string_view name, const std::string& value);
// Every "{name}" in text replaced by its value, in one pass: a value that itself holds "{other}"
// (a path, a message from GDAL) is never filled again. A place without a value stays as it is.
std::string fillAllPlaces(std::string_view text, const std::vector<std::pair<std::string, std::string>>& values);
// A field of tab-separated values, which has no quoting: tabs and line breaks become spaces.
std::string tsvField(const std::string& text);
// `text` cut at a whole UTF-8 character and ended with "…" so that measure(result) <= width (the
// ellipsis alone if nothing fits); `text` itself when it fits. measure gives a text's width.
std::string fitWidth(const std::string& text, double width, const std::function<double(const std::string&)>& measure);

}  // namespace kg
