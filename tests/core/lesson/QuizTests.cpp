// The quiz (core/lesson/Quiz): right and wrong answers, the answer shown after three misses,
// points by distance for places, the score.
#include <catch2/catch.hpp>

#include "core/geo/Projection.h"
#include "core/lesson/Quiz.h"
#include "support/TestData.h"

using namespace kg;

namespace {
const Catalog& catalog() {
  static const Catalog c = loadCatalog(CatalogPaths::bundled(), test::bundled(), Projection());
  return c;
}
QuizTarget target(const std::string& kind, const std::string& id) {
  auto t = quizTarget(Question{kind, id, {}, 0, "", "", "", 1}, test::bundled(), catalog(), Projection(), "t.toml");
  REQUIRE(t);
  return *t;
}
MapPoint at(double lat, double lon) { return Projection().forward({lat, lon}); }
}  // namespace

TEST_CASE("a region is right when clicked inside, wrong outside, and shown after three misses", "[quiz]") {
  Quiz quiz({target("region", "KG-N"), target("lake", "issyk-kul")});
  const Projection p;
  // Talas town is not in Naryn region: wrong, with how far off.
  const QuizAnswer wrong = quiz.answer(at(42.52, 72.24), p);
  CHECK(wrong.verdict == Verdict::Wrong);
  CHECK(wrong.kmOff > 100);
  CHECK_FALSE(quiz.answered());
  const QuizAnswer right = quiz.answer(at(41.43, 75.99), p);  // Naryn town
  CHECK(right.verdict == Verdict::Right);
  CHECK(right.points == 70);  // on the second try
  CHECK(quiz.answered());
  quiz.next();
  // The lake: three clicks on dry land, then it is shown, for no points.
  CHECK(quiz.answer(at(42.87, 74.59), p).verdict == Verdict::Wrong);  // Bishkek
  CHECK(quiz.answer(at(41.43, 75.99), p).verdict == Verdict::Wrong);
  const QuizAnswer shown = quiz.answer(at(40.52, 72.80), p);
  CHECK(shown.verdict == Verdict::Revealed);
  CHECK(shown.points == 0);
  quiz.next();
  CHECK(quiz.finished());
  CHECK(quiz.score() == 70);
  CHECK(quiz.maxScore() == 200);
}

TEST_CASE("a place is right within its distance, and a near miss earns points by how near", "[quiz]") {
  Quiz quiz({target("capital", "bishkek"), target("event", "osh"), target("river", "naryn")});
  const Projection p;
  const QuizAnswer near = quiz.answer(at(42.87 + 0.09, 74.59), p);  // 10 km north
  CHECK(near.verdict == Verdict::Right);
  CHECK(near.points == 100);
  CHECK(near.kmOff == Approx(10).margin(0.5));
  quiz.next();
  // 100 km from Osh: wrong, but worth something (25 km allowed at least / 100 km off).
  const QuizAnswer far = quiz.answer(at(40.53 + 0.9, 72.80), p);
  CHECK(far.verdict == Verdict::Wrong);
  CHECK(far.points > 0);
  CHECK(far.points <= 50);
  const QuizAnswer farther = quiz.answer(at(40.53 + 3, 72.80), p);  // further still: the best try counts
  CHECK(farther.points == far.points);
  quiz.next();
  // The river: a click beside its course at Naryn town.
  CHECK(quiz.answer(at(41.43, 75.99), p).verdict == Verdict::Right);
  CHECK(quiz.score() == 100 + far.points + 100);
}
