#include "app/tools/Tools.h"

#include "app/tools/BrowseTool.h"
#include "app/tools/MeasureTool.h"
#include "app/tools/PresentTool.h"

namespace kg {

std::unique_ptr<MapTool> makeTool(const std::string& name) {
  if (name == "present") return std::make_unique<PresentTool>();
  if (name == "measure") return std::make_unique<MeasureTool>();
  return std::make_unique<BrowseTool>();
}

}  // namespace kg
