#include <catch2/catch.hpp>

#include "core/io/ProblemList.h"

using namespace kg;

TEST_CASE("a tally keeps the first problems whole and sums up the rest by reason", "[io][problems]") {
  ProblemTally tally("big.csv");
  for (int i = 0; i < 10000; ++i) {
    const bool dup = i % 4 == 0;
    REQUIRE(tally.wantsText() == (i < static_cast<int>(kListedProblems)));
    tally.add(dup ? "duplicate id" : "bad date", tally.wantsText() ? "row " + std::to_string(i) : std::string());
  }
  CHECK(tally.count() == 10000);
  std::vector<std::string> problems{"an earlier file's problem"};
  tally.appendTo(problems);
  REQUIRE(problems.size() == 1 + 1 + kListedProblems + 1);
  CHECK(problems[1] == "big.csv: 10,000 rows skipped: 2,500 duplicate id, 7,500 bad date");
  CHECK(problems[2] == "row 0");
  CHECK(problems[1 + kListedProblems + 1] == "big.csv: 9980 more problems like these, not listed");
}

TEST_CASE("a few problems are listed as they are, with no summary", "[io][problems]") {
  ProblemTally tally("small.csv");
  tally.add("bad date", "small.csv: feature 1: bad date 'x'");
  std::vector<std::string> problems;
  tally.appendTo(problems);
  CHECK(problems == std::vector<std::string>{"small.csv: feature 1: bad date 'x'"});
}

TEST_CASE("the summary never counts more than fifty reasons by name", "[io][problems]") {
  ProblemTally tally("odd.csv");
  for (int i = 0; i < 200; ++i) tally.add("reason " + std::to_string(i % 100), {});
  std::vector<std::string> problems;
  tally.appendTo(problems);
  REQUIRE_FALSE(problems.empty());
  CHECK(problems[0].find("2 reason 49, 100 other problems") != std::string::npos);
}

TEST_CASE("a problem's reason is its words before any quoted value or bracket", "[io][problems]") {
  CHECK(problemReason("bad date 'someday' (use YYYY-MM-DD)") == "bad date");
  CHECK(problemReason("its point lies outside every region") == "its point lies outside every region");
  CHECK(problemReason("radius_km must be a number of kilometres, 0 or more") ==
        "radius_km must be a number of kilometres, 0 or more");
  CHECK(problemReason("'quoted' first") == "'quoted' first");
}
