#pragma once
// A lesson: questions to ask the class and the teacher's annotations on the map, in a TOML file
// a teacher can write by hand (the bundled example: assets/lessons/kyrgyzstan.toml):
//
//   title = "Kyrgyzstan: regions, water and five events"
//
//   [[question]]
//   find = "region:KG-N"                 # what to click: KIND:ID, as --search prints it
//   ask = "Click Naryn region"           # optional; ask_ru, ask_ky in the other languages
//                                        # (without them: "Click {name}" in the interface's language)
//   [[question]]
//   find = "point"                       # a spot of your own:
//   at = [42.87, 74.59]                  #   latitude, longitude
//   within_km = 30                       #   how near counts as right (places: 25 km unless given)
//   ask = "Where is the capital?"
//
//   [[annotation]]
//   pin = [42.45, 77.30]                 # or text = [lat, lon], or arrow = [lat, lon, lat, lon]
//   label = "The lake never freezes"     # optional; label_ru, label_ky in the other languages
//
// As with briefings, one bad question or annotation is a problem naming the file and line and
// the rest is kept; only a file that cannot be read or is not TOML at all is an error.
#include <string>
#include <string_view>
#include <vector>

#include "core/geo/GeoTypes.h"
#include "core/geometry/Feature.h"
#include "core/io/Result.h"

namespace kg {

struct Question {
  std::string kind;  // "region", "lake", "reservoir", "river", "capital", "town", "peak", "country",
                     // "event", "place" (a feature of the map) or "point" (a spot the file gives)
  std::string id;    // the feature's id; "" for a point
  GeoPoint at;       // a point's place
  double withinKm = 0;  // how near a click counts as right; 0: the kind's own (Quiz.h)
  std::string ask, askRu, askKy;  // the question as written; "" to make it from the name
  int line = 0;
  bool operator==(const Question& o) const {
    return kind == o.kind && id == o.id && at.lat == o.at.lat && at.lon == o.at.lon && withinKm == o.withinKm &&
           ask == o.ask && askRu == o.askRu && askKy == o.askKy;
  }
};

struct Annotation {
  enum class Kind { Pin, Text, Arrow };
  Kind kind = Kind::Pin;
  GeoPoint at, to;  // `to`: where an arrow points
  std::string label, labelRu, labelKy;  // in English, Russian, Kyrgyz; any may be ""
  bool operator==(const Annotation& o) const {
    return kind == o.kind && at.lat == o.at.lat && at.lon == o.at.lon && to.lat == o.to.lat && to.lon == o.to.lon &&
           label == o.label && labelRu == o.labelRu && labelKy == o.labelKy;
  }
  // The label written in `language`, to edit.
  std::string& labelIn(Language language) {
    return language == Language::Russian ? labelRu : language == Language::Kyrgyz ? labelKy : label;
  }
  // The label shown in `language`: as written for it, else in English, else in another language.
  const std::string& shownLabel(Language language) const {
    const std::string& own = language == Language::Russian ? labelRu : language == Language::Kyrgyz ? labelKy : label;
    return !own.empty() ? own : !label.empty() ? label : !labelRu.empty() ? labelRu : labelKy;
  }
};

struct Lesson {
  std::string title;
  std::vector<Question> questions;
  std::vector<Annotation> annotations;
  bool operator==(const Lesson&) const = default;
};

struct LessonFile {
  Lesson lesson;
  std::vector<std::string> problems;  // "path:line: what is wrong", each
};

Result<LessonFile> parseLesson(std::string_view text, const std::string& path);
Result<LessonFile> readLesson(const std::string& path);
// Whether the file is a lesson rather than a briefing (both are TOML): it has [[question]] or
// [[annotation]] tables. File > Open opens each as what it is.
bool isLessonFile(const std::string& path);
// The lesson as a file: what parseLesson reads back to the same lesson.
std::string lessonText(const Lesson& lesson);
// Writes atomically; refuses a file there that is not a lesson (nothing a person wrote is lost).
Result<bool> saveLesson(const std::string& path, const Lesson& lesson);

// The question in `language`: as written for it, else as written in English, else made from the
// name of what it asks for ("Click {name}" translated by the caller: `clickName`).
std::string questionText(const Question& q, Language language, const std::string& clickName);

}  // namespace kg
