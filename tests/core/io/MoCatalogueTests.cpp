// Gettext catalogues checked before gettext reads them (core/io/MoCatalogue).
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>

#include "core/io/MoCatalogue.h"
#include "core/io/TextFile.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {
std::string root() { return std::filesystem::path(test::bundledPath()).parent_path().parent_path().string(); }
}  // namespace

TEST_CASE("the project's own catalogues pass the check, and damaged or foreign bytes do not", "[translation]") {
  for (const char* name : {"ru.mo", "ky.mo"}) {
    const auto bytes = readFile(root() + "/tests/fuzz/corpus/translation/" + name);
    REQUIRE(bytes);
    INFO(name);
    CHECK(checkMoCatalogue(*bytes).empty());
    // Cut short: a table or a string would run past the end.
    CHECK_FALSE(checkMoCatalogue(bytes->substr(0, bytes->size() / 2)).empty());
    CHECK_FALSE(checkMoCatalogue(bytes->substr(0, 20)).empty());
    // A string's end moved past the file's.
    std::string longer = *bytes;
    longer[28 + 8 * 3] = '\xff';
    longer[28 + 8 * 3 + 1] = '\xff';
    CHECK_THAT(checkMoCatalogue(longer), Contains("past its end"));
  }
  // The input that once crashed gettext inside the fuzzer (tests/fuzz/regressions/translation).
  const auto crashed = readFile(root() + "/tests/fuzz/regressions/translation/damaged-offsets.mo");
  REQUIRE(crashed);
  CHECK_FALSE(checkMoCatalogue(*crashed).empty());
  CHECK_THAT(checkMoCatalogue("PNG and not a catalogue at all, long enough"), Contains("not a gettext catalogue"));
}

TEST_CASE("a catalogue's English texts are read from it, and none from a damaged one", "[translation]") {
  const auto bytes = readFile(root() + "/tests/fuzz/corpus/translation/ru.mo");
  REQUIRE(bytes);
  const std::vector<std::string> texts = moCatalogueTexts(*bytes);
  CHECK(texts.size() > 100);
  CHECK(std::find(texts.begin(), texts.end(), "File") != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), "{n} event") != texts.end());  // a plural: its singular
  CHECK(moCatalogueTexts(bytes->substr(0, bytes->size() / 2)).empty());
}
