#pragma once
// Region colours: Paul Tol's "light" qualitative scheme, which stays distinguishable under the
// common forms of colour-blindness and is pale enough for black text on top. Features whose
// outlines come near each other get different colours (greedy colouring by area).
#include <array>
#include <cstdint>
#include <vector>

#include "core/geometry/Feature.h"

namespace kg {

struct Rgba {
  std::uint8_t r, g, b, a;
};

inline constexpr std::array<Rgba, 8> kRegionPalette{{
    {0x77, 0xAA, 0xDD, 0xFF},  // light blue
    {0xEE, 0x88, 0x66, 0xFF},  // orange
    {0xEE, 0xDD, 0x88, 0xFF},  // light yellow
    {0xFF, 0xAA, 0xBB, 0xFF},  // pink
    {0x99, 0xDD, 0xFF, 0xFF},  // light cyan
    {0x44, 0xBB, 0x99, 0xFF},  // mint
    {0xBB, 0xCC, 0x33, 0xFF},  // pear
    {0xDD, 0xCC, 0x77, 0xFF},  // sand
}};
inline constexpr Rgba kContextFill{0xDD, 0xDD, 0xDD, 0xFF};
inline constexpr Rgba kContextBorder{0xA0, 0xA0, 0xA0, 0xFF};
inline constexpr Rgba kRegionBorder{0x44, 0x44, 0x44, 0xFF};
// Lakes and rivers: a blue no region colour comes near, darker for shores and rivers, darker
// still for their names (5:1 on the lake's blue and 7:1 on white).
inline constexpr Rgba kWaterFill{0xA8, 0xD0, 0xEE, 0xFF};
inline constexpr Rgba kWaterLine{0x3C, 0x84, 0xC4, 0xFF};
inline constexpr Rgba kWaterText{0x13, 0x4A, 0x80, 0xFF};
// Outlines and tints a region that is itself the place of an event (known only to the region).
inline constexpr Rgba kEventRegion{0x7A, 0x1F, 0x5C, 0xFF};
// Outlines of boundary files opened beside the map (overlays): a deep teal, apart from the grey
// borders, the plum of event regions and every marker colour.
inline constexpr Rgba kOverlayBorder{0x00, 0x6D, 0x77, 0xFF};
inline constexpr Rgba kBackground{0xF2, 0xF5, 0xF8, 0xFF};

// One palette index a feature; neighbours (features whose bounds touch) differ where possible.
std::vector<int> assignPaletteColours(const std::vector<Feature>& features);

}  // namespace kg
