#version 330 core
in vec2 v_local;
flat in float v_half;
flat in float v_shape;
flat in vec4 v_fill;
flat in vec4 v_stroke;
out vec4 fragColour;

void main() {
  // Signed distance to the shape's edge in pixels (negative inside).
  float d;
  if (v_shape < 0.5) {
    d = length(v_local) - v_half;
  } else if (v_shape < 1.5) {
    d = (abs(v_local.x) + abs(v_local.y) - v_half) * 0.70710678;
  } else {
    vec2 q = abs(v_local) - vec2(v_half * 0.82);
    d = length(max(q, 0.0)) + min(max(q.x, q.y), 0.0);
  }
  float strokeWidth = v_stroke.a * 8.0;
  float outside = clamp(d + 0.5, 0.0, 1.0);                  // 0 inside, 1 outside the shape
  float inStroke = clamp(d + strokeWidth + 0.5, 0.0, 1.0);   // 1 within strokeWidth of the edge
  vec4 colour = mix(v_fill, vec4(v_stroke.rgb, 1.0), strokeWidth > 0.0 ? inStroke : 0.0);
  colour.a *= 1.0 - outside;
  if (colour.a <= 0.0) discard;
  fragColour = colour;
}
