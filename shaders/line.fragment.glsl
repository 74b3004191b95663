#version 330 core
in float v_across;
uniform float u_halfWidth;
uniform vec4 u_colour;
out vec4 fragColour;

void main() {
  float coverage = clamp(u_halfWidth + 0.5 - abs(v_across), 0.0, 1.0);
  fragColour = vec4(u_colour.rgb, u_colour.a * coverage);
}
