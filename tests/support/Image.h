#pragma once
// PNG images for rendering tests: load, save, and compare with a tolerance.
#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace kg::test {

struct Image {
  int width = 0, height = 0;
  std::vector<std::uint8_t> rgba;
  bool empty() const { return rgba.empty(); }
  std::array<int, 3> rgb(int x, int y) const {
    const std::size_t i = (static_cast<std::size_t>(y) * width + x) * 4;
    return {rgba[i], rgba[i + 1], rgba[i + 2]};
  }
};

Image readPng(const std::string& path);
void savePng(const std::string& path, const Image& image);

struct ImageDifference {
  double fractionDifferent = 1;  // pixels whose channels differ by more than the threshold
  Image diff;                    // red where they differ, faded actual elsewhere
};
ImageDifference compareImages(const Image& expected, const Image& actual, int channelThreshold);

// Compares with a golden file; UPDATE=1 rewrites it. On failure writes NAME.actual.png and
// NAME.diff.png into outputDir and returns a message saying where; returns "" on success.
std::string checkGolden(const Image& actual, const std::string& goldenPath, const std::string& outputDir,
                        double maxFractionDifferent);

}  // namespace kg::test
