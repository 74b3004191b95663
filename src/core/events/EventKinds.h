#pragma once
// Event kinds are open: a kind is a name from the data ("protest", "mine-attack") and a style
// looked up in a table. A kind the table does not know still loads and is drawn in a neutral
// style labelled with its own name, so new data never needs a code change to open.
#include <string>
#include <vector>

#include "core/events/MarkerShape.h"
#include "core/view/Palette.h"

namespace kg {

struct KindStyle {
  std::string label;  // as a reader sees it: "armed clash"
  MarkerShape shape = MarkerShape::Circle;
  Rgba colour{0, 0, 0, 0xFF};
  float sizePx = 16;  // diameter in design pixels, before the UI scale
};

struct EventKind {
  std::string name;  // as the data spells it: "armed-clash"
  KindStyle style;
};

class EventKinds {
 public:
  // The kinds of the bundled scenario (protest, armed-clash, mine-attack) and ACLED's six event
  // types (Protests, Riots, Battles, Violence against civilians, Explosions/Remote violence,
  // Strategic developments).
  static EventKinds standard();

  // Adds a kind, or restyles one the table has.
  void add(const std::string& name, KindStyle style);
  bool knows(const std::string& name) const;
  // The table's style for `name`; for a name it does not know, the neutral style labelled `name`.
  KindStyle style(const std::string& name) const;
  std::string label(const std::string& name) const { return style(name).label; }
  const std::vector<EventKind>& all() const { return kinds_; }

  static KindStyle neutralStyle(const std::string& name);

 private:
  std::vector<EventKind> kinds_;  // a handful: a list is quicker than a map
};

}  // namespace kg
