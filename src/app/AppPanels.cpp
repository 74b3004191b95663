// The panels over the map, in the order they are drawn: what is drawn later lies on top.
#include "app/App.h"

#include "app/panels/AnnotatePanel.h"
#include "app/panels/ArticleWindow.h"
#include "app/panels/EventPanel.h"
#include "app/panels/EventsPanel.h"
#include "app/panels/OpenDialog.h"
#include "app/panels/PicturePanel.h"
#include "app/panels/QuizPanel.h"
#include "app/panels/RegionPanel.h"
#include "app/panels/SearchPanel.h"
#include "app/panels/SlideEditor.h"
#include "app/panels/SlidePanel.h"

namespace kg {

void App::drawPanels() {
  if (!hasData()) return;
  if (state_.picture.on) return state_.picture.bare ? void() : drawPicturePanel(state_, data_, fonts_);
  // In the events list's place while annotating; also while presenting, where closing asks here
  // about unsaved annotations.
  drawAnnotatePanel(state_, controller_);
  if (state_.briefing.presenting) return drawSlidePanel(state_, data_, fonts_);
  if (state_.briefing.editing) drawSlideEditor(state_, controller_, data_);
  else if (state_.showEventList && state_.tool != "annotate") drawEventsPanel(state_, controller_, data_);
  if (!state_.selection.hasMarker()) drawRegionPanel(state_, controller_, data_);
  drawEventPanel(state_, controller_, data_);
  drawArticleWindow(state_, controller_, data_);
  drawMarkerChooser(state_, controller_, data_);
  drawOpenDialog(state_, controller_);
  drawSearchPanel(state_, controller_, data_);
  drawQuizPanel(state_, controller_, fonts_);
}

}  // namespace kg
