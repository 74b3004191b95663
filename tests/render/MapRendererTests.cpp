// The renderer drawing the bundled map into an offscreen target of a real OpenGL 3.3 context.
#include <catch2/catch.hpp>

#include <glad/gl.h>
#include <GLFW/glfw3.h>

#include <cmath>
#include <filesystem>

#include "core/geometry/HitTester.h"
#include "core/geometry/LabelAnchor.h"
#include "core/view/Palette.h"
#include "render/Framebuffer.h"
#include "render/MapMesh.h"
#include "render/MapRenderer.h"
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

}  // namespace

TEST_CASE("each region's interior pixel has that region's fill colour", "[render]") {
  const Rendered r = render(1000, 640);
  const BoundaryData& data = test::bundled();
  for (std::size_t i = 0; i < data.regions.size(); ++i) {
    const ScreenPoint p = r.camera.mapToScreen(labelAnchor(data.regions[i]));
    const auto pixel = r.image.rgb(static_cast<int>(std::lround(p.x)), static_cast<int>(std::lround(p.y)));
    INFO(data.regions[i].iso << " at " << p.x << "," << p.y << " is " << pixel[0] << "," << pixel[1] << "," << pixel[2]);
    CHECK(near(pixel, kRegionPalette[r.mesh.regionColours[i]], 2));
  }
}

TEST_CASE("a neighbouring country is grey and the corner of the view is drawn", "[render]") {
  const Rendered r = render(1000, 640);
  const ScreenPoint china = r.camera.geoToScreen(test::kKashgarChina);
  CHECK(near(r.image.rgb(static_cast<int>(china.x), static_cast<int>(china.y)), kContextFill, 2));
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

TEST_CASE("the selected region is drawn differently from its unselected self", "[render]") {
  const BoundaryData& data = test::bundled();
  const int naryn = data.findRegion("KG-N");
  const Rendered plain = render(800, 500);
  const Rendered selected = render(800, 500, MapHighlight{-1, naryn});
  const ScreenPoint p = plain.camera.geoToScreen(test::kNarynTown);
  CHECK(plain.image.rgb(static_cast<int>(p.x), static_cast<int>(p.y)) !=
        selected.image.rgb(static_cast<int>(p.x), static_cast<int>(p.y)));
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
  auto drawWith = [&](MapRenderer& renderer, const Camera& camera) {
    auto target = OffscreenTarget::create(static_cast<int>(camera.viewportWidth()), static_cast<int>(camera.viewportHeight()));
    REQUIRE(target.ok());
    target->bind();
    renderer.draw(camera, {}, 1.0);
    glFinish();
    test::Image image;
    image.width = static_cast<int>(camera.viewportWidth());
    image.height = static_cast<int>(camera.viewportHeight());
    image.rgba = target->readRgba();
    OffscreenTarget::unbind();
    return image;
  };
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
