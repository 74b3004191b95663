#include "render/MarkerRenderer.h"

#include <algorithm>
#include <cstddef>

namespace kg {

Result<MarkerRenderer> MarkerRenderer::create(const std::string& shaderDir, MapPoint origin) {
  MarkerRenderer r;
  auto program = ShaderProgram::fromFiles(shaderDir + "/marker.vertex.glsl", shaderDir + "/marker.fragment.glsl");
  if (!program) return Error{program.error()};
  r.program_ = std::move(*program);
  r.origin_ = origin;
  static const float corners[] = {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1};
  r.vao_ = gl::makeVertexArray();
  r.corners_ = gl::makeBuffer();
  r.instances_ = gl::makeBuffer();
  glBindVertexArray(r.vao_.get());
  glBindBuffer(GL_ARRAY_BUFFER, r.corners_.get());
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 2 * sizeof(float), nullptr);
  glBindBuffer(GL_ARRAY_BUFFER, r.instances_.get());
  const GLsizei stride = sizeof(GpuInstance);
  auto attribute = [&](GLuint index, GLint count, GLenum type, GLboolean normalise, std::size_t offset) {
    glEnableVertexAttribArray(index);
    glVertexAttribPointer(index, count, type, normalise, stride, reinterpret_cast<void*>(offset));
    glVertexAttribDivisor(index, 1);
  };
  attribute(1, 2, GL_FLOAT, GL_FALSE, offsetof(GpuInstance, x));
  attribute(2, 2, GL_FLOAT, GL_FALSE, offsetof(GpuInstance, size));
  attribute(3, 4, GL_UNSIGNED_BYTE, GL_TRUE, offsetof(GpuInstance, fill));
  attribute(4, 4, GL_UNSIGNED_BYTE, GL_TRUE, offsetof(GpuInstance, stroke));
  glBindVertexArray(0);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  return r;
}

void MarkerRenderer::setMarkers(const std::vector<MarkerInstance>& markers) {
  std::vector<GpuInstance> data;
  data.reserve(markers.size());
  for (const MarkerInstance& m : markers) {
    GpuInstance g{static_cast<float>(m.position.x - origin_.x), static_cast<float>(m.position.y - origin_.y),
                  m.sizeInMetres ? -m.sizePx : m.sizePx, static_cast<float>(m.shape),
                  {m.fill.r, m.fill.g, m.fill.b, m.fill.a},
                  {m.stroke.r, m.stroke.g, m.stroke.b,
                   static_cast<std::uint8_t>(std::clamp(m.strokePx / 8.0f, 0.0f, 1.0f) * 255)}};
    data.push_back(g);
  }
  glBindBuffer(GL_ARRAY_BUFFER, instances_.get());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(GpuInstance)), data.data(),
               GL_DYNAMIC_DRAW);
  glBindBuffer(GL_ARRAY_BUFFER, 0);
  count_ = static_cast<GLsizei>(data.size());
  ++uploads_;
}

void MarkerRenderer::draw(const Camera& camera) const {
  if (count_ == 0) return;
  glViewport(0, 0, static_cast<GLsizei>(camera.viewportWidth()), static_cast<GLsizei>(camera.viewportHeight()));
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_SCISSOR_TEST);
  program_.use();
  const MapPoint c = camera.centre();
  glUniform2f(program_.uniform("u_centre"), static_cast<float>(c.x - origin_.x), static_cast<float>(c.y - origin_.y));
  glUniform1f(program_.uniform("u_pixelsPerMetre"), static_cast<float>(1.0 / camera.metresPerPixel()));
  glUniform2f(program_.uniform("u_viewport"), static_cast<float>(camera.viewportWidth()),
              static_cast<float>(camera.viewportHeight()));
  glBindVertexArray(vao_.get());
  glDrawArraysInstanced(GL_TRIANGLES, 0, 6, count_);
  glBindVertexArray(0);
  glUseProgram(0);
}

}  // namespace kg
