#include "core/lesson/Quiz.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>

#include "core/geo/Geodesy.h"
#include "core/geometry/HitTester.h"
#include "core/io/Say.h"

namespace kg {
namespace {

constexpr int kTries = 3;
constexpr int kTryPoints[kTries] = {100, 70, 40};
constexpr double kRiverReachKm = 10;

QuizTarget fromFeature(const Feature& f, QuizTarget::Shape shape, const Projection& projection) {
  QuizTarget t;
  t.shape = shape;
  t.area = &f;
  t.at = projection.inverse(f.bounds.centre());
  t.bounds = f.bounds;
  t.nameEn = f.nameEn.empty() ? f.iso : f.nameEn;
  t.nameRu = f.nameRu;
  t.nameKy = f.nameKy;
  if (shape == QuizTarget::Shape::Line) t.withinKm = kRiverReachKm;
  return t;
}

QuizTarget fromPoint(GeoPoint at, double withinKm, const std::string& name, const Projection& projection) {
  QuizTarget t;
  t.at = at;
  t.withinKm = withinKm;
  t.nameEn = name;
  const MapPoint p = projection.forward(at);
  const double half = std::max(30000.0, withinKm * 3000);  // the place and the land around it
  t.bounds.add(MapPoint{p.x - half, p.y - half});
  t.bounds.add(MapPoint{p.x + half, p.y + half});
  return t;
}

double kmFromLine(const Feature& river, MapPoint click, const Projection& projection) {
  double best = std::numeric_limits<double>::infinity();
  const GeoPoint g = projection.inverse(click);
  for (const Polygon& line : river.polygons)
    for (const MapPoint& p : line.rings.front())
      best = std::min(best, geodesicDistanceMetres(g, projection.inverse(p)) / 1000);
  return best;
}

}  // namespace

const std::string& QuizTarget::name(Language language) const {
  if (language == Language::Russian && !nameRu.empty()) return nameRu;
  if (language == Language::Kyrgyz && !nameKy.empty()) return nameKy;
  return nameEn;
}

Result<QuizTarget> quizTarget(const Question& q, const BoundaryData& map, const Catalog& catalog,
                              const Projection& projection, const std::string& path) {
  // "lesson.toml:12: no lake 'issyk-kol' on this map"
  auto missing = [&](const std::string& what) {
    return Error{say("{file}:{line}: {problem}", {{"file", path}, {"line", std::to_string(q.line)}, {"problem", what}})};
  };
  auto onThisMap = [&] { return say("no {kind} '{id}' on this map", {{"kind", q.kind}, {"id", q.id}}); };
  auto within = [&](double usual) { return q.withinKm > 0 ? q.withinKm : usual; };
  if (q.kind == "point") return fromPoint(q.at, within(25), "", projection);
  auto findIn = [&](const std::vector<Feature>& features) -> const Feature* {
    for (const Feature& f : features)
      if (featureId(f) == q.id) return &f;
    return nullptr;
  };
  if (q.kind == "region" || q.kind == "country" || q.kind == "lake" || q.kind == "reservoir") {
    const auto& features = q.kind == "region" ? map.regions : q.kind == "country" ? map.context : map.water;
    if (const Feature* f = findIn(features); f) return fromFeature(*f, QuizTarget::Shape::Area, projection);
    if (q.kind != "reservoir") return missing(onThisMap());
  }
  if (q.kind == "river") {
    if (const Feature* f = findIn(map.rivers); f) {
      QuizTarget t = fromFeature(*f, QuizTarget::Shape::Line, projection);
      if (q.withinKm > 0) t.withinKm = q.withinKm;
      return t;
    }
    return missing(onThisMap());
  }
  if (q.kind == "capital" || q.kind == "town" || q.kind == "peak" || q.kind == "reservoir") {
    for (const Landmark& l : map.landmarks)
      if (l.id == q.id) {
        QuizTarget t = fromPoint(l.where, within(l.type == "peak" ? 40 : 25), l.nameEn, projection);
        t.nameRu = l.nameRu;
        t.nameKy = l.nameKy;
        return t;
      }
    return missing(onThisMap());
  }
  if (q.kind == "event") {
    if (const Event* e = catalog.findEvent(q.id))
      return fromPoint(e->point, within(std::max(25.0, e->radiusKm + 15)), e->title, projection);
    return missing(say("no event '{id}' (known: {known})", {{"id", q.id}, {"known", catalog.knownEventIds()}}));
  }
  if (q.kind == "place") {
    if (const Place* p = catalog.findPlace(q.id)) return fromPoint(p->point, within(std::max(25.0, p->radiusKm + 15)), p->name, projection);
    return missing(onThisMap());
  }
  return missing(onThisMap());
}

Quiz::Quiz(std::vector<QuizTarget> targets) : targets_(std::move(targets)), results_(targets_.size()) {}

QuizAnswer Quiz::answer(MapPoint click, const Projection& projection) {
  QuizAnswer a;
  if (finished() || answered_) return finished() ? a : results_[current_];
  const QuizTarget& t = targets_[current_];
  switch (t.shape) {
    case QuizTarget::Shape::Area:
      a.kmOff = featureContains(*t.area, click) ? 0 : -1;
      break;
    case QuizTarget::Shape::Line:
      a.kmOff = kmFromLine(*t.area, click, projection);
      break;
    case QuizTarget::Shape::Point:
      a.kmOff = geodesicDistanceMetres(projection.inverse(click), t.at) / 1000;
      break;
  }
  const bool right = t.shape == QuizTarget::Shape::Area ? a.kmOff == 0 : a.kmOff <= t.withinKm;
  if (t.shape == QuizTarget::Shape::Area && a.kmOff < 0)  // how far off: to the area's middle, roughly
    a.kmOff = geodesicDistanceMetres(projection.inverse(click), t.at) / 1000;
  QuizAnswer& result = results_[current_];
  if (right) {
    a.verdict = Verdict::Right;
    a.points = kTryPoints[misses_];
    answered_ = true;
  } else {
    ++misses_;
    // A place missed still earns something for coming near; the best try counts.
    if (t.shape == QuizTarget::Shape::Point && a.kmOff > 0)
      a.points = std::max(result.points, static_cast<int>(std::min(50.0, 100 * t.withinKm / a.kmOff)));
    else a.points = result.points;
    a.verdict = misses_ >= kTries ? Verdict::Revealed : Verdict::Wrong;
    answered_ = a.verdict == Verdict::Revealed;
  }
  result = a;
  return a;
}

void Quiz::next() {
  if (finished()) return;
  ++current_;
  misses_ = 0;
  answered_ = false;
}

int Quiz::score() const {
  int total = 0;
  for (const QuizAnswer& a : results_) total += a.points;
  return total;
}

}  // namespace kg
