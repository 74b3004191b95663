#pragma once
// Where the viewer's own files are: shaders/, assets/ and geodata/ beside the build folder's
// parent (the source tree), or the tree named by KGATLAS_DATA_DIR.
#include <string>

namespace kg {

std::string resourceRoot();
std::string shaderDir();
std::string bundledBoundaries();
std::string exampleBriefing();  // assets/briefings/october-2020.toml
std::string exampleLesson();    // assets/lessons/kyrgyzstan.toml

}  // namespace kg
