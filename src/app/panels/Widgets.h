#pragma once
// Small pieces shared by the panels.
#include <cstddef>
#include <string>

#include "app/AppState.h"
#include "core/io/TextFormats.h"  // withThousands, for the counts the panels show

namespace kg {

// A text from the data as the panels show it: whole up to kMaxShownBytes, past that cut at a
// character and ended with "…". Dear ImGui 1.86 lays out every glyph of a wrapped text, seen or
// not, and aborts when one text needs more than 65,536 vertices (four a glyph): a region name or
// a title of 100,000 characters would otherwise end the program the moment it is shown.
inline constexpr std::size_t kMaxShownBytes = 4000;
std::string shownText(const std::string& text);

// "5 events" when all are shown, else "3 of 5 events shown".
std::string shownCount(std::size_t shown, std::size_t total);

// Notes the last ImGui item's rectangle under `name`, for the state dump: tests find widgets by
// name, not by pixel.
void recordWidget(AppState& state, const std::string& name);

// A clickable row showing `text` as it is: unlike a Selectable's label, text from data with "##"
// in it is neither cut short nor taken for an id.
bool selectableRow(const std::string& text, bool selected = false);

// A field editing `text` (any length). True when the text changed this frame, or with
// `enterReturns` when Enter was pressed in it. `height` > 0 makes it a box of several lines, where
// Enter starts a new line; it is as wide as the space left. A single line is as wide as
// SetNextItemWidth says.
bool inputString(const char* id, std::string& text, float height = 0, bool enterReturns = false);

// Text that looks like a paragraph but can be selected with the mouse and copied with Ctrl+C:
// a read-only multi-line field without a frame, wrapped to the space available.
void selectableText(const char* id, const std::string& text);

}  // namespace kg
