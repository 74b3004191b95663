#include "app/tools/Tools.h"

#include "app/tools/AnnotateTool.h"
#include "app/tools/BrowseTool.h"
#include "app/tools/MeasureTool.h"
#include "app/tools/PresentTool.h"
#include "app/tools/QuizTool.h"

namespace kg {

std::unique_ptr<MapTool> makeTool(const std::string& name) {
  if (name == "present") return std::make_unique<PresentTool>();
  if (name == "measure") return std::make_unique<MeasureTool>();
  if (name == "quiz") return std::make_unique<QuizTool>();
  if (name == "annotate") return std::make_unique<AnnotateTool>();
  return std::make_unique<BrowseTool>();
}

}  // namespace kg
