#pragma once
// Every map tool by name, so the app switches tools without knowing them: "browse" (the default),
// "measure", "quiz", "annotate", "present" (a briefing while it is presented).
#include <memory>
#include <string>

#include "app/tools/MapTool.h"

namespace kg {

std::unique_ptr<MapTool> makeTool(const std::string& name);  // an unknown name browses

}  // namespace kg
