#version 330 core
// Borders: the ring vertices as they lie in the fill vertex buffer, drawn as a line strip; the
// geometry shader turns each segment (this vertex and the next) into a quad of constant pixel
// width. Here each vertex only moves to pixels from the view's centre.
layout(location = 0) in vec2 a_position;  // map metres from the mesh origin
layout(location = 1) in float a_flag;     // 0 where a ring ends: no segment starts there

uniform vec2 u_centre;
uniform float u_pixelsPerMetre;

out vec2 v_pixels;
out float v_flag;

void main() {
  v_pixels = (a_position - u_centre) * u_pixelsPerMetre;
  v_flag = a_flag;
  gl_Position = vec4(0.0, 0.0, 0.0, 1.0);  // the geometry shader places the quad
}
