#pragma once
#include "app/ViewState.h"

namespace kg {

// The right-hand panel for a selected event or place: what, when, where, how precise, and the
// passages quoted from the articles with their sources. Also the article window that shows a
// passage in its context, and the chooser for markers that overlap under one click.
void drawEventPanel(ViewState& state, const Catalog& catalog, const BoundaryData& boundaries);
void drawArticleWindow(ViewState& state, const Catalog& catalog);
void drawMarkerChooser(ViewState& state, const Catalog& catalog);

}  // namespace kg
