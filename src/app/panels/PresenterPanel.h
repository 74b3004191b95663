#pragma once
// What the presenter sees in their own window while the room sees the map: the slide on the
// screen and the next one (as pictures), the speaker notes large, the time since the
// presentation began and the clock, and buttons for what the keys do.
#include "app/Controller.h"
#include "app/Fonts.h"

namespace kg {

// A picture drawn in the map window's GL context (shared), as an ImGui texture.
struct PresenterPicture {
  unsigned int texture = 0;  // 0: none yet
  int width = 0, height = 0;
};

// `clock`: the local time as "14:05".
void drawPresenterPanel(AppState& state, Controller& commands, const Fonts& fonts, const PresenterPicture& current,
                        const PresenterPicture& next, const std::string& clock);

// "0:07", "12:34", "1:02:03": the time since the presentation began.
std::string elapsedText(double seconds);

}  // namespace kg
