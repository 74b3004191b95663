#include "support/Image.h"

#define STB_IMAGE_IMPLEMENTATION
#include <stb_image.h>
#include <stb_image_write.h>

#include <cstdlib>
#include <filesystem>

namespace kg::test {

Image readPng(const std::string& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 4);
  if (!data) return {};
  image.rgba.assign(data, data + static_cast<std::size_t>(image.width) * image.height * 4);
  stbi_image_free(data);
  return image;
}

void savePng(const std::string& path, const Image& image) {
  std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  stbi_write_png(path.c_str(), image.width, image.height, 4, image.rgba.data(), image.width * 4);
}

ImageDifference compareImages(const Image& expected, const Image& actual, int channelThreshold) {
  ImageDifference result;
  if (expected.width != actual.width || expected.height != actual.height) return result;
  result.diff = actual;
  std::size_t different = 0;
  const std::size_t pixels = static_cast<std::size_t>(actual.width) * actual.height;
  for (std::size_t p = 0; p < pixels; ++p) {
    int worst = 0;
    for (int c = 0; c < 3; ++c) worst = std::max(worst, std::abs(expected.rgba[p * 4 + c] - actual.rgba[p * 4 + c]));
    std::uint8_t* out = &result.diff.rgba[p * 4];
    if (worst > channelThreshold) {
      ++different;
      out[0] = 255, out[1] = 0, out[2] = 0;
    } else {
      for (int c = 0; c < 3; ++c) out[c] = static_cast<std::uint8_t>(200 + out[c] / 5);
    }
    out[3] = 255;
  }
  result.fractionDifferent = static_cast<double>(different) / static_cast<double>(pixels);
  return result;
}

std::string checkGolden(const Image& actual, const std::string& goldenPath, const std::string& outputDir,
                        double maxFractionDifferent) {
  const char* update = std::getenv("UPDATE");
  if (update && std::string(update) == "1") {
    savePng(goldenPath, actual);
    return "";
  }
  const Image expected = readPng(goldenPath);
  const std::string name = std::filesystem::path(goldenPath).stem().string();
  const std::string actualPath = outputDir + "/" + name + ".actual.png";
  const std::string diffPath = outputDir + "/" + name + ".diff.png";
  if (expected.empty()) {
    savePng(actualPath, actual);
    return "golden image " + goldenPath + " is missing (run with UPDATE=1 to create it); actual: " + actualPath;
  }
  const ImageDifference d = compareImages(expected, actual, 24);
  if (d.fractionDifferent <= maxFractionDifferent) return "";
  savePng(actualPath, actual);
  if (!d.diff.empty()) savePng(diffPath, d.diff);
  return "differs from " + goldenPath + " in " + std::to_string(d.fractionDifferent * 100) + "% of pixels; see " +
         actualPath + " and " + diffPath;
}

}  // namespace kg::test
