#pragma once
// The English a reader sees around a quotation: where it comes from, what kind of text it is, an
// editor's note, how precise a marker is. Kept here, not in the panels, so the panel, the command
// line and an export say the same thing.
#include <string>
#include <vector>

#include "core/story/Article.h"
#include "core/story/Passage.h"

namespace kg {

// "“Headline”", or the description (unquoted) when the text gives no headline.
std::string articleTitle(const Article& article);
// "“Headline” — Outlet — events of 5–6 October 2020"; the outlet only where the text names it.
std::string sourceLine(const Article& article);
// "The same paragraph is in the other version of this report: “Headline”", or "" for none.
std::string versionNote(const std::vector<const Article*>& otherVersions);
// "Photo caption" for a caption, "" for the report's own text: shown above the quotation.
std::string passageLabel(const Passage& passage);
// "Editor's note: …", shown outside the quotation, or "" when the passage has no note.
std::string editorsNote(const Passage& passage);
// "Within about 2 km of the marker. <basis>", or "Within about 500 m of the marker" under a km.
std::string precisionText(double radiusKm, const std::string& basis);

}  // namespace kg
