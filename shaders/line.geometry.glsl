#version 330 core
// One segment of a border as a screen-space quad of constant pixel width, with square caps so
// consecutive segments join without gaps. One extra pixel on each side is feathered in the
// fragment shader for anti-aliasing. A segment that starts at a ring's end joins two rings (or
// two features): nothing is drawn for it.
layout(lines) in;
layout(triangle_strip, max_vertices = 4) out;

in vec2 v_pixels[];
in float v_flag[];

uniform vec2 u_viewport;
uniform float u_halfWidth;  // pixels

out float v_across;  // pixels from the centre line

void corner(vec2 p, float across) {
  v_across = across;
  gl_Position = vec4(p * 2.0 / u_viewport, 0.0, 1.0);
  EmitVertex();
}

void main() {
  if (v_flag[0] < 0.5) return;
  vec2 a = v_pixels[0];
  vec2 b = v_pixels[1];
  vec2 d = b - a;
  float len = length(d);
  vec2 along = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-along.y, along.x);
  float reach = u_halfWidth + 1.0;
  vec2 start = a - along * u_halfWidth;
  vec2 end = b + along * u_halfWidth;
  corner(start - normal * reach, -reach);
  corner(end - normal * reach, -reach);
  corner(start + normal * reach, reach);
  corner(end + normal * reach, reach);
  EndPrimitive();
}
