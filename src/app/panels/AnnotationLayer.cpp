#include "app/panels/AnnotationLayer.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/panels/Widgets.h"

namespace kg {
namespace {

constexpr ImU32 kPen = IM_COL32(0xB0, 0x12, 0x4A, 0xFF);  // the teacher's pen: a deep crimson
constexpr ImU32 kPaper = IM_COL32(0xFF, 0xFF, 0xFF, 0xFF);
constexpr ImU32 kChosen = IM_COL32(0xFF, 0xC4, 0x00, 0xFF);

void haloText(ImDrawList* list, ImFont* font, float size, ImVec2 at, const std::string& text, ImU32 ink) {
  for (float dx : {-1.5f, 0.0f, 1.5f})
    for (float dy : {-1.5f, 0.0f, 1.5f})
      if (dx != 0 || dy != 0) list->AddText(font, size, ImVec2(at.x + dx, at.y + dy), kPaper, text.c_str());
  list->AddText(font, size, at, ink, text.c_str());
}

struct Box {
  ImVec2 min{FLT_MAX, FLT_MAX}, max{-FLT_MAX, -FLT_MAX};
  void add(ImVec2 p) {
    min = ImVec2(std::min(min.x, p.x), std::min(min.y, p.y));
    max = ImVec2(std::max(max.x, p.x), std::max(max.y, p.y));
  }
};

}  // namespace

ImVec2 annotationOnScreen(const AppState& state, GeoPoint at) {
  const Camera& camera = state.camera;
  const ScreenPoint s = camera.mapToScreen(camera.projection().forward(at));
  const double ratio = state.screen.pixelRatio;
  return ImVec2(static_cast<float>(s.x / ratio), static_cast<float>(s.y / ratio));
}

std::vector<PlacedLabel> drawAnnotations(AppState& state, const Fonts& fonts, ImDrawList* list) {
  std::vector<PlacedLabel> taken;
  const auto& annotations = state.lesson.doc.annotations;
  state.lesson.drawn.assign(annotations.size(), WidgetRect{});
  const float u = ui(state, 1);
  const float size = ui(state, 15);
  for (std::size_t i = 0; i < annotations.size(); ++i) {
    const Annotation& a = annotations[i];
    const std::string label = shownText(a.shownLabel(state.language));
    const ImVec2 p = annotationOnScreen(state, a.at);
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) continue;
    const ImVec2 extent = fonts.label->CalcTextSizeA(size, FLT_MAX, 0, label.c_str());
    const bool chosen = static_cast<int>(i) == state.lesson.selected;
    Box box;
    switch (a.kind) {
      case Annotation::Kind::Pin: {
        // A map pin: a round head above the spot, on a short stem, the label beside the head.
        const ImVec2 head(p.x, p.y - 16 * u);
        if (chosen) list->AddCircleFilled(head, 12 * u, kChosen);
        list->AddLine(p, head, kPaper, 5 * u);
        list->AddLine(p, head, kPen, 2.5f * u);
        list->AddCircleFilled(head, 8 * u, kPaper);
        list->AddCircleFilled(head, 6.5f * u, kPen);
        list->AddCircleFilled(head, 2.5f * u, kPaper);
        box.add(ImVec2(head.x - 9 * u, head.y - 9 * u));
        box.add(ImVec2(p.x + 9 * u, p.y + 2 * u));
        if (!label.empty()) {
          const ImVec2 at(head.x + 12 * u, head.y - extent.y / 2);
          haloText(list, fonts.label, size, at, label, kPen);
          box.add(ImVec2(at.x + extent.x, at.y + extent.y));
        }
        break;
      }
      case Annotation::Kind::Text: {
        const ImVec2 at(p.x - extent.x / 2, p.y - extent.y / 2);
        if (chosen)
          list->AddRectFilled(ImVec2(at.x - 4 * u, at.y - 2 * u), ImVec2(at.x + extent.x + 4 * u, at.y + extent.y + 2 * u),
                              kChosen, 3 * u);
        haloText(list, fonts.label, size, at, label, kPen);
        box.add(at);
        box.add(ImVec2(at.x + extent.x, at.y + extent.y));
        break;
      }
      case Annotation::Kind::Arrow: {
        const ImVec2 to = annotationOnScreen(state, a.to);
        if (!std::isfinite(to.x) || !std::isfinite(to.y)) continue;
        const float dx = to.x - p.x, dy = to.y - p.y, length = std::hypot(dx, dy);
        const float ux = length > 0 ? dx / length : 1, uy = length > 0 ? dy / length : 0;
        const float head = std::min(18 * u, std::max(length * 0.5f, 6 * u));
        const ImVec2 base(to.x - ux * head, to.y - uy * head);
        const ImVec2 left(base.x - uy * head * 0.55f, base.y + ux * head * 0.55f);
        const ImVec2 right(base.x + uy * head * 0.55f, base.y - ux * head * 0.55f);
        if (chosen) list->AddLine(p, to, kChosen, 12 * u);
        list->AddLine(p, base, kPaper, 7 * u);
        list->AddTriangleFilled(ImVec2(to.x + ux * 2 * u, to.y + uy * 2 * u), ImVec2(left.x - ux * u, left.y - uy * u),
                                ImVec2(right.x - ux * u, right.y - uy * u), kPaper);
        list->AddLine(p, base, kPen, 4 * u);
        list->AddTriangleFilled(to, left, right, kPen);
        box.add(p);
        box.add(to);
        // Its line, in short boxes along it, so that no name is laid across it.
        const int steps = std::clamp(static_cast<int>(length / (12 * u)), 1, 200);
        for (int k = 0; k <= steps; ++k) {
          const float t = static_cast<float>(k) / static_cast<float>(steps);
          taken.push_back({kAnnotationBox, p.x + dx * t - 4 * u, p.y + dy * t - 4 * u, 8 * u, 8 * u});
        }
        if (!label.empty()) {  // at the tail, on the side away from the arrow
          const ImVec2 at(ux > 0 ? p.x - extent.x - 6 * u : p.x + 6 * u, uy > 0 ? p.y - extent.y - 2 * u : p.y + 2 * u);
          haloText(list, fonts.label, size, at, label, kPen);
          box.add(at);
          box.add(ImVec2(at.x + extent.x, at.y + extent.y));
          taken.push_back({kAnnotationBox, at.x, at.y, extent.x, extent.y});
        }
        break;
      }
    }
    state.lesson.drawn[i] = {box.min.x, box.min.y, box.max.x - box.min.x, box.max.y - box.min.y};
    state.widgets["annotation/" + std::to_string(i)] = state.lesson.drawn[i];
    if (a.kind != Annotation::Kind::Arrow) taken.push_back({kAnnotationBox, box.min.x, box.min.y, box.max.x - box.min.x, box.max.y - box.min.y});
  }
  return taken;
}

}  // namespace kg
