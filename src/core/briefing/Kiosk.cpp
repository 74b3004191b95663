#include "core/briefing/Kiosk.h"

namespace kg {

Kiosk::Step Kiosk::update(double now, bool touched, bool presenting, int slide, const Briefing& briefing) {
  const int count = static_cast<int>(briefing.slides.size());
  if (count == 0) return {};
  if (touched) {
    lastTouch_ = now;
    touchedEver_ = true;
    if (!presenting) return {};
    resumeAt_ = slide >= 0 && slide < count ? slide : 0;
    shownSlide_ = -1;
    return {Action::Stop, 0};
  }
  if (!presenting) {
    if (touchedEver_ && now - lastTouch_ < idleSeconds_) return {};
    shownSlide_ = -1;
    return {Action::Show, resumeAt_ < count ? resumeAt_ : 0};
  }
  if (slide != shownSlide_) {  // a new slide (by the kiosk or by a key): its time starts now
    shownSlide_ = slide;
    shownSince_ = now;
    return {};
  }
  const double seconds = slide >= 0 && slide < count && briefing.slides[static_cast<std::size_t>(slide)].seconds > 0
                             ? briefing.slides[static_cast<std::size_t>(slide)].seconds
                             : slideSeconds_;
  if (now - shownSince_ < seconds) return {};
  return {Action::Show, (slide + 1) % count};
}

}  // namespace kg
