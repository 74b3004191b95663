#pragma once
// The quiz's panel (Tools > Quiz), at the top of the map in large type for a room: the question,
// how the last click went, the score; at the end, each question's points and the total.
#include "app/Controller.h"
#include "app/Fonts.h"

namespace kg {

void drawQuizPanel(AppState& state, Controller& commands, const Fonts& fonts);

}  // namespace kg
