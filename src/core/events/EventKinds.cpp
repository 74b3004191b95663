#include "core/events/EventKinds.h"

namespace kg {

// Okabe-Ito colours (distinguishable with the common colour-vision deficiencies), and a different
// shape for each kind so colour is never the only cue.
EventKinds EventKinds::standard() {
  EventKinds kinds;
  kinds.add("protest", {"protest", MarkerShape::Circle, Rgba{0xD5, 0x5E, 0x00, 0xFF}, 18});
  kinds.add("armed-clash", {"armed clash", MarkerShape::Diamond, Rgba{0x00, 0x72, 0xB2, 0xFF}, 21});
  kinds.add("mine-attack", {"attack on a mine", MarkerShape::Square, Rgba{0x22, 0x22, 0x22, 0xFF}, 17});
  // ACLED's event types, as its exports spell them.
  kinds.add("Protests", {"protests", MarkerShape::Circle, Rgba{0xD5, 0x5E, 0x00, 0xFF}, 16});
  kinds.add("Riots", {"riots", MarkerShape::Circle, Rgba{0xCC, 0x79, 0xA7, 0xFF}, 16});
  kinds.add("Battles", {"battles", MarkerShape::Diamond, Rgba{0x00, 0x72, 0xB2, 0xFF}, 19});
  kinds.add("Violence against civilians",
            {"violence against civilians", MarkerShape::Diamond, Rgba{0xE6, 0x9F, 0x00, 0xFF}, 19});
  kinds.add("Explosions/Remote violence",
            {"explosions/remote violence", MarkerShape::Square, Rgba{0x00, 0x9E, 0x73, 0xFF}, 15});
  kinds.add("Strategic developments",
            {"strategic developments", MarkerShape::Square, Rgba{0x56, 0xB4, 0xE9, 0xFF}, 15});
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
