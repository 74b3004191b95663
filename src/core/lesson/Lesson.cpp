#include "core/lesson/Lesson.h"

#include "core/io/TomlText.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <sstream>

#include "core/io/AtomicFile.h"
#include "core/io/TextFile.h"
#include "core/io/Say.h"

namespace kg {
namespace {

const char* const kKinds[] = {"region", "lake", "reservoir", "river", "capital", "town",
                              "peak",   "country", "event", "place"};

struct Reader {
  const std::string& path;
  std::vector<std::string>& problems;
  void problem(const toml::node& node, const std::string& what) {
    problems.push_back(say("{file}:{line}: {problem}", {{"file", path}, {"line", std::to_string(node.source().begin.line)}, {"problem", what}}));
  }
  // [lat, lon] (or four numbers for an arrow), each finite and on Earth.
  bool coordinates(const toml::node& node, const std::string& key, std::size_t count, std::vector<double>& out) {
    const toml::array* a = node.as_array();
    bool ok = a && a->size() == count;
    out.clear();
    for (std::size_t i = 0; ok && i < count; ++i) {
      const auto v = (*a)[i].value<double>();
      ok = v && std::isfinite(*v) && std::fabs(*v) <= (i % 2 == 0 ? 90.0 : 180.0);
      if (ok) out.push_back(*v);
    }
    if (!ok)
      problem(node, count == 2 ? say("{key} must be [latitude, longitude] in degrees, such as [42.87, 74.59]", {{"key", key}})
                               : say("{key} must be [latitude, longitude, latitude, longitude] in degrees, such as [42.87, 74.59]",
                                     {{"key", key}}));
    return ok;
  }
  bool text(const toml::node& node, const std::string& key, std::string& out) {
    if (const auto* s = node.as_string()) {
      out = s->get();
      return true;
    }
    problem(node, say("{key} must be text in quotes", {{"key", key}}));
    return false;
  }
};

void readQuestion(Reader& reader, const toml::table& table, Lesson& lesson) {
  Question q;
  q.line = static_cast<int>(table.source().begin.line);
  bool found = false, placed = false;
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "find") {
      std::string find;
      if (!reader.text(node, "find", find)) continue;
      const auto colon = find.find(':');
      const std::string kind = find.substr(0, colon);
      const bool known = std::find(std::begin(kKinds), std::end(kKinds), kind) != std::end(kKinds);
      if (find == "point") {
        q.kind = "point";
        found = true;
      } else if (known && colon != std::string::npos && colon + 1 < find.size()) {
        q.kind = kind;
        q.id = find.substr(colon + 1);
        found = true;
      } else {
        reader.problem(node, say("find must be \"point\" or KIND:ID, such as \"region:KG-N\" or \"lake:issyk-kul\" "
                                 "(kinds: region, lake, reservoir, river, capital, town, peak, country, event, place)"));
      }
    } else if (name == "at") {
      std::vector<double> at;
      if (reader.coordinates(node, "at", 2, at)) q.at = {at[0], at[1]}, placed = true;
    } else if (name == "within_km") {
      const auto v = node.value<double>();
      if (v && *v > 0 && *v <= 5000) q.withinKm = *v;
      else reader.problem(node, say("within_km must be a number of kilometres above 0, up to 5000"));
    } else if (name == "ask") {
      reader.text(node, "ask", q.ask);
    } else if (name == "ask_ru") {
      reader.text(node, "ask_ru", q.askRu);
    } else if (name == "ask_ky") {
      reader.text(node, "ask_ky", q.askKy);
    } else {
      reader.problem(node, say("a question has no key '{key}' (it has find, at, within_km, ask, ask_ru, ask_ky)", {{"key", name}}));
    }
  }
  if (!found) return reader.problem(table, say("a question needs find = \"KIND:ID\" or find = \"point\"; left out"));
  if (q.kind == "point" && !placed)
    return reader.problem(table, say("a question with find = \"point\" needs at = [latitude, longitude]; left out"));
  if (q.kind == "point" && q.ask.empty() && q.askRu.empty() && q.askKy.empty())
    return reader.problem(table, say("a question about a point needs ask = \"...\" (there is no name to ask with); left out"));
  lesson.questions.push_back(std::move(q));
}

void readAnnotation(Reader& reader, const toml::table& table, Lesson& lesson) {
  Annotation a;
  int places = 0;
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    std::vector<double> at;
    if (name == "pin" || name == "text") {
      if (!reader.coordinates(node, name, 2, at)) continue;
      a.kind = name == "pin" ? Annotation::Kind::Pin : Annotation::Kind::Text;
      a.at = {at[0], at[1]};
      ++places;
    } else if (name == "arrow") {
      if (!reader.coordinates(node, name, 4, at)) continue;
      a.kind = Annotation::Kind::Arrow;
      a.at = {at[0], at[1]};
      a.to = {at[2], at[3]};
      ++places;
    } else if (name == "label" || name == "label_ru" || name == "label_ky") {
      reader.text(node, name, name == "label" ? a.label : name == "label_ru" ? a.labelRu : a.labelKy);
    } else {
      reader.problem(node, say("an annotation has no key '{key}' (it has pin, text or arrow, and label, label_ru, label_ky)",
                               {{"key", name}}));
    }
  }
  if (places != 1) return reader.problem(table, say("an annotation needs one of pin, text or arrow; left out"));
  if (a.kind == Annotation::Kind::Text && a.label.empty() && a.labelRu.empty() && a.labelKy.empty())
    return reader.problem(table, say("a text annotation needs label = \"...\"; left out"));
  lesson.annotations.push_back(std::move(a));
}

toml::array coordinates(std::initializer_list<double> values) {
  toml::array a;
  for (double v : values) a.push_back(v);
  return a;
}

}  // namespace

Result<LessonFile> parseLesson(std::string_view text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Error{say("{file}: the lesson file is empty (it needs a title and [[question]] tables)", {{"file", path}})};
  auto parsed = parseToml(text, path);
  if (!parsed) return Error{parsed.error()};
  const toml::table& table = *parsed;
  LessonFile file;
  Reader reader{path, file.problems};
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "title") {
      reader.text(node, "title", file.lesson.title);
    } else if (name == "question" || name == "annotation") {
      const toml::array* items = node.as_array();
      if (!items || !items->is_array_of_tables()) {
        reader.problem(node, say("{key} must be a table: write each as [[{key}]] followed by its keys", {{"key", name}}));
        continue;
      }
      for (const toml::node& item : *items) {
        if (name == "question") readQuestion(reader, *item.as_table(), file.lesson);
        else readAnnotation(reader, *item.as_table(), file.lesson);
      }
    } else {
      reader.problem(node, say("a lesson has no key '{key}' (it has title, [[question]] and [[annotation]])", {{"key", name}}));
    }
  }
  return file;
}

Result<LessonFile> readLesson(const std::string& path) {
  auto text = readFile(path);
  if (!text) return Error{text.error()};
  return parseLesson(*text, path);
}

bool isLessonFile(const std::string& path) {
  auto text = readFile(path);
  if (!text) return false;
  auto parsed = parseToml(*text, path);
  return parsed && (parsed->contains("question") || parsed->contains("annotation"));
}

std::string lessonText(const Lesson& lesson) {
  toml::table table;
  table.insert("title", lesson.title);
  toml::array questions;
  for (const Question& q : lesson.questions) {
    toml::table t;
    t.insert("find", q.kind == "point" ? std::string("point") : q.kind + ":" + q.id);
    if (q.kind == "point") t.insert("at", coordinates({q.at.lat, q.at.lon}));
    if (q.withinKm > 0) t.insert("within_km", q.withinKm);
    if (!q.ask.empty()) t.insert("ask", q.ask);
    if (!q.askRu.empty()) t.insert("ask_ru", q.askRu);
    if (!q.askKy.empty()) t.insert("ask_ky", q.askKy);
    questions.push_back(std::move(t));
  }
  toml::array annotations;
  for (const Annotation& a : lesson.annotations) {
    toml::table t;
    switch (a.kind) {
      case Annotation::Kind::Pin: t.insert("pin", coordinates({a.at.lat, a.at.lon})); break;
      case Annotation::Kind::Text: t.insert("text", coordinates({a.at.lat, a.at.lon})); break;
      case Annotation::Kind::Arrow: t.insert("arrow", coordinates({a.at.lat, a.at.lon, a.to.lat, a.to.lon})); break;
    }
    if (!a.label.empty()) t.insert("label", a.label);
    if (!a.labelRu.empty()) t.insert("label_ru", a.labelRu);
    if (!a.labelKy.empty()) t.insert("label_ky", a.labelKy);
    annotations.push_back(std::move(t));
  }
  if (!questions.empty()) table.insert("question", std::move(questions));
  if (!annotations.empty()) table.insert("annotation", std::move(annotations));
  std::ostringstream out;
  out << table << "\n";
  return out.str();
}

Result<bool> saveLesson(const std::string& path, const Lesson& lesson) {
  std::error_code error;
  if (std::filesystem::exists(path, error)) {
    // A file of something else (TOML too, perhaps) is never written over.
    auto existing = readLesson(path);
    const bool foreign = existing && std::any_of(existing->problems.begin(), existing->problems.end(), [](const std::string& p) {
      return p.find("a lesson has no key") != std::string::npos;
    });
    if (!existing || foreign)
      return Error{existing ? say("{file}: is not a lesson file, so it is left as it is", {{"file", path}})
                            : say("{file}: is not a lesson file, so it is left as it is ({why})", {{"file", path}, {"why", existing.error()}})};
  }
  return writeFileAtomically(path, lessonText(lesson));
}

std::string questionText(const Question& q, Language language, const std::string& clickName) {
  if (language == Language::Russian && !q.askRu.empty()) return q.askRu;
  if (language == Language::Kyrgyz && !q.askKy.empty()) return q.askKy;
  if (!q.ask.empty()) return q.ask;
  return clickName;
}

}  // namespace kg
