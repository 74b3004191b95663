#include "core/story/SourceText.h"

#include <cstdio>

namespace kg {

std::string articleTitle(const Article& article) {
  return article.headline.empty() ? article.description : "“" + article.headline + "”";
}

std::string sourceLine(const Article& article) {
  std::string line = articleTitle(article);
  if (!article.outlet.empty()) line += " — " + article.outlet;
  if (!article.eventsDate.empty()) line += " — events of " + article.eventsDate;
  return line;
}

std::string versionNote(const std::vector<const Article*>& otherVersions) {
  std::string note;
  for (const Article* other : otherVersions) {
    note += note.empty() ? "The same paragraph is in the other version of this report: " : "; ";
    note += articleTitle(*other);
  }
  return note;
}

std::string passageLabel(const Passage& passage) {
  switch (passage.kind) {
    case PassageKind::PhotoCaption: return "Photo caption";
    case PassageKind::Report: return "";
  }
  return "";
}

std::string editorsNote(const Passage& passage) {
  return passage.note.empty() ? std::string() : "Editor's note: " + passage.note;
}

std::string precisionText(double radiusKm, const std::string& basis) {
  char text[96];
  if (radiusKm <= 0) std::snprintf(text, sizeof text, "At the marker");
  else if (radiusKm >= 1) std::snprintf(text, sizeof text, "Within about %.0f km of the marker", radiusKm);
  else std::snprintf(text, sizeof text, "Within about %.0f m of the marker", radiusKm * 1000);
  std::string out = text;
  if (!basis.empty()) out += ". " + basis;
  return out;
}

}  // namespace kg
