// A briefing playing by itself (core/briefing/Kiosk): slides in turn for their time, round from
// the last to the first; a touch stops them, and they come back when left alone.
#include <catch2/catch.hpp>

#include "core/briefing/Kiosk.h"

using namespace kg;

namespace {

Briefing threeSlides() {
  Briefing b{"T", std::vector<Slide>(3)};
  b.slides[1].seconds = 5;  // its own time
  return b;
}

}  // namespace

TEST_CASE("a kiosk shows each slide for its time, round and round", "[briefing][kiosk]") {
  const Briefing b = threeSlides();
  Kiosk kiosk(10, 30);
  auto step = kiosk.update(0, false, false, -1, b);  // nobody has touched it: it starts at once
  REQUIRE(step.action == Kiosk::Action::Show);
  CHECK(step.slide == 0);
  CHECK(kiosk.update(0.1, false, true, 0, b).action == Kiosk::Action::None);  // slide 1 starts now
  CHECK(kiosk.update(10.0, false, true, 0, b).action == Kiosk::Action::None);
  step = kiosk.update(10.2, false, true, 0, b);
  CHECK(step.action == Kiosk::Action::Show);
  CHECK(step.slide == 1);
  CHECK(kiosk.update(10.3, false, true, 1, b).action == Kiosk::Action::None);
  CHECK(kiosk.update(15.2, false, true, 1, b).action == Kiosk::Action::None);  // its own 5 s
  step = kiosk.update(15.4, false, true, 1, b);
  CHECK(step.action == Kiosk::Action::Show);
  CHECK(step.slide == 2);
  CHECK(kiosk.update(15.5, false, true, 2, b).action == Kiosk::Action::None);
  step = kiosk.update(25.6, false, true, 2, b);
  CHECK(step.action == Kiosk::Action::Show);
  CHECK(step.slide == 0);  // after the last, the first again
}

TEST_CASE("a touch stops a kiosk's slides, and they go on from there when it is left alone", "[briefing][kiosk]") {
  const Briefing b = threeSlides();
  Kiosk kiosk(10, 30);
  kiosk.update(0, false, false, -1, b);
  kiosk.update(0.1, false, true, 0, b);
  kiosk.update(11, false, true, 0, b);
  kiosk.update(11.1, false, true, 1, b);  // on slide 2
  CHECK(kiosk.update(12, true, true, 1, b).action == Kiosk::Action::Stop);
  CHECK(kiosk.update(20, false, false, 1, b).action == Kiosk::Action::None);  // exploring
  CHECK(kiosk.update(25, true, false, 1, b).action == Kiosk::Action::None);   // still touching: the wait starts again
  CHECK(kiosk.update(54, false, false, 1, b).action == Kiosk::Action::None);
  const auto step = kiosk.update(55.5, false, false, 1, b);
  CHECK(step.action == Kiosk::Action::Show);
  CHECK(step.slide == 1);  // where it stopped
  Kiosk empty(10, 30);
  CHECK(empty.update(0, false, false, -1, Briefing()).action == Kiosk::Action::None);
}
