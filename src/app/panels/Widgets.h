#pragma once
// Small pieces shared by the panels.
#include <string>

#include "app/AppState.h"

namespace kg {

// Notes the last ImGui item's rectangle under `name`, for the state dump: tests find widgets by
// name, not by pixel.
void recordWidget(AppState& state, const std::string& name);

// A clickable row showing `text` as it is: unlike a Selectable's label, text from data with "##"
// in it is neither cut short nor taken for an id.
bool selectableRow(const std::string& text, bool selected = false);

// Text that looks like a paragraph but can be selected with the mouse and copied with Ctrl+C:
// a read-only multi-line field without a frame, wrapped to the space available.
void selectableText(const char* id, const std::string& text);

}  // namespace kg
