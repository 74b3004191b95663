#pragma once
// Making a briefing in the window (Briefing > Edit slides): the slides in order, the one chosen
// with its title, view, passages and notes; adding the current view as a slide, duplicating,
// deleting and moving slides; Save and Save As. And the questions those ask: which file, may it
// replace one that is there, and what to do with unsaved changes.
#include "app/Controller.h"

namespace kg {

// The panel, on the left where the events list is while it is open.
void drawSlideEditor(AppState& state, Controller& commands, const MapData& data);
// Save As, "Replace it?" and "Save the changes?", whenever they are asked (also while the panel
// is closed: quitting with unsaved changes asks).
void drawBriefingQuestions(AppState& state, Controller& commands);

}  // namespace kg
