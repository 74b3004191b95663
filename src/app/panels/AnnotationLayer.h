#pragma once
// The lesson's annotations over the map: a pin with its label, a text, an arrow with its label at
// its tail. Drawn under the panels in the colour of the teacher's
// pen, before the map's names, which make way for them; the one chosen in Tools > Annotate is ringed. Each is recorded as "annotation/N" (its
// box, window units) for the state dump and for the annotate tool's clicks.
#include <imgui.h>

#include <vector>

#include "app/AppState.h"
#include "app/Fonts.h"
#include "core/view/LabelLayout.h"

namespace kg {

// Marks the boxes annotations take among those the map's names keep clear of: no town's dot is
// drawn in one either.
inline constexpr int kAnnotationBox = -2;

// Returns the boxes they take (feature kAnnotationBox), for the map's names to keep clear of.
std::vector<PlacedLabel> drawAnnotations(AppState& state, const Fonts& fonts, ImDrawList* list);

// Where an annotation's arrow or point is on the screen, in window units.
ImVec2 annotationOnScreen(const AppState& state, GeoPoint at);

}  // namespace kg
