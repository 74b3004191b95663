// What the viewer remembers between runs (core/settings/Settings).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/io/TextFile.h"
#include "core/settings/Settings.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;

TEST_CASE("settings written are read back the same", "[settings]") {
  Settings s;
  s.language = Language::Kyrgyz;
  s.width = 1280;
  s.height = 690;
  s.x = 12;
  s.y = -4;  // a second monitor to the left
  s.textScale = 1.5625;
  s.eventList = false;
  s.timeline = true;
  s.highContrast = true;
  s.hiddenLayers = {"water", "towns"};
  const auto back = parseSettings(settingsText(s), "settings.toml");
  REQUIRE(back);
  CHECK(*back == s);
  CHECK_THAT(settingsText(s), Contains("language = 'ky'"));  // toml++ writes a literal string
}

TEST_CASE("a missing settings file gives the usual settings, and a damaged one is refused naming the file and line",
          "[settings]") {
  const std::string dir = test::scratchDir("settings-read");
  const auto none = readSettings(dir + "/kgatlas/settings.toml");
  REQUIRE(none);
  CHECK(*none == Settings{});
  CHECK_FALSE(none->language);

  const auto broken = parseSettings("language = \"ky\nwidth = 3", "/home/t/.config/kgatlas/settings.toml");
  REQUIRE_FALSE(broken);
  CHECK_THAT(broken.error(), Contains("/home/t/.config/kgatlas/settings.toml:1"));
  const auto wrongLanguage = parseSettings("language = \"fr\"", "s.toml");
  REQUIRE_FALSE(wrongLanguage);
  CHECK_THAT(wrongLanguage.error(), Contains("s.toml:1") && Contains("language") && Contains("\"ky\""));
  const auto wrongWidth = parseSettings("[window]\nwidth = \"wide\"", "s.toml");
  REQUIRE_FALSE(wrongWidth);
  CHECK_THAT(wrongWidth.error(), Contains("s.toml:2") && Contains("window.width"));
  const auto hugeScale = parseSettings("text_scale = 40", "s.toml");
  REQUIRE_FALSE(hugeScale);
  CHECK_THAT(hugeScale.error(), Contains("text_scale"));
  const auto folder = readSettings(dir);
  REQUIRE_FALSE(folder);
  CHECK_THAT(folder.error(), Contains(dir));
}

TEST_CASE("settings are written into a new folder, and a failed write leaves the old file whole", "[settings]") {
  const std::string dir = test::scratchDir("settings-write");
  const std::string path = dir + "/config/kgatlas/settings.toml";
  Settings s;
  s.language = Language::Russian;
  REQUIRE(writeSettings(path, s));
  const auto back = readSettings(path);
  REQUIRE(back);
  CHECK(back->language == Language::Russian);
  // A folder where the file's folder should be: the write fails and says where.
  std::filesystem::create_directories(dir + "/blocked");
  { std::ofstream(dir + "/blocked/kgatlas") << "a file, not a folder"; }
  const auto failed = writeSettings(dir + "/blocked/kgatlas/settings.toml", s);
  REQUIRE_FALSE(failed);
  CHECK_THAT(failed.error(), Contains("blocked/kgatlas"));
  CHECK(readTextFile(dir + "/blocked/kgatlas") == std::optional<std::string>("a file, not a folder"));
}

TEST_CASE("the settings live under XDG_CONFIG_HOME, else under ~/.config", "[settings]") {
  const char* oldConfig = std::getenv("XDG_CONFIG_HOME");
  const std::string keep = oldConfig ? oldConfig : "";
  setenv("XDG_CONFIG_HOME", "/srv/conf", 1);
  CHECK(settingsPath() == "/srv/conf/kgatlas/settings.toml");
  unsetenv("XDG_CONFIG_HOME");
  setenv("HOME", std::getenv("HOME") ? std::getenv("HOME") : "/root", 1);
  CHECK(settingsPath() == std::string(std::getenv("HOME")) + "/.config/kgatlas/settings.toml");
  setenv("XDG_CONFIG_HOME", "relative/path", 1);  // the spec: a relative path is ignored
  CHECK(settingsPath() == std::string(std::getenv("HOME")) + "/.config/kgatlas/settings.toml");
  if (oldConfig) setenv("XDG_CONFIG_HOME", keep.c_str(), 1);
  else unsetenv("XDG_CONFIG_HOME");
}
