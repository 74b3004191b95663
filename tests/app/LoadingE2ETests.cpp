// The window opens before the data is read: progress, cancel, and a file that fails to load shown
// in the window, which stays usable.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "support/Process.h"
#include "support/TestData.h"
#include "support/Viewer.h"

using namespace kg;
using Catch::Matchers::Contains;

namespace {

// A GeoJSON large enough that reading it takes seconds: many small squares in Kyrgyzstan.
std::string writeLargeFile(const std::string& path, int features) {
  std::ofstream out(path);
  out << R"({"type":"FeatureCollection","features":[)";
  for (int i = 0; i < features; ++i) {
    const double x = 70 + (i % 400) * 0.025, y = 39.5 + (i / 400) * 0.002;
    out << (i ? "," : "") << R"({"type":"Feature","properties":{"name":"cell )" << i
        << R"("},"geometry":{"type":"Polygon","coordinates":[[[)" << x << ',' << y << "],[" << x + 0.02 << ',' << y
        << "],[" << x + 0.02 << ',' << y + 0.0015 << "],[" << x << ',' << y + 0.0015 << "],[" << x << ',' << y
        << "]]]}}";
  }
  out << "]}";
  return path;
}

}  // namespace

TEST_CASE("a file that cannot be read is shown in the window, which stays usable", "[interaction][loading]") {
  const std::string dir = test::scratchDir("e2e-load-fail-files");
  const std::string broken = dir + "/broken.geojson";
  test::writeFile(broken, R"({"type":"FeatureCollection","features":[)");
  test::ViewerSession viewer("e2e-load-fail", "1000x700", {"--boundaries", broken}, false);
  REQUIRE(test::waitForFile(viewer.statePath, [](const std::string& s) {
    return test::stateField(s, "load_error") != "null" && !test::stateField(s, "load_error").empty(); }, 30));
  const std::string state = viewer.state();
  CHECK_THAT(state, Contains("broken.geojson") && Contains("not a vector file"));
  CHECK(test::stateField(state, "map_ready") == "false");
  test::waitForWidget(viewer.statePath, "loading/error");
  // The bundled map is one click away.
  viewer.clickWidget("loading/bundled");
  CHECK(test::waitForState(viewer.statePath, "map_ready", "true", 30));
  CHECK(test::stateField(viewer.state(), "load_error") == "null");
  viewer.clickAt(viewer.camera().geoToScreen(test::kNarynTown));
  CHECK(test::waitForState(viewer.statePath, "selected", "\"KG-N\""));
  CHECK(viewer.app.running());
}

TEST_CASE("a slow load shows its progress and can be cancelled", "[interaction][loading]") {
  const std::string dir = test::scratchDir("e2e-load-cancel-files");
  const std::string large = writeLargeFile(dir + "/large.geojson", 400000);
  test::ViewerSession viewer("e2e-load-cancel", "1000x700", {"--boundaries", large}, false);
  CHECK(test::waitForState(viewer.statePath, "loading", "true", 10));
  test::waitForWidget(viewer.statePath, "loading/progress");
  viewer.clickWidget("loading/cancel");
  CHECK(test::waitForState(viewer.statePath, "loading", "false", 10));
  CHECK_THAT(test::stateField(viewer.state(), "load_error"), Contains("large.geojson") && Contains("cancelled"));
  CHECK(test::stateField(viewer.state(), "map_ready") == "false");
  // A cancelled load stays cancelled: its data never arrives later.
  test::sleepMs(3000);
  CHECK(test::stateField(viewer.state(), "map_ready") == "false");
  CHECK_THAT(test::stateField(viewer.state(), "load_error"), Contains("cancelled"));
  // Cancelled, the window still answers: its menus open.
  viewer.clickWidget("menu/view");
  test::waitForWidget(viewer.statePath, "menu/view/labels");
  CHECK(viewer.app.running());
}

TEST_CASE("boundaries read once come back from the cache the same, and a cache that cannot be written is no error",
          "[loading][cache]") {
  const std::string dir = test::scratchDir("e2e-boundary-cache");
  const std::string cache = dir + "/cache";
  const std::string regions = dir + "/regions.gpkg";
  std::filesystem::copy_file(test::bundledPath(), regions, std::filesystem::copy_options::overwrite_existing);
  const std::vector<std::string> args{test::kBinary, "--boundaries", regions, "--list-events"};
  const auto first = test::run(args, {"KGATLAS_CACHE_DIR=" + cache});
  REQUIRE(first.status == 0);
  REQUIRE(std::filesystem::is_directory(cache));
  std::size_t entries = 0;
  for (const auto& item : std::filesystem::directory_iterator(cache)) entries += item.path().extension() == ".boundaries";
  CHECK(entries == 1);
  const auto second = test::run(args, {"KGATLAS_CACHE_DIR=" + cache});
  CHECK(second.status == 0);
  CHECK(second.out == first.out);
  CHECK(second.err == first.err);
  CHECK(!first.out.empty());
  // A file where the folder should be: the boundaries are read from the file all the same.
  test::writeFile(dir + "/not-a-folder", "x");
  const auto blocked = test::run(args, {"KGATLAS_CACHE_DIR=" + dir + "/not-a-folder"});
  CHECK(blocked.status == 0);
  CHECK(blocked.out == first.out);
  CHECK(test::readText(dir + "/not-a-folder") == "x");
  const auto off = test::run(args, {"KGATLAS_CACHE_DIR=off"});
  CHECK(off.out == first.out);
}
