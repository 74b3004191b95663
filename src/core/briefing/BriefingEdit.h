#pragma once
// The changes a person makes to a briefing in the window, each a value. The app keeps the
// briefing as it was before each one, for undo; what is unsaved is the difference from the
// briefing as it was last read or saved.
#include <string>
#include <variant>
#include <vector>

#include "core/briefing/Briefing.h"

namespace kg {

namespace edit {
struct InsertSlide { int at = 0; Slide slide; };          // at: its place, 0 first; past the end appends
struct DeleteSlide { int index = 0; };
struct DuplicateSlide { int index = 0; };                  // the copy goes right after it
struct MoveSlide { int from = 0, to = 0; };                // to: its place once moved
struct SetSlideTitle { int index = 0; std::string text; };
struct SetSlideNotes { int index = 0; std::string text; };
struct SetSlideView { int index = 0; SlideView view; };    // "Use this view"
struct SetSlidePassages { int index = 0; std::vector<std::string> passages; };
struct SetBriefingTitle { std::string text; };
}  // namespace edit

using BriefingEdit = std::variant<edit::InsertSlide, edit::DeleteSlide, edit::DuplicateSlide, edit::MoveSlide,
                                  edit::SetSlideTitle, edit::SetSlideNotes, edit::SetSlideView,
                                  edit::SetSlidePassages, edit::SetBriefingTitle>;

// Applies the edit. Returns the slide to show afterwards: the one inserted, copied or moved, the
// one edited, after a deletion the one that took its place (or the new last one, -1 when none is
// left), and `current` for the briefing's title. An edit naming a slide that is not there changes
// nothing and returns `current`.
int applyEdit(Briefing& briefing, const BriefingEdit& edit, int current);

// Consecutive edits of the same text (typing a title letter by letter) undo as one: this names
// the text an edit changes ("title 3", "notes 3", "briefing title"), "" for the other edits.
std::string editedText(const BriefingEdit& edit);

}  // namespace kg
