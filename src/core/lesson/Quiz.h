#pragma once
// A quiz from a lesson's questions: each asks for something on the map, and a click answers.
// An area (a region, a lake, a country) is right when the click is inside it; a place (a town, a
// peak, an event, a spot of the lesson's own) when the click is within its distance; a river when
// the click is within 10 km of its course. A wrong click says how far off it was; after three
// misses the answer is shown. Points: 100 for a first-try answer, 70 for the second, 40 for the
// third; for a place a miss still earns some, by how near it came (100 x distance allowed /
// distance off, at most 50), so "nearly" counts for something.
#include <string>
#include <vector>

#include "core/events/Catalog.h"
#include "core/layers/BoundaryLoader.h"
#include "core/lesson/Lesson.h"

namespace kg {

struct QuizTarget {
  enum class Shape { Area, Line, Point };
  Shape shape = Shape::Point;
  const Feature* area = nullptr;  // Area: the feature clicked inside; Line: the river
  GeoPoint at;                    // Point: where; Area and Line: where to show it
  double withinKm = 25;
  Bounds bounds;                  // what the reveal frames (map metres)
  std::string nameEn, nameRu, nameKy;
  const std::string& name(Language language) const;
};

// What a question asks for, on this map; an error naming the file and the question's line when
// the map has no such thing.
Result<QuizTarget> quizTarget(const Question& q, const BoundaryData& map, const Catalog& catalog,
                              const Projection& projection, const std::string& path);

enum class Verdict { Right, Wrong, Revealed };

struct QuizAnswer {
  Verdict verdict = Verdict::Wrong;
  double kmOff = 0;  // how far the click was from the answer (0 when inside it)
  int points = 0;    // what the question has earned so far
};

class Quiz {
 public:
  explicit Quiz(std::vector<QuizTarget> targets);

  std::size_t size() const { return targets_.size(); }
  std::size_t current() const { return current_; }  // the question asked now; size() once finished
  bool finished() const { return current_ >= targets_.size(); }
  const QuizTarget& target() const { return targets_[current_]; }
  int misses() const { return misses_; }  // of the question asked now
  // Whether the question asked now has been answered (right, or revealed): next() moves on.
  bool answered() const { return answered_; }

  QuizAnswer answer(MapPoint click, const Projection& projection);
  void next();

  int score() const;
  int maxScore() const { return 100 * static_cast<int>(targets_.size()); }
  // Each question's points and how it ended, for the summary.
  const std::vector<QuizAnswer>& results() const { return results_; }

 private:
  std::vector<QuizTarget> targets_;
  std::vector<QuizAnswer> results_;
  std::size_t current_ = 0;
  int misses_ = 0;
  bool answered_ = false;
};

}  // namespace kg
