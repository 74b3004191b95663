#pragma once
// The quiz on the map (Tools > Quiz): a click answers the question asked (the panel says what it
// asks and how the answer went), Enter goes on to the next once it is answered, Esc ends the
// quiz. Names on the map are hidden while it runs; the answer, once found or shown, is ringed.
#include "app/tools/MapTool.h"

namespace kg {

class QuizTool : public MapTool {
 public:
  const char* name() const override { return "quiz"; }
  void onClick(ToolContext& context, ScreenPoint pointer) override;
  bool onKey(ToolContext& context, KeyPress key) override;
  void drawOverlay(ToolContext& context) override;
};

}  // namespace kg
