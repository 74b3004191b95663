#pragma once
// A linked GLSL program built from two files in shaders/. Compile and link are checked
// separately and the driver's log comes back in the error, naming the file.
#include <string>

#include "core/io/Result.h"
#include "render/GlHandle.h"

namespace kg {

class ShaderProgram {
 public:
  static Result<ShaderProgram> fromFiles(const std::string& vertexPath, const std::string& fragmentPath);

  void use() const { glUseProgram(program_.get()); }
  GLint uniform(const char* name) const { return glGetUniformLocation(program_.get(), name); }
  GLuint id() const { return program_.get(); }

 private:
  gl::Program program_;
};

}  // namespace kg
