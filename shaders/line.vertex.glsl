#version 330 core
// Borders as screen-space quads of constant pixel width, one instance per segment, with square
// caps so consecutive segments join without gaps. One extra pixel on each side is feathered
// in the fragment shader for anti-aliasing. Segment ends come straight from the fill vertex
// buffer: this vertex and the next one.
layout(location = 0) in vec2 a_corner;     // x: 0 at the start, 1 at the end; y: -1 or +1 across
layout(location = 1) in vec2 a_start;      // map metres from the mesh origin
layout(location = 2) in float a_startFlag; // 0 where a ring ends: no segment starts there
layout(location = 3) in vec2 a_end;

uniform vec2 u_centre;
uniform float u_pixelsPerMetre;
uniform vec2 u_viewport;
uniform float u_halfWidth;      // pixels

out float v_across;             // pixels from the centre line

void main() {
  if (a_startFlag < 0.5) {
    gl_Position = vec4(2.0, 2.0, 2.0, 1.0);  // outside the clip volume: nothing is drawn
    v_across = 0.0;
    return;
  }
  vec2 a = (a_start - u_centre) * u_pixelsPerMetre;
  vec2 b = (a_end - u_centre) * u_pixelsPerMetre;
  vec2 d = b - a;
  float len = length(d);
  vec2 along = len > 1e-6 ? d / len : vec2(1.0, 0.0);
  vec2 normal = vec2(-along.y, along.x);
  float reach = u_halfWidth + 1.0;
  vec2 p = mix(a, b, a_corner.x) + normal * a_corner.y * reach + along * (a_corner.x * 2.0 - 1.0) * u_halfWidth;
  v_across = a_corner.y * reach;
  gl_Position = vec4(p * 2.0 / u_viewport, 0.0, 1.0);
}
