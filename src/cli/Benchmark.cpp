#include "cli/Benchmark.h"

#include <GLFW/glfw3.h>
#include <glad/gl.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sys/resource.h>

#include "core/io/SourceName.h"

namespace kg {

int runBenchmark(App& app, int width, int height, const StartupTimes& startup) {
  using clock = std::chrono::steady_clock;
  GLFWwindow* window = app.window();
  glfwSetWindowSize(window, width, height);
  glfwPollEvents();
  int fbW = 0, fbH = 0;
  glfwGetFramebufferSize(window, &fbW, &fbH);
  const auto firstStart = clock::now();
  app.frame(fbW, fbH, 1.0, false);
  glFinish();
  glfwSwapBuffers(window);
  const double firstFrame = std::chrono::duration<double>(clock::now() - firstStart).count();
  const double toFirstFrame = std::chrono::duration<double>(clock::now() - startup.started).count();
  const std::size_t firstLevel = app.renderer().levelDrawn();

  // Frame the whole data set (for the world file: every continent), then pan across it, and
  // again zoomed in four times.
  const BoundaryData& data = app.data().boundaries;
  Camera& camera = app.state().camera;
  const Bounds all = data.regionBounds();
  std::vector<double> times;
  for (double zoom : {1.0, 4.0}) {
    camera.fit(all, 10);
    camera.zoomAbout({fbW / 2.0, fbH / 2.0}, zoom);
    for (int i = 0; i < 150; ++i) {
      camera.panByPixels(i < 75 ? -8 : 8, i % 2 ? 3 : -3);
      const auto start = clock::now();
      app.frame(fbW, fbH, 1.0, false);
      glFinish();
      glfwSwapBuffers(window);
      times.push_back(std::chrono::duration<double, std::milli>(clock::now() - start).count());
    }
  }
  // Scrubbing the timeline: a month's window dragged across the events' years, a frame each step,
  // every frame refiltering the events and rebuilding their markers.
  std::vector<double> scrub;
  const Catalog& catalog = app.data().catalog;
  const DaySpan extent = catalog.dateExtent();
  if (!catalog.events.empty() && extent.last > extent.first) {
    camera.fit(all, 10);
    const int steps = 150;
    for (int i = 0; i < steps; ++i) {
      const Day from = extent.first + static_cast<Day>(static_cast<double>(extent.last - extent.first) * i / steps);
      app.commands().dispatch(command::SetTimeRange{TimeRange{from, from + 30}});
      const auto start = clock::now();
      app.frame(fbW, fbH, 1.0, false);
      glFinish();
      glfwSwapBuffers(window);
      scrub.push_back(std::chrono::duration<double, std::milli>(clock::now() - start).count());
    }
    app.commands().dispatch(command::SetTimeRange{});
  }
  auto percentile = [](std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[std::min(v.size() - 1, static_cast<std::size_t>(static_cast<double>(v.size()) * p))];
  };
  const double median = percentile(times, 0.5);
  const double p95 = percentile(times, 0.95);
  // Memory of the views above (the whole data set and a closer look), which build only the levels
  // of detail they show; then every level, as zooming into each part of the map in turn would.
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  const auto allStart = clock::now();
  app.finishMeshes();
  const double allLevels = std::chrono::duration<double>(clock::now() - allStart).count();
  rusage afterAll{};
  getrusage(RUSAGE_SELF, &afterAll);
  std::printf("boundaries            %s\n", sourceLabel(data.path).c_str());
  std::printf("features / vertices   %zu / %zu\n", data.regions.size() + data.context.size(), data.vertexCount);
  std::printf("viewport              %dx%d\n", fbW, fbH);
  std::printf("OpenGL renderer       %s\n", reinterpret_cast<const char*>(glGetString(GL_RENDERER)));
  std::printf("load (read, project)  %.3f s\n", startup.loadSeconds);
  std::printf("window and renderer   %.3f s  (made while the data loads)\n", startup.windowSeconds);
  std::printf("first frame           %.3f s  (detail level %zu)\n", firstFrame, firstLevel);
  std::printf("load-to-first-frame   %.3f s  (from the start of main)\n", toFirstFrame);
  std::printf("frames while panning  %zu\n", times.size());
  std::printf("frame median          %.2f ms\n", median);
  std::printf("frame p95             %.2f ms\n", p95);
  std::printf("frames from cache     %zu of %zu\n", app.renderer().cachedDraws(), times.size());
  std::printf("events loaded         %zu in %zu layers (%zu without a date)\n", catalog.events.size(),
              catalog.layers.size(), catalog.undatedEvents());
  if (!scrub.empty())
    std::printf("timeline scrub frame  median %.2f ms, p95 %.2f ms (%zu frames, a 31-day window)\n",
                percentile(scrub, 0.5), percentile(scrub, 0.95), scrub.size());
  std::printf("peak memory (RSS)     %.1f MB\n", usage.ru_maxrss / 1024.0);
  std::printf("every level built     %.3f s more, peak memory then %.1f MB\n", allLevels, afterAll.ru_maxrss / 1024.0);
  for (std::size_t i = 0; i < app.levelSizes().size(); ++i)
    std::printf("detail level %zu         %zu vertices, %zu triangles (tolerance %g m)\n", i, app.levelSizes()[i][0],
                app.levelSizes()[i][1], kLevelTolerances[i]);
  return 0;
}

}  // namespace kg
