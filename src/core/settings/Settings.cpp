#include "core/settings/Settings.h"

#include "core/io/TomlText.h"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "core/io/AtomicFile.h"
#include "core/io/Say.h"
#include "core/io/TextFile.h"

namespace kg {
namespace {

const char* languageCode(Language language) {
  switch (language) {
    case Language::Russian: return "ru";
    case Language::Kyrgyz: return "ky";
    case Language::English: break;
  }
  return "en";
}

// The problem with a value of the wrong kind, where the file has it.
// `expected` is said too: "true or false".
std::string wrongKind(const std::string& path, const toml::node& node, const std::string& key, const std::string& expected) {
  return say("{file}:{line}: {problem}", {{"file", path},
                                          {"line", std::to_string(node.source().begin.line)},
                                          {"problem", say("{key} must be {expected}", {{"key", key}, {"expected", expected}})}});
}

}  // namespace

std::string settingsPath() {
  const char* config = std::getenv("XDG_CONFIG_HOME");
  if (config && *config == '/') return std::string(config) + "/kgatlas/settings.toml";
  const char* home = std::getenv("HOME");
  if (home && *home) return std::string(home) + "/.config/kgatlas/settings.toml";
  return {};
}

Result<Settings> parseSettings(std::string_view text, const std::string& path) {
  auto parsed = parseToml(text, path);
  if (!parsed) return Error{parsed.error()};
  const toml::table& table = *parsed;
  Settings s;
  std::string problem;
  auto integer = [&](const toml::node* node, const std::string& key, int low, int high) -> std::optional<int> {
    if (!node) return std::nullopt;
    const auto* value = node->as_integer();
    if (!value || value->get() < low || value->get() > high) {
      if (problem.empty())
        problem = wrongKind(path, *node, key,
                            say("a whole number from {low} to {high}", {{"low", std::to_string(low)}, {"high", std::to_string(high)}}));
      return std::nullopt;
    }
    return static_cast<int>(value->get());
  };
  auto boolean = [&](const toml::node* node, const std::string& key, bool& out) {
    if (!node) return;
    if (const auto* value = node->as_boolean()) out = value->get();
    else if (problem.empty()) problem = wrongKind(path, *node, key, say("true or false"));
  };
  if (const toml::node* node = table.get("language")) {
    const auto* code = node->as_string();
    if (code && code->get() == "en") s.language = Language::English;
    else if (code && code->get() == "ru") s.language = Language::Russian;
    else if (code && code->get() == "ky") s.language = Language::Kyrgyz;
    else problem = wrongKind(path, *node, "language", say("\"en\", \"ru\" or \"ky\""));
  }
  if (const toml::node* node = table.get("text_scale")) {
    const auto value = node->value<double>();
    if (value && *value >= 0.5 && *value <= 4) s.textScale = *value;
    else if (problem.empty()) problem = wrongKind(path, *node, "text_scale", say("a number from 0.5 to 4"));
  }
  if (const toml::table* window = table["window"].as_table()) {
    s.width = integer(window->get("width"), "window.width", 64, 16384).value_or(0);
    s.height = integer(window->get("height"), "window.height", 64, 16384).value_or(0);
    s.x = integer(window->get("x"), "window.x", -100000, 100000);
    s.y = integer(window->get("y"), "window.y", -100000, 100000);
    boolean(window->get("maximized"), "window.maximized", s.maximized);
  }
  if (const toml::table* panels = table["panels"].as_table()) {
    boolean(panels->get("events"), "panels.events", s.eventList);
    boolean(panels->get("timeline"), "panels.timeline", s.timeline);
  }
  if (const toml::table* screen = table["screen"].as_table()) {
    boolean(screen->get("high_contrast"), "screen.high_contrast", s.highContrast);
    boolean(screen->get("projector"), "screen.projector", s.projector);
  }
  if (const toml::node* node = table["map"]["hidden_layers"].node()) {
    const toml::array* layers = node->as_array();
    if (!layers && problem.empty()) problem = wrongKind(path, *node, "map.hidden_layers", say("a list of layer names"));
    if (layers)
      for (const toml::node& layer : *layers) {
        const auto* name = layer.as_string();
        if (name) s.hiddenLayers.push_back(name->get());
        else if (problem.empty()) problem = wrongKind(path, layer, "map.hidden_layers", say("a list of layer names"));
      }
  }
  if (!problem.empty()) return Error{problem};
  return s;
}

Result<Settings> readSettings(const std::string& path) {
  std::error_code error;
  if (path.empty() || !std::filesystem::exists(path, error)) return Settings{};
  auto text = readFile(path);
  if (!text) return Error{text.error()};
  return parseSettings(*text, path);
}

std::string settingsText(const Settings& s) {
  toml::table table;
  if (s.language) table.insert("language", languageCode(*s.language));
  table.insert("text_scale", s.textScale);
  toml::table window;
  if (s.width > 0 && s.height > 0) {
    window.insert("width", s.width);
    window.insert("height", s.height);
  }
  if (s.x && s.y) {
    window.insert("x", *s.x);
    window.insert("y", *s.y);
  }
  window.insert("maximized", s.maximized);
  table.insert("window", std::move(window));
  toml::table panels;
  panels.insert("events", s.eventList);
  panels.insert("timeline", s.timeline);
  table.insert("panels", std::move(panels));
  toml::table screen;
  screen.insert("high_contrast", s.highContrast);
  screen.insert("projector", s.projector);
  table.insert("screen", std::move(screen));
  toml::array hidden;
  for (const std::string& layer : s.hiddenLayers) hidden.push_back(layer);
  toml::table map;
  map.insert("hidden_layers", std::move(hidden));
  table.insert("map", std::move(map));
  std::ostringstream out;
  out << "# kgatlas remembers these between runs; it rewrites this file when it closes.\n" << table << "\n";
  return out.str();
}

Result<bool> writeSettings(const std::string& path, const Settings& settings) {
  std::error_code error;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), error);
  if (error) return Error{say("{file}: cannot make its folder ({why})", {{"file", path}, {"why", error.message()}})};
  return writeFileAtomically(path, settingsText(settings));
}

}  // namespace kg
