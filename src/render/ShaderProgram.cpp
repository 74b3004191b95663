#include "render/ShaderProgram.h"

#include <optional>

#include "core/io/TextFile.h"

#include <vector>

namespace kg {
namespace {

Result<gl::Shader> compile(GLenum stage, const std::string& path) {
  const auto source = readTextFile(path);
  if (!source) return Error{path + ": cannot open shader file"};
  if (source->empty()) return Error{path + ": shader file is empty"};
  gl::Shader shader(glCreateShader(stage));
  const char* text = source->c_str();
  glShaderSource(shader.get(), 1, &text, nullptr);
  glCompileShader(shader.get());
  GLint ok = GL_FALSE;
  glGetShaderiv(shader.get(), GL_COMPILE_STATUS, &ok);
  if (ok != GL_TRUE) {
    GLint length = 0;
    glGetShaderiv(shader.get(), GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(std::max(length, 1)));
    glGetShaderInfoLog(shader.get(), length, nullptr, log.data());
    return Error{path + ": shader does not compile: " + std::string(log.data())};
  }
  return shader;
}

}  // namespace

Result<ShaderProgram> ShaderProgram::fromFiles(const std::string& vertexPath, const std::string& fragmentPath,
                                               const std::string& geometryPath) {
  auto vertex = compile(GL_VERTEX_SHADER, vertexPath);
  if (!vertex) return Error{vertex.error()};
  auto fragment = compile(GL_FRAGMENT_SHADER, fragmentPath);
  if (!fragment) return Error{fragment.error()};
  std::optional<gl::Shader> geometry;
  if (!geometryPath.empty()) {
    auto compiled = compile(GL_GEOMETRY_SHADER, geometryPath);
    if (!compiled) return Error{compiled.error()};
    geometry = std::move(*compiled);
  }
  ShaderProgram result;
  result.program_ = gl::Program(glCreateProgram());
  const GLuint id = result.program_.get();
  glAttachShader(id, vertex->get());
  glAttachShader(id, fragment->get());
  if (geometry) glAttachShader(id, geometry->get());
  glLinkProgram(id);
  GLint ok = GL_FALSE;
  glGetProgramiv(id, GL_LINK_STATUS, &ok);
  glDetachShader(id, vertex->get());
  glDetachShader(id, fragment->get());
  if (geometry) glDetachShader(id, geometry->get());
  if (ok != GL_TRUE) {
    GLint length = 0;
    glGetProgramiv(id, GL_INFO_LOG_LENGTH, &length);
    std::vector<char> log(static_cast<std::size_t>(std::max(length, 1)));
    glGetProgramInfoLog(id, length, nullptr, log.data());
    return Error{vertexPath + " + " + fragmentPath + ": shaders do not link: " + std::string(log.data())};
  }
  GLint count = 0, longest = 0;
  glGetProgramiv(id, GL_ACTIVE_UNIFORMS, &count);
  glGetProgramiv(id, GL_ACTIVE_UNIFORM_MAX_LENGTH, &longest);
  std::vector<char> name(static_cast<std::size_t>(std::max(longest, 1)));
  for (GLint i = 0; i < count; ++i) {
    GLsizei length = 0;
    GLint size = 0;
    GLenum type = 0;
    glGetActiveUniform(id, static_cast<GLuint>(i), longest, &length, &size, &type, name.data());
    std::string uniformName(name.data(), static_cast<std::size_t>(length));
    const GLint location = glGetUniformLocation(id, uniformName.c_str());
    result.uniforms_.emplace_back(std::move(uniformName), location);
  }
  return result;
}

GLint ShaderProgram::uniform(std::string_view name) const {
  for (const auto& [known, location] : uniforms_)
    if (known == name) return location;
  return -1;
}

}  // namespace kg
