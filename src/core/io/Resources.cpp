#include "core/io/Resources.h"

#include <cstdlib>
#include <filesystem>

namespace kg {

std::string resourceRoot() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("KGATLAS_DATA_DIR"); env && *env) return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path(); dir = dir.parent_path())
      if (fs::exists(dir / "shaders" / "fill.vertex.glsl", ec) && fs::exists(dir / "geodata", ec)) return dir.string();
  }
  return KGATLAS_SOURCE_DATA_DIR;
}

std::string shaderDir() { return resourceRoot() + "/shaders"; }
std::string bundledBoundaries() { return resourceRoot() + "/geodata/kyrgyzstan.gpkg"; }
std::string exampleBriefing() { return resourceRoot() + "/assets/briefings/october-2020.toml"; }
std::string exampleLesson() { return resourceRoot() + "/assets/lessons/kyrgyzstan.toml"; }

}  // namespace kg
