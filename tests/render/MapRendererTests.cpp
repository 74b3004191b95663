// The renderer drawing the bundled map into an offscreen target of a real OpenGL 3.3 context.
#include <catch2/catch.hpp>

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/geometry/HitTester.h"
#include "core/geometry/LabelAnchor.h"
#include "core/view/Palette.h"
#include "render/Framebuffer.h"
#include "render/MapMesh.h"
#include "render/MapRenderer.h"
#include "render/MarkerRenderer.h"
#include "support/Image.h"
#include "support/TestData.h"

using namespace kg;

namespace {

// One hidden window and context for the whole test run.
struct Context {
  GLFWwindow* window = nullptr;
  Context() {
    REQUIRE(glfwInit());
    glfwWindowHint(GLFW_VISIBLE, GLFW_FALSE);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    window = glfwCreateWindow(64, 64, "render tests", nullptr, nullptr);
    REQUIRE(window != nullptr);
    glfwMakeContextCurrent(window);
    REQUIRE(gladLoadGL(glfwGetProcAddress));
  }
  ~Context() {
    glfwDestroyWindow(window);
    glfwTerminate();
  }
};
Context& context() {
  static Context c;
  return c;
}

struct Rendered {
  test::Image image;
  Camera camera;
  MapMesh mesh;
};

Rendered render(int width, int height, MapHighlight highlight = {}) {
  context();
  const BoundaryData& data = test::bundled();
  Rendered out;
  out.mesh = MapMesh::build(data);
  auto renderer = MapRenderer::create(std::string(KGATLAS_SOURCE_DATA_DIR) + "/shaders");
  REQUIRE(renderer.ok());
  renderer->upload(out.mesh, data);
  auto target = OffscreenTarget::create(width, height);
  REQUIRE(target.ok());
  out.camera.setViewport(width, height);
  REQUIRE(out.camera.fit(data.regionBounds(), 20));
  target->bind();
  renderer->draw(out.camera, highlight, 1.0);
  glFinish();
  out.image.width = width;
  out.image.height = height;
  out.image.rgba = target->readRgba();
  OffscreenTarget::unbind();
  REQUIRE(glGetError() == GL_NO_ERROR);
  return out;
}

bool near(std::array<int, 3> a, Rgba b, int tolerance) {
  return std::abs(a[0] - b.r) <= tolerance && std::abs(a[1] - b.g) <= tolerance && std::abs(a[2] - b.b) <= tolerance;
}

// How many pixels of the square of `radius` around (x, y) are near the colour.
int countNear(const test::Image& image, int x, int y, int radius, Rgba colour, int tolerance) {
  int n = 0;
  for (int dy = -radius; dy <= radius; ++dy)
    for (int dx = -radius; dx <= radius; ++dx) n += near(image.rgb(x + dx, y + dy), colour, tolerance);
  return n;
}

int brightness(std::array<int, 3> p) { return p[0] + p[1] + p[2]; }

std::string shaders() { return std::string(KGATLAS_SOURCE_DATA_DIR) + "/shaders"; }

// Draws with `renderer` into a fresh target of the camera's size and reads the pixels back.
test::Image drawWith(const MapRenderer& renderer, const Camera& camera, const MapHighlight& highlight = {}) {
  auto target = OffscreenTarget::create(static_cast<int>(camera.viewportWidth()), static_cast<int>(camera.viewportHeight()));
  REQUIRE(target.ok());
  target->bind();
  renderer.draw(camera, highlight, 1.0);
  glFinish();
  test::Image image;
  image.width = static_cast<int>(camera.viewportWidth());
  image.height = static_cast<int>(camera.viewportHeight());
  image.rgba = target->readRgba();
  OffscreenTarget::unbind();
  return image;
}

// A renderer with every level of the bundled map uploaded.
MapRenderer bundledRenderer(const MapMesh& mesh) {
  auto renderer = MapRenderer::create(shaders());
  REQUIRE(renderer.ok());
  renderer->upload(mesh, test::bundled());
  return std::move(*renderer);
}

// What a renderer that has drawn other views before shows, against one that draws this view first.
double fractionDifferent(const test::Image& expected, const test::Image& actual) {
  return test::compareImages(expected, actual, 24).fractionDifferent;
}

}  // namespace

TEST_CASE("each region's interior has that region's fill colour", "[render]") {
  const Rendered r = render(1000, 640);
  const BoundaryData& data = test::bundled();
  for (std::size_t i = 0; i < data.regions.size(); ++i) {
    // The pixels around the label anchor, deep inside the region: 9x9 of them, or 3x3 in Bishkek
    // city, which is about 20 px across here.
    const ScreenPoint p = r.camera.mapToScreen(labelAnchor(data.regions[i]));
    const int radius = data.regions[i].bounds.width() / r.camera.metresPerPixel() > 60 ? 4 : 1;
    INFO(data.regions[i].iso << " at " << p.x << "," << p.y);
    CHECK(countNear(r.image, static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)), radius,
                    kRegionPalette[r.mesh.regionColours[i]], 2) == (2 * radius + 1) * (2 * radius + 1));
  }
}

TEST_CASE("a neighbouring country is grey, out to the corners of the view", "[render]") {
  const Rendered r = render(1000, 640);
  const ScreenPoint china = r.camera.geoToScreen(test::kKashgarChina);
  CHECK(countNear(r.image, static_cast<int>(china.x), static_cast<int>(china.y), 5, kContextFill, 2) == 121);
  // The bottom-right corner is China, the top-left Kazakhstan: drawn, not left as background.
  CHECK(countNear(r.image, 994, 634, 5, kContextFill, 2) == 121);
  CHECK(countNear(r.image, 5, 5, 5, kContextFill, 2) == 121);
}

TEST_CASE("borders are dark lines between regions", "[render]") {
  // Walk from Naryn town north to Chüy: some pixel on the way is border-dark.
  const Rendered r = render(1000, 640);
  const ScreenPoint from = r.camera.geoToScreen(test::kNarynTown);
  const ScreenPoint to = r.camera.geoToScreen({42.6, 75.99});
  int darkest = 255;
  for (double y = to.y; y <= from.y; y += 0.5) {
    const auto p = r.image.rgb(static_cast<int>(from.x), static_cast<int>(y));
    darkest = std::min(darkest, (p[0] + p[1] + p[2]) / 3);
  }
  CHECK(darkest < 110);
}

TEST_CASE("the selected region is drawn lighter than its unselected self, and only it", "[render]") {
  const BoundaryData& data = test::bundled();
  const int naryn = data.findRegion("KG-N");
  // Rivers off: the Naryn runs by the town, and a river is drawn over any highlight.
  const Rendered plain = render(800, 500, MapHighlight{-1, -1, {}, {}, true, false});
  const Rendered selected = render(800, 500, MapHighlight{-1, naryn, {}, {}, true, false});
  // Every pixel of an 11x11 patch around Naryn town is lighter; Osh region's are unchanged.
  const ScreenPoint p = plain.camera.geoToScreen(test::kNarynTown);
  const ScreenPoint osh = plain.camera.geoToScreen({39.9, 73.6});
  int lighter = 0, unchanged = 0;
  for (int dy = -5; dy <= 5; ++dy)
    for (int dx = -5; dx <= 5; ++dx) {
      const int x = static_cast<int>(p.x) + dx, y = static_cast<int>(p.y) + dy;
      lighter += brightness(selected.image.rgb(x, y)) > brightness(plain.image.rgb(x, y)) + 30;
      const int ox = static_cast<int>(osh.x) + dx, oy = static_cast<int>(osh.y) + dy;
      unchanged += selected.image.rgb(ox, oy) == plain.image.rgb(ox, oy);
    }
  CHECK(lighter == 121);
  CHECK(unchanged == 121);
}

TEST_CASE("a region that is the place of an event is tinted and outlined, and only it", "[render]") {
  const BoundaryData& data = test::bundled();
  const int naryn = data.findRegion("KG-N");
  const Rendered plain = render(800, 500, MapHighlight{-1, -1, {}, {}, true, false});  // rivers off, as above
  MapHighlight marked;
  marked.rivers = false;
  marked.eventRegions = {naryn};
  const Rendered tinted = render(800, 500, marked);
  const ScreenPoint p = plain.camera.geoToScreen(test::kNarynTown);
  const ScreenPoint osh = plain.camera.geoToScreen({39.9, 73.6});
  int changed = 0, unchanged = 0;
  for (int dy = -5; dy <= 5; ++dy)
    for (int dx = -5; dx <= 5; ++dx) {
      const int x = static_cast<int>(p.x) + dx, y = static_cast<int>(p.y) + dy;
      const auto before = plain.image.rgb(x, y), after = tinted.image.rgb(x, y);
      // Toward the plum of kEventRegion: less green than before.
      changed += after[1] + 10 < before[1];
      const int ox = static_cast<int>(osh.x) + dx, oy = static_cast<int>(osh.y) + dy;
      unchanged += tinted.image.rgb(ox, oy) == plain.image.rgb(ox, oy);
    }
  CHECK(changed == 121);
  CHECK(unchanged == 121);
  // Its border is drawn in the plum colour: some pixel along it is close to it.
  int plum = 0;
  for (int y = 0; y < tinted.image.height; ++y)
    for (int x = 0; x < tinted.image.width; ++x) {
      const auto c = tinted.image.rgb(x, y);
      plum += std::abs(c[0] - kEventRegion.r) < 30 && std::abs(c[1] - kEventRegion.g) < 30 && std::abs(c[2] - kEventRegion.b) < 30;
    }
  CHECK(plum > 200);
}

TEST_CASE("the whole map matches the golden image", "[render][golden]") {
  const Rendered r = render(800, 500);
  const std::string problem = test::checkGolden(r.image, std::string(KGATLAS_GOLDEN_DIR) + "/kyrgyzstan-800x500.png",
                                                KGATLAS_TEST_OUTPUT_DIR, 0.005);
  INFO(problem);
  CHECK(problem.empty());
}

TEST_CASE("zoomed out views draw a coarser level of detail", "[render][lod]") {
  const MapMesh mesh = MapMesh::build(test::bundled());
  REQUIRE(mesh.levels.size() > 2);
  CHECK(mesh.levels.back().vertices.size() < mesh.levels.front().vertices.size() / 4);
  CHECK(levelForScale(5) == 0);
  CHECK(levelForScale(100000) == mesh.levels.size() - 1);
  // Each level stays within a pixel: its tolerance is at most the scale it is chosen for.
  for (double scale : {50.0, 300.0, 1000.0, 5000.0, 20000.0}) CHECK(kLevelTolerances[levelForScale(scale)] <= scale);
}

TEST_CASE("a pan drawn from the cache matches the same view drawn afresh", "[render][cache]") {
  context();
  const BoundaryData& data = test::bundled();
  const MapMesh mesh = MapMesh::build(data);
  Camera start;
  start.setViewport(640, 400);
  REQUIRE(start.fit(data.regionBounds(), 20));
  // Right and up, then left and down: a blit taken from the wrong side of the cache shows either.
  for (const auto& [dx, dy] : {std::pair{37.0, -23.0}, std::pair{-51.0, 44.0}}) {
    auto cached = MapRenderer::create(std::string(KGATLAS_SOURCE_DATA_DIR) + "/shaders");
    auto fresh = MapRenderer::create(std::string(KGATLAS_SOURCE_DATA_DIR) + "/shaders");
    REQUIRE(cached.ok());
    REQUIRE(fresh.ok());
    cached->upload(mesh, data);
    fresh->upload(mesh, data);
    Camera panned = start;
    REQUIRE(panned.panByPixels(dx, dy));
    drawWith(*cached, start);
    const test::Image fromCache = drawWith(*cached, panned);
    REQUIRE(cached->cachedDraws() == 1);  // the second draw was a copy
    const test::Image drawn = drawWith(*fresh, panned);
    REQUIRE(fresh->cachedDraws() == 0);
    const auto difference = test::compareImages(drawn, fromCache, 24);
    INFO("pan " << dx << ", " << dy << ": " << difference.fractionDifferent * 100 << "% of pixels differ");
    CHECK(difference.fractionDifferent < 0.002);
  }
}

TEST_CASE("one renderer through pans, a selection, a hover and a zoom draws what a fresh one draws",
          "[render][cache]") {
  // The window's own renderer lives for the whole session: whatever it drew before, each frame
  // must match the same view drawn by a renderer that draws it first.
  context();
  const BoundaryData& data = test::bundled();
  const MapMesh mesh = MapMesh::build(data);
  const MapRenderer session = bundledRenderer(mesh);
  Camera camera;
  camera.setViewport(640, 400);
  REQUIRE(camera.fit(data.regionBounds(), 20));
  const int naryn = data.findRegion("KG-N"), osh = data.findRegion("KG-O");
  struct Step {
    const char* what;
    double dx, dy, zoom;
    MapHighlight highlight;
    bool copied;  // whether this frame may be a copy from the cache
  };
  const Step steps[] = {
      {"first frame", 0, 0, 1, {}, false},
      {"a small pan", 25, -10, 1, {}, true},
      {"Naryn selected, same view", 0, 0, 1, {-1, naryn, {}, {}}, false},
      {"a pan with Naryn selected", -30, 20, 1, {-1, naryn, {}, {}}, true},
      {"Osh hovered over the selection", 0, 0, 1, {osh, naryn, {}, {}}, false},
      {"selection cleared", 0, 0, 1, {osh, -1, {}, {}}, false},
      {"zoomed in by 1.3", 0, 0, 1.3, {osh, -1, {}, {}}, false},
      {"a pan down past the cache's margin", 0, 200, 1, {osh, -1, {}, {}}, false},
      {"a pan right past the cache's margin", -180, 0, 1, {osh, -1, {}, {}}, false},
      {"a pan back within the margin", 40, 30, 1, {osh, -1, {}, {}}, true},
  };
  for (const Step& step : steps) {
    INFO(step.what);
    REQUIRE(camera.panByPixels(step.dx, step.dy));
    REQUIRE(camera.zoomAbout({320, 200}, step.zoom));
    const std::size_t copiesBefore = session.cachedDraws();
    const test::Image shown = drawWith(session, camera, step.highlight);
    if (!step.copied) CHECK(session.cachedDraws() == copiesBefore);  // drawn afresh, never copied
    const test::Image expected = drawWith(bundledRenderer(mesh), camera, step.highlight);
    const double different = fractionDifferent(expected, shown);
    INFO(different * 100 << "% of pixels differ");
    CHECK(different < 0.002);
  }
  CHECK(session.cachedDraws() >= 3);  // the pans within the margin were copies
}

namespace {

// One square region, 200 km across, and nothing else.
BoundaryData oneSquare() {
  BoundaryData data;
  Feature square;
  square.iso = "SQ";
  square.nameEn = "Square";
  square.polygons.push_back(Polygon{{Ring{{-1e5, -1e5}, {1e5, -1e5}, {1e5, 1e5}, {-1e5, 1e5}}}});
  for (const MapPoint& p : square.polygons[0].rings[0]) square.bounds.add(p);
  square.vertexCount = 4;
  data.regions.push_back(square);
  return data;
}

}  // namespace

TEST_CASE("every side of a region's border is drawn, the closing one too", "[render][borders]") {
  context();
  const BoundaryData data = oneSquare();
  const MapMesh mesh = MapMesh::build(data);
  auto renderer = MapRenderer::create(shaders());
  REQUIRE(renderer.ok());
  renderer->upload(mesh, data);
  Camera camera;
  camera.setViewport(400, 400);
  REQUIRE(camera.fit(data.regionBounds(), 40));
  const test::Image image = drawWith(*renderer, camera);
  // Along each side, from 10% to 90% of its length, the darkest pixel across the line is border-dark.
  const MapPoint corners[] = {{-1e5, -1e5}, {1e5, -1e5}, {1e5, 1e5}, {-1e5, 1e5}};
  const char* names[] = {"south", "east", "north", "west (the ring's closing side)"};
  for (int side = 0; side < 4; ++side) {
    INFO(names[side] << " side");
    const ScreenPoint a = camera.mapToScreen(corners[side]), b = camera.mapToScreen(corners[(side + 1) % 4]);
    int dark = 0, samples = 0;
    for (double t = 0.1; t <= 0.9; t += 0.02, ++samples) {
      const int x = static_cast<int>(std::lround(a.x + (b.x - a.x) * t)), y = static_cast<int>(std::lround(a.y + (b.y - a.y) * t));
      int darkest = 255 * 3;
      for (int d = -1; d <= 1; ++d)
        darkest = std::min(darkest, brightness(a.x == b.x ? image.rgb(x + d, y) : image.rgb(x, y + d)));
      dark += darkest < 3 * 0x70;
    }
    CHECK(dark == samples);
  }
  // Inside, the fill: no stray line across the square.
  CHECK(countNear(image, 200, 200, 20, kRegionPalette[mesh.regionColours[0]], 2) == 41 * 41);
}

TEST_CASE("the level of detail drawn is the one the scale calls for", "[render][lod]") {
  context();
  const MapMesh mesh = MapMesh::build(test::bundled());
  const MapRenderer renderer = bundledRenderer(mesh);
  Camera camera;
  camera.setViewport(200, 200);
  camera.setCentre(camera.projection().forward(test::kNarynTown));
  for (double scale : {30.0, 300.0, 1000.0, 5000.0, 20000.0}) {
    INFO(scale << " m a pixel");
    camera.setMetresPerPixel(scale);
    drawWith(renderer, camera);
    CHECK(renderer.levelDrawn() == levelForScale(scale));
  }
  CHECK(levelForScale(20000) == kLevelCount - 1);
  CHECK(levelForScale(300) == 1);
}

TEST_CASE("an uncertainty circle is sized in metres, a marker in pixels", "[render][markers]") {
  context();
  auto markers = MarkerRenderer::create(shaders(), MapPoint{});
  REQUIRE(markers.ok());
  const Rgba red{0xFF, 0x00, 0x00, 0xFF}, blue{0x00, 0x00, 0xFF, 0xFF};
  MarkerInstance circle{{-2000, 0}, 4000, MarkerShape::Circle, red, red, 0, true};  // 4 km across
  MarkerInstance marker{{2000, 0}, 20, MarkerShape::Circle, blue, blue, 0, false};  // 20 px across
  markers->setMarkers({circle, marker});
  // The width of the run of a colour along the middle row.
  auto widths = [&](double metresPerPixel) {
    Camera camera;
    camera.setViewport(400, 200);
    camera.setCentre({0, 0});
    camera.setMetresPerPixel(metresPerPixel);
    auto target = OffscreenTarget::create(400, 200);
    REQUIRE(target.ok());
    target->bind();
    glViewport(0, 0, 400, 200);
    glClearColor(1, 1, 1, 1);
    glClear(GL_COLOR_BUFFER_BIT);
    markers->draw(camera);
    glFinish();
    test::Image image{400, 200, target->readRgba()};
    OffscreenTarget::unbind();
    int reds = 0, blues = 0;
    for (int x = 0; x < 400; ++x) {
      reds += near(image.rgb(x, 100), red, 40);
      blues += near(image.rgb(x, 100), blue, 40);
    }
    return std::pair{reds, blues};
  };
  const auto [red50, blue50] = widths(50);    // the circle: 80 px
  const auto [red25, blue25] = widths(25);    // zoomed in twice: 160 px
  INFO("at 50 m/px: circle " << red50 << " px, marker " << blue50 << " px; at 25 m/px: " << red25 << ", " << blue25);
  CHECK(red50 == Approx(80).margin(2));
  CHECK(red25 == Approx(160).margin(2));
  CHECK(blue50 == Approx(20).margin(2));
  CHECK(blue25 == Approx(20).margin(2));
}

TEST_CASE("Issyk-Kul is drawn as water, rivers as blue lines, and both go when switched off", "[render][geography]") {
  const BoundaryData& data = test::bundled();
  const Feature* lake = nullptr;
  for (const Feature& f : data.water)
    if (f.nameEn == "Issyk-Kul") lake = &f;
  REQUIRE(lake);
  const Rendered r = render(1000, 640);
  // The middle of the lake, 11x11 pixels of it: every one the water's blue, none the region's colour.
  const ScreenPoint middle = r.camera.mapToScreen(lake->bounds.centre());
  const int x = static_cast<int>(middle.x), y = static_cast<int>(middle.y);
  CHECK(countNear(r.image, x, y, 5, kWaterFill, 2) == 121);
  // The lake's far ends are water too, out to near its shore.
  const ScreenPoint west = r.camera.geoToScreen({42.45, 76.7}), east = r.camera.geoToScreen({42.5, 77.8});
  CHECK(near(r.image.rgb(static_cast<int>(west.x), static_cast<int>(west.y)), kWaterFill, 2));
  CHECK(near(r.image.rgb(static_cast<int>(east.x), static_cast<int>(east.y)), kWaterFill, 2));

  // The Naryn river crosses the line from Naryn town north to south: some pixel on a short walk
  // across it is the rivers' blue.
  auto riverBlueAcross = [&](const test::Image& image) {
    const ScreenPoint town = r.camera.geoToScreen(test::kNarynTown);
    int blue = 0;
    for (int dy = -6; dy <= 6; ++dy)
      blue += near(image.rgb(static_cast<int>(town.x) + 8, static_cast<int>(town.y) + dy), kWaterLine, 40);
    return blue;
  };
  CHECK(riverBlueAcross(r.image) > 0);

  MapHighlight off;
  off.water = false;
  off.rivers = false;
  const Rendered hidden = render(1000, 640, off);
  CHECK(countNear(hidden.image, x, y, 5, kWaterFill, 2) == 0);
  CHECK(riverBlueAcross(hidden.image) == 0);
}
