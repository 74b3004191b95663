#pragma once
// A linked GLSL program built from two files in shaders/ (three with a geometry shader). Compile and link are checked
// separately and the driver's log comes back in the error, naming the file.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/io/Result.h"
#include "render/GlHandle.h"

namespace kg {

class ShaderProgram {
 public:
  static Result<ShaderProgram> fromFiles(const std::string& vertexPath, const std::string& fragmentPath,
                                        const std::string& geometryPath = {});

  void use() const { glUseProgram(program_.get()); }
  // The uniform's location, looked up once at link time (-1 when the program has no such uniform).
  GLint uniform(std::string_view name) const;
  GLuint id() const { return program_.get(); }

 private:
  gl::Program program_;
  std::vector<std::pair<std::string, GLint>> uniforms_;
};

}  // namespace kg
