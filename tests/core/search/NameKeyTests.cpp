// Names compared across scripts and spellings (core/search/NameKey, through ICU).
#include <catch2/catch.hpp>

#include "core/search/NameKey.h"

using namespace kg;

TEST_CASE("one name written in Kyrgyz, Russian, Latin with or without diacritics has one key", "[search]") {
  CHECK(nameKey("Ысык-Көл") == "ysykkol");
  CHECK(nameKey("Ysyk-Köl") == "ysykkol");
  CHECK(nameKey("ysyk kol") == "ysykkol");
  CHECK(nameKey("YSYK KÖL") == "ysykkol");
  CHECK(nameKey("Иссык-Куль") == "issykkul");  // the soft sign is no break
  CHECK(nameKey("Issyk-Kul") == "issykkul");
  CHECK(nameKey("Ош") == "osh");
  CHECK(nameKey("Соң-Көл") == "songkol");  // ң ө ү, the Kyrgyz letters, are kept
  CHECK(nameKey("Чүй") == nameKey("Chüi"));
  CHECK(nameKey("Жеңиш чокусу") == "jengishchokusu");
}

TEST_CASE("a name's words are keyed one by one, and nothing but letters and digits is kept", "[search]") {
  CHECK(wordKeys("Lake Issyk-Kul") == std::vector<std::string>{"lake", "issyk", "kul"});
  CHECK(wordKeys("  --  ").empty());
  CHECK(wordKeys("").empty());
  CHECK(nameKey("KG-GB") == "kggb");
  CHECK(nameKey("\xff\xfe broken UTF-8") == "broken" "utf8");  // bytes that are not UTF-8 do not stop it
}
