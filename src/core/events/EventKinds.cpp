#include "core/events/EventKinds.h"

namespace kg {

// Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), and a different
// shape for each kind so colour is never the only cue.
EventKinds EventKinds::standard() {
  EventKinds kinds;
  kinds.add("protest", {"protest", MarkerShape::Circle, Rgba{0xD5, 0x5E, 0x00, 0xFF}, 18});
  kinds.add("armed-clash", {"armed clash", MarkerShape::Diamond, Rgba{0x00, 0x72, 0xB2, 0xFF}, 21});
  kinds.add("mine-attack", {"attack on a mine", MarkerShape::Square, Rgba{0x22, 0x22, 0x22, 0xFF}, 17});
  return kinds;
}

// Grey, so it claims none of the table's colours; a circle the size of a standard marker.
KindStyle EventKinds::neutralStyle(const std::string& name) {
  return {name, MarkerShape::Circle, Rgba{0x99, 0x99, 0x99, 0xFF}, 16};
}

void EventKinds::add(const std::string& name, KindStyle style) {
  for (EventKind& k : kinds_)
    if (k.name == name) {
      k.style = std::move(style);
      return;
    }
  kinds_.push_back({name, std::move(style)});
}

bool EventKinds::knows(const std::string& name) const {
  for (const EventKind& k : kinds_)
    if (k.name == name) return true;
  return false;
}

KindStyle EventKinds::style(const std::string& name) const {
  for (const EventKind& k : kinds_)
    if (k.name == name) return k.style;
  return neutralStyle(name);
}

}  // namespace kg
