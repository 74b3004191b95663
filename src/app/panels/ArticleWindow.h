#pragma once
#include "app/Controller.h"

namespace kg {

// The whole story around a passage: the article's paragraphs (not the web page's leftovers),
// the paragraph holding the passage highlighted and scrolled into view, every paragraph
// selectable, and a button that copies the story with its source.
void drawArticleWindow(AppState& state, Controller& commands, const MapData& data);

}  // namespace kg
