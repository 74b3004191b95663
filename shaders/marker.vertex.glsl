#version 330 core
// Event and place markers, and the faint circles that show how uncertain a location is. One
// instance per marker: a square of sizePx pixels around its map position, whatever the zoom.
layout(location = 0) in vec2 a_corner;      // -1..1
layout(location = 1) in vec2 a_position;    // map metres from the mesh origin
layout(location = 2) in vec2 a_sizeShape;   // diameter in pixels, or in map metres when negative
                                            // (uncertainty circles); shape (0 circle, 1 diamond, 2 square)
layout(location = 3) in vec4 a_fill;
layout(location = 4) in vec4 a_stroke;      // rgb, and stroke width in pixels in .a * 8

uniform vec2 u_centre;
uniform float u_pixelsPerMetre;
uniform vec2 u_viewport;

out vec2 v_local;        // pixels from the marker centre
flat out float v_half;   // half the marker's size in pixels
flat out float v_shape;
flat out vec4 v_fill;
flat out vec4 v_stroke;

void main() {
  float diameter = a_sizeShape.x >= 0.0 ? a_sizeShape.x : -a_sizeShape.x * u_pixelsPerMetre;
  // A circle smaller than a marker says nothing the marker does not: leave it out.
  if (a_sizeShape.x < 0.0 && diameter < 6.0) diameter = 0.0;
  float radius = diameter * 0.5;
  vec2 centre = (a_position - u_centre) * u_pixelsPerMetre;
  v_local = a_corner * (radius + 1.5);
  v_half = radius;
  v_shape = a_sizeShape.y;
  v_fill = a_fill;
  v_stroke = a_stroke;
  gl_Position = vec4((centre + v_local) * 2.0 / u_viewport, 0.0, 1.0);
}
