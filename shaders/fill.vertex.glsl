#version 330 core
// Region and country fills. Positions are map metres relative to the mesh origin.
layout(location = 0) in vec2 a_position;
layout(location = 1) in vec4 a_colour;

uniform vec2 u_centre;          // camera centre, relative to the mesh origin
uniform float u_pixelsPerMetre;
uniform vec2 u_viewport;        // framebuffer pixels
uniform vec4 u_tint;            // rgb, and how much of it to mix in

out vec4 v_colour;

void main() {
  vec2 pixels = (a_position - u_centre) * u_pixelsPerMetre;
  gl_Position = vec4(pixels * 2.0 / u_viewport, 0.0, 1.0);
  v_colour = vec4(mix(a_colour.rgb, u_tint.rgb, u_tint.a), a_colour.a);
}
