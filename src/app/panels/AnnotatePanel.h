#pragma once
// Tools > Annotate's panel, in the events list's place: what a click puts on the map (a pin, a text, an arrow), the label of
// the annotation chosen, and saving them into the lesson file (Save, Save as, "Replace it?", and
// "Save the changes?" before closing with annotations unsaved).
#include "app/AppState.h"
#include "app/Controller.h"

namespace kg {

void drawAnnotatePanel(AppState& state, Controller& commands);

}  // namespace kg
