#include <catch2/catch.hpp>

#include "core/story/SourceText.h"

using namespace kg;

TEST_CASE("source lines quote the headline, or give the description when there is none", "[passages]") {
  Article a;
  a.headline = "Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos";
  a.outlet = "The Moscow Times";
  a.eventsDate = "5–6 October 2020";
  CHECK(sourceLine(a) ==
        "“Kyrgyzstan Prime Minister Resigns During Post-Vote Chaos” — The Moscow Times — events of 5–6 October 2020");
  Article b;
  b.description = "The longer version of the wire report";
  CHECK(sourceLine(b) == "The longer version of the wire report");
  CHECK(articleTitle(b) == "The longer version of the wire report");
  CHECK(versionNote({}) == "");
  CHECK(versionNote({&a, &b}) == "The same paragraph is in the other version of this report: “Kyrgyzstan Prime "
                                 "Minister Resigns During Post-Vote Chaos”; The longer version of the wire report");
}

TEST_CASE("precision is said in km, or in metres under a km, followed by how the point was found", "[events]") {
  CHECK(precisionText(2, "Wikipedia “Osh”.") == "Within about 2 km of the marker. Wikipedia “Osh”.");
  CHECK(precisionText(15, "") == "Within about 15 km of the marker");
  CHECK(precisionText(0.5, "Estimate.") == "Within about 500 m of the marker. Estimate.");
  // Text from data is never a format string.
  CHECK(precisionText(1, "100%s sure %n") == "Within about 1 km of the marker. 100%s sure %n");
}

TEST_CASE("labels and notes shown around a quotation", "[passages]") {
  Passage p;
  CHECK(passageLabel(p).empty());
  CHECK(editorsNote(p).empty());
  p.kind = PassageKind::PhotoCaption;
  p.note = "“X” is Y.";
  CHECK(passageLabel(p) == "Photo caption");
  CHECK(editorsNote(p) == "Editor's note: “X” is Y.");
}
