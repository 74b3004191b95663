#pragma once
// A briefing playing by itself on a screen nobody minds (kgatlas --kiosk): each slide shows for
// its time, then the next, round from the last to the first. Someone touching it (a key, a
// click, the wheel) stops the slides and has the map to explore; left alone for a while, the
// slides go on from where they stopped. Pure: the frame loop says the time and what happened.
#include "core/briefing/Briefing.h"

namespace kg {

class Kiosk {
 public:
  // slideSeconds: how long a slide shows unless it says (Slide::seconds); idleSeconds: how long
  // after the last touch the slides come back.
  Kiosk(double slideSeconds, double idleSeconds) : slideSeconds_(slideSeconds), idleSeconds_(idleSeconds) {}

  enum class Action { None, Show, Stop };
  struct Step {
    Action action = Action::None;
    int slide = 0;  // for Show
  };
  // What to do at `now` (seconds), given whether someone touched the screen since the last call,
  // whether a slide is presented, and which.
  Step update(double now, bool touched, bool presenting, int slide, const Briefing& briefing);

  double slideSeconds() const { return slideSeconds_; }
  double idleSeconds() const { return idleSeconds_; }

 private:
  double slideSeconds_, idleSeconds_;
  double lastTouch_ = 0;
  bool touchedEver_ = false;
  double shownSince_ = 0;
  int shownSlide_ = -1;
  int resumeAt_ = 0;
};

}  // namespace kg
