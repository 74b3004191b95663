// Settings remembered between runs (core/settings, app/AppSettings): the language and map
// layers chosen in one session are there in the next; a damaged file is kept, not overwritten.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;

TEST_CASE("the language and the map layers chosen are there the next time", "[settings][interaction]") {
  const std::string config = test::scratchDir("e2e-settings-config");
  const std::vector<std::string> env = {"XDG_CONFIG_HOME=" + config};
  {
    test::ViewerSession viewer("e2e-settings-first", "1280x720", {}, true, env);
    viewer.clickWidget("menu/view");
    test::hoverWidget(viewer.window, viewer.statePath, "menu/view/labels");
    viewer.clickWidget("menu/view/labels/ru");
    REQUIRE(test::waitForState(viewer.statePath, "language", "\"ru\""));
    viewer.clickWidget("menu/view");
    viewer.clickWidget("menu/view/layers");
    viewer.clickWidget("menu/view/layers/towns");
    REQUIRE(test::waitForState(viewer.statePath, "map_layers", "\"water,rivers,peaks,countries\""));
    test::xdotool({"windowfocus", "--sync", viewer.window});
    test::xdotool({"key", "ctrl+q"});
    const auto finished = viewer.app.finish(10);
    REQUIRE(finished);
    CHECK(finished->status == 0);
  }
  const std::string saved = test::readText(config + "/kgatlas/settings.toml");
  INFO(saved);
  CHECK_THAT(saved, Contains("language = 'ru'") && Contains("'towns'"));

  test::ViewerSession again("e2e-settings-second", "1280x720", {}, true, env);
  CHECK(test::stateField(again.state(), "language") == "\"ru\"");
  CHECK(test::stateField(again.state(), "map_layers") == "\"water,rivers,peaks,countries\"");
  // The command line still wins over what was remembered.
  test::ViewerSession told("e2e-settings-told", "1280x720", {"--lang", "ky"}, true, env);
  CHECK(test::stateField(told.state(), "language") == "\"ky\"");
}

TEST_CASE("a settings file that cannot be read is said so, and left as it was", "[settings][interaction]") {
  const std::string config = test::scratchDir("e2e-settings-damaged");
  std::filesystem::create_directories(config + "/kgatlas");
  const std::string path = config + "/kgatlas/settings.toml";
  const std::string written = "# my notes\nlanguage = \"ru\nwindow = [\n";
  test::writeFile(path, written);
  test::ViewerSession viewer("e2e-settings-damaged-viewer", "1280x720", {}, true, {"XDG_CONFIG_HOME=" + config});
  CHECK(test::stateField(viewer.state(), "language") == "\"en\"");
  viewer.clickWidget("menu/view");
  test::hoverWidget(viewer.window, viewer.statePath, "menu/view/labels");
  viewer.clickWidget("menu/view/labels/ky");
  REQUIRE(test::waitForState(viewer.statePath, "language", "\"ky\""));
  test::xdotool({"windowfocus", "--sync", viewer.window});
  test::xdotool({"key", "ctrl+q"});
  const auto finished = viewer.app.finish(10);
  REQUIRE(finished);
  CHECK(finished->status == 0);
  CHECK_THAT(finished->err, Contains(path) && Contains("leaving the file as it is"));
  CHECK(test::readText(path) == written);
}
