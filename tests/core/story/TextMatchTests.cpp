#include <catch2/catch.hpp>

#include "core/story/TextMatch.h"

using namespace kg;

TEST_CASE("word for word means whitespace only", "[passages]") {
  CHECK(findWordForWord("One  two\nthree.", "One two three."));
  CHECK_FALSE(findWordForWord("One two three.", "One two three!"));
  CHECK_FALSE(findWordForWord("Kyrgyzstan’s gold", "Kyrgyzstan's gold"));
  CHECK(findWordForWord("Kyrgyzstan’s gold", "Kyrgyzstan's gold", /*foldQuotes=*/true));
  const auto span = findWordForWord("ab  cd\n\nef gh", "cd ef");
  REQUIRE(span);
  CHECK(span->offset == 4);
  CHECK(span->length == 6);
}
