#include "app/panels/SlidePanel.h"

#include <imgui.h>

#include "app/panels/Widgets.h"
#include "core/story/SourceText.h"

namespace kg {
namespace {

constexpr ImGuiWindowFlags kBand = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;

void drawPassages(AppState& state, const Catalog& catalog, const Slide& slide, const Fonts& fonts) {
  for (std::size_t i = 0; i < slide.passages.size(); ++i) {
    const Passage* p = catalog.findPassage(slide.passages[i]);
    if (!p) continue;  // named in the problems when the briefing was opened
    const std::string name = "slide/passage/" + std::to_string(i);
    if (i > 0) ImGui::Separator();
    const std::string label = passageLabel(*p);  // "Photo caption", said before its words
    if (!label.empty()) ImGui::TextColored(ImVec4(0.45f, 0.29f, 0.0f, 1.0f), "%s", label.c_str());
    ImGui::PushFont(fonts.slideText);
    ImGui::TextUnformatted(shownText("“" + p->text + "”").c_str());
    ImGui::PopFont();
    recordWidget(state, name);
    ImGui::TextColored(ImVec4(0.30f, 0.30f, 0.30f, 1.0f), "%s", shownText("— " + catalog.sourceLine(*p)).c_str());
    const std::string editors = editorsNote(*p);  // outside the quotation marks, never inside
    if (!editors.empty()) ImGui::TextUnformatted(shownText(editors).c_str());
  }
}

}  // namespace

void drawSlidePanel(AppState& state, const MapData& data, const Fonts& fonts) {
  const BriefingState& b = state.briefing;
  if (!b.presenting || b.slide < 0 || b.slide >= static_cast<int>(b.doc.slides.size())) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  if (b.blank) {
    ImGui::GetForegroundDrawList()->AddRectFilled(viewport->Pos,
                                                  ImVec2(viewport->Pos.x + viewport->Size.x, viewport->Pos.y + viewport->Size.y),
                                                  IM_COL32(0, 0, 0, 255));
    return;
  }
  const Slide& slide = b.doc.slides[static_cast<std::size_t>(b.slide)];
  const SlideBands bands = slideBands(state, !slide.passages.empty());
  const float pad = ui(state, 18);

  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, bands.top));
  ImGui::SetNextWindowBgAlpha(0.94f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.6f));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0);
  if (ImGui::Begin("##slide-title", nullptr, kBand)) {
    const std::string counter = std::to_string(b.slide + 1) + " / " + std::to_string(b.doc.slides.size());
    ImGui::PushFont(fonts.slideText);
    const float counterWidth = ImGui::CalcTextSize(counter.c_str()).x;
    ImGui::PopFont();
    ImGui::PushFont(fonts.slideTitle);
    const float titleHeight = ImGui::GetTextLineHeight();
    ImGui::SetCursorPosY((bands.top - titleHeight) / 2);
    // One line: a title too long for the band is cut at its edge, never drawn over the counter.
    ImGui::PushClipRect(ImGui::GetCursorScreenPos(),
                        ImVec2(viewport->Pos.x + viewport->Size.x - counterWidth - 2 * pad, viewport->Pos.y + bands.top),
                        true);
    ImGui::TextUnformatted(shownText(slide.title).c_str());
    ImGui::PopClipRect();
    recordWidget(state, "slide/title");
    ImGui::PopFont();
    ImGui::PushFont(fonts.slideText);
    ImGui::SetCursorPos(ImVec2(viewport->Size.x - counterWidth - pad, (bands.top - ImGui::GetTextLineHeight()) / 2));
    ImGui::TextColored(ImVec4(0.35f, 0.35f, 0.35f, 1.0f), "%s", counter.c_str());
    recordWidget(state, "slide/counter");
    ImGui::PopFont();
  }
  ImGui::End();

  if (bands.bottom > 0) {
    // As tall as its passages, at most the band; its foot clear of the map's credit line, which
    // stays readable under it.
    const float width = std::min(viewport->Size.x - 2 * pad, ui(state, 1100));
    const float foot = viewport->Pos.y + viewport->Size.y - state.screen.bottomInset - ui(state, 26);
    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x + viewport->Size.x / 2, foot), ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, bands.bottom - ui(state, 26)));
    ImGui::SetNextWindowBgAlpha(0.96f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, ui(state, 6));
    if (ImGui::Begin("##slide-passages", nullptr, kBand | ImGuiWindowFlags_AlwaysAutoResize)) {  // the wheel scrolls what is longer
      ImGui::PushTextWrapPos(0);
      drawPassages(state, data.catalog, slide, fonts);
      ImGui::PopTextWrapPos();
    }
    ImGui::End();
    ImGui::PopStyleVar();
  }
  ImGui::PopStyleVar(2);
}

}  // namespace kg
