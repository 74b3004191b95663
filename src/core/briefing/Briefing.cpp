#include "core/briefing/Briefing.h"

#include "core/io/TomlText.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <type_traits>

#include "core/io/AtomicFile.h"
#include "core/io/Say.h"
#include "core/io/SourceName.h"
#include "core/io/TextFile.h"
#include "core/io/TextFormats.h"

namespace kg {
namespace {

// Reads one [[slide]] table, keeping what is good and listing what is not.
class SlideReader {
 public:
  SlideReader(const std::string& path, std::vector<std::string>& problems) : path_(path), problems_(problems) {}

  Slide read(const toml::table& table, int number) {
    Slide slide;
    slide.lines[""] = line(table);
    bool centreGiven = false, widthGiven = false;
    for (const auto& [key, node] : table) {
      const std::string name(key.str());
      slide.lines[name] = line(node);
      if (name == "title") {
        text(node, name, slide.title);
      } else if (name == "notes") {
        text(node, name, slide.notes);
      } else if (name == "event") {
        text(node, name, slide.event);
      } else if (name == "passages") {
        list(node, name, slide.passages);
      } else if (name == "layers") {
        slide.layersGiven = list(node, name, slide.layers);
      } else if (name == "time") {
        std::string range;
        if (!text(node, name, range)) continue;
        auto parsed = parseTimeRange(range);
        if (parsed) slide.time = *parsed;
        else problem(node, say("time: {problem}", {{"problem", parsed.error()}}));
      } else if (name == "frame_events") {
        if (list(node, name, slide.view.events) && setView(slide, SlideView::Kind::Events, node)) continue;
        slide.view.events.clear();
      } else if (name == "frame_region") {
        if (text(node, name, slide.view.region) && !slide.view.region.empty() &&
            setView(slide, SlideView::Kind::Region, node))
          continue;
        slide.view.region.clear();
      } else if (name == "centre") {
        centreGiven = centre(node, slide.view.centre) && setView(slide, SlideView::Kind::Centre, node);
      } else if (name == "seconds") {
        const std::optional<double> s = node.value<double>();
        if (s && std::isfinite(*s) && *s > 0 && *s <= 86400) slide.seconds = *s;
        else problem(node, say("seconds must be a number of seconds, more than 0 and at most 86400"));
      } else if (name == "width_km") {
        const std::optional<double> km = node.value<double>();
        if (km && std::isfinite(*km) && *km > 0 && *km <= 40075) {
          slide.view.widthKm = *km;
          widthGiven = true;
        } else {
          problem(node, say("width_km must be a number of kilometres, more than 0 and at most 40075"));
        }
      } else {
        problem(node, say("unknown key '{key}' in a slide (known: title, frame_events, frame_region, centre, width_km, "
                          "time, layers, event, passages, notes, seconds); it was ignored",
                          {{"key", name}}));
      }
    }
    if (slide.title.empty()) {
      problem(table, say("slide {number} has no title", {{"number", std::to_string(number)}}));
      slide.title = "Slide " + std::to_string(number);
    }
    if (centreGiven != widthGiven) {
      problem(table, say("slide {number}: centre and width_km go together; its view is the whole map",
                         {{"number", std::to_string(number)}}));
      slide.view = SlideView();
    }
    return slide;
  }

  void problem(const toml::node& node, const std::string& what) {
    problems_.push_back(say("{file}:{line}: {problem}", {{"file", path_}, {"line", std::to_string(line(node))}, {"problem", what}}));
  }
  static int line(const toml::node& node) { return static_cast<int>(node.source().begin.line); }

 private:
  bool text(const toml::node& node, const std::string& name, std::string& out) {
    if (const auto* s = node.as_string()) {
      out = s->get();
      return true;
    }
    problem(node, say("{key} must be text in quotes", {{"key", name}}));
    return false;
  }
  bool list(const toml::node& node, const std::string& name, std::vector<std::string>& out) {
    const toml::array* array = node.as_array();
    if (!array) {
      problem(node, say("{key} must be a list of ids in quotes, such as [\"osh\"]", {{"key", name}}));
      return false;
    }
    out.clear();
    for (const toml::node& item : *array) {
      if (const auto* s = item.as_string()) out.push_back(s->get());
      else problem(item, say("{key}: every item must be an id in quotes; this one was ignored", {{"key", name}}));
    }
    return true;
  }
  bool centre(const toml::node& node, GeoPoint& out) {
    const toml::array* array = node.as_array();
    const auto number = [&](std::size_t i) { return array->get(i) ? array->get(i)->value<double>() : std::nullopt; };
    if (array && array->size() == 2) {
      const auto lat = number(0), lon = number(1);
      if (lat && lon && std::isfinite(*lat) && std::isfinite(*lon) && std::abs(*lat) <= 90 && std::abs(*lon) <= 180) {
        out = {*lat, *lon};
        return true;
      }
    }
    problem(node, say("centre must be [latitude, longitude] in degrees, such as [42.87, 74.60]"));
    return false;
  }
  // One way to place the camera per slide.
  bool setView(Slide& slide, SlideView::Kind kind, const toml::node& node) {
    if (slide.view.kind != SlideView::Kind::Whole && slide.view.kind != kind) {
      problem(node, say("a slide's view is one of frame_events, frame_region or centre with width_km; this one was ignored"));
      return false;
    }
    slide.view.kind = kind;
    return true;
  }

  const std::string& path_;
  std::vector<std::string>& problems_;
};

// A string as TOML writes it: quoted and escaped by toml++, as a basic string ("..." with
// escapes), multi-line text as a """ block. toml++ 3.3 writes some literal ('...') strings that
// do not read back (a line break in a one-line literal, three quotes inside a block), so
// literal strings are never asked for, nor a block for text holding three quotes in a row. Nor
// for text that starts with a line break (TOML drops the one right after the opening """) or
// ends with a quote (it would run into the closing """).
std::string quoted(const std::string& text, bool block = true) {
  using bits = std::underlying_type_t<toml::format_flags>;
  auto flags = static_cast<bits>(toml::toml_formatter::default_flags | toml::format_flags::allow_multi_line_strings);
  flags &= ~static_cast<bits>(toml::format_flags::allow_literal_strings);
  const bool awkward = text.find("'''") != std::string::npos || text.find(R"(""")") != std::string::npos ||
                       (!text.empty() && (text.front() == '\n' || text.front() == '\r' || text.back() == '"'));
  if (!block || awkward)
    flags &= ~static_cast<bits>(toml::format_flags::allow_multi_line_strings);
  std::ostringstream out;
  out << toml::toml_formatter{toml::value<std::string>(text), static_cast<toml::format_flags>(flags)};
  return out.str();
}

// A list of ids on one line.
std::string quotedList(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i], false);
  return out + "]";
}

// The shortest text that reads back as the same double.
std::string number(double value) {
  std::string text = shortestText(value);
  if (text.find_first_of(".e") == std::string::npos) text += ".0";  // a TOML float, not an integer
  return text;
}

}  // namespace

Result<BriefingFile> parseBriefing(std::string_view text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    return Error{say("{file}: the briefing file is empty (it needs a title and [[slide]] tables)", {{"file", path}})};
  auto parsed = parseToml(text, path);
  if (!parsed) return Error{parsed.error()};
  const toml::table& table = *parsed;
  BriefingFile file;
  SlideReader reader(path, file.problems);
  for (const auto& [key, node] : table) {
    const std::string name(key.str());
    if (name == "title") {
      if (const auto* s = node.as_string()) file.briefing.title = s->get();
      else reader.problem(node, say("{key} must be text in quotes", {{"key", "title"}}));
    } else if (name == "slide") {
      const toml::array* slides = node.as_array();
      if (!slides || !slides->is_array_of_tables()) {
        reader.problem(node, say("{key} must be a table: write each as [[{key}]] followed by its keys", {{"key", "slide"}}));
        continue;
      }
      for (const toml::node& slide : *slides)
        file.briefing.slides.push_back(
            reader.read(*slide.as_table(), static_cast<int>(file.briefing.slides.size()) + 1));
    } else {
      reader.problem(node, say("unknown key '{key}' (a briefing has a title and [[slide]] tables); it was ignored",
                                {{"key", name}}));
    }
  }
  if (file.briefing.title.empty()) file.problems.push_back(say("{file}: the briefing has no title", {{"file", path}}));
  if (file.briefing.slides.empty())
    file.problems.push_back(say("{file}: the briefing has no slides ([[slide]] tables)", {{"file", path}}));
  return file;
}

Result<BriefingFile> readBriefing(const std::string& path) {
  auto bytes = readFile(path);
  if (!bytes) return Error{bytes.error()};
  return parseBriefing(*bytes, path);
}

std::string briefingText(const Briefing& briefing) {
  std::string out = "title = " + quoted(briefing.title) + "\n";
  for (const Slide& s : briefing.slides) {
    out += "\n[[slide]]\ntitle = " + quoted(s.title) + "\n";
    switch (s.view.kind) {
      case SlideView::Kind::Whole: break;
      case SlideView::Kind::Centre:
        out += "centre = [" + number(s.view.centre.lat) + ", " + number(s.view.centre.lon) + "]\n";
        out += "width_km = " + number(s.view.widthKm) + "\n";
        break;
      case SlideView::Kind::Events: out += "frame_events = " + quotedList(s.view.events) + "\n"; break;
      case SlideView::Kind::Region: out += "frame_region = " + quoted(s.view.region) + "\n"; break;
    }
    if (!s.time.isOpen()) out += "time = " + quoted(s.time.text()) + "\n";
    if (s.layersGiven) out += "layers = " + quotedList(s.layers) + "\n";
    if (!s.event.empty()) out += "event = " + quoted(s.event) + "\n";
    if (!s.passages.empty()) out += "passages = " + quotedList(s.passages) + "\n";
    if (s.seconds > 0) out += "seconds = " + number(s.seconds) + "\n";
    if (!s.notes.empty()) out += "notes = " + quoted(s.notes) + "\n";
  }
  return out;
}

Result<bool> saveBriefing(const std::string& path, const Briefing& briefing) {
  return writeFileAtomically(path, briefingText(briefing));
}

std::string layerKey(const EventLayer& layer) { return sourceTitle(layer.path); }

std::vector<std::string> unknownIds(const Briefing& briefing, const std::string& path, const Catalog& catalog,
                                    const std::vector<Feature>& regions) {
  std::vector<std::string> problems;
  for (std::size_t i = 0; i < briefing.slides.size(); ++i) {
    const Slide& s = briefing.slides[i];
    const auto report = [&](const std::string& key, const std::string& what) {
      const auto at = s.lines.find(key);
      const int line = at != s.lines.end() ? at->second : s.lines.count("") ? s.lines.at("") : 0;
      const std::string number = std::to_string(i + 1);
      problems.push_back(line > 0 ? say("{file}:{line}: slide {number}: {problem}",
                                        {{"file", path}, {"line", std::to_string(line)}, {"number", number}, {"problem", what}})
                                  : say("{file}: slide {number}: {problem}", {{"file", path}, {"number", number}, {"problem", what}}));
    };
    for (const std::string& id : s.view.events)
      if (!catalog.findEvent(id)) report("frame_events", say("no event '{id}' to frame (known: {known})", {{"id", id}, {"known", catalog.knownEventIds()}}));
    if (!s.event.empty() && !catalog.findEvent(s.event))
      report("event", say("no event '{id}' (known: {known})", {{"id", s.event}, {"known", catalog.knownEventIds()}}));
    for (const std::string& id : s.passages)
      if (!catalog.findPassage(id)) report("passages", say("no passage '{id}' in the passages file", {{"id", id}}));
    if (s.view.kind == SlideView::Kind::Region &&
        std::none_of(regions.begin(), regions.end(), [&](const Feature& f) { return f.iso == s.view.region; }))
      report("frame_region", say("no region with the code '{code}' on this map", {{"code", s.view.region}}));
    for (const std::string& name : s.layers) {
      const bool known = name == kPlacesLayer || std::any_of(catalog.layers.begin(), catalog.layers.end(),
                                                             [&](const EventLayer& l) { return layerKey(l) == name; });
      if (known) continue;
      std::string names = kPlacesLayer;
      for (const EventLayer& l : catalog.layers) names += ", " + layerKey(l);
      report("layers", say("no layer '{layer}' (known: {known})", {{"layer", name}, {"known", names}}));
    }
  }
  return problems;
}

std::string slideList(const Briefing& briefing) {
  std::string out;
  for (std::size_t i = 0; i < briefing.slides.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    out += std::string(n.size() < 3 ? 3 - n.size() : 0, ' ') + n + "  " + briefing.slides[i].title + "\n";
  }
  return out;
}

}  // namespace kg
