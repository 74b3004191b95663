#pragma once
// A passage quoted word for word from an article, tied to the events and places it speaks of.
// Its id is written in passages.txt and never changes, so selections, links and lessons can
// name it.
#include <string>
#include <vector>

#include "core/story/TextMatch.h"

namespace kg {

// What the quoted words are in the article: the report's own text, or the caption under one of
// its photos (readers must not take a caption for the reporter's account).
enum class PassageKind { Report, PhotoCaption };

struct Passage {
  std::string id;  // lower-case kebab-case, unique in the file: "koy-tash-rally-call"
  std::string articleId;
  PassageKind kind = PassageKind::Report;
  std::vector<std::string> events, places;
  std::string text;  // word for word as in the article
  std::string note;  // the editor's note shown outside the quotation, or ""
  int line = 0;      // of its block in passages.txt
  TextSpan span;     // where it stands in the article
  std::vector<std::string> alsoIn;  // other versions of the report with the same paragraph
};

}  // namespace kg
