#include "app/panels/ArticleWindow.h"

#include "app/Translate.h"

#include <imgui.h>

#include <string>

#include "app/panels/Widgets.h"
#include "core/story/SourceText.h"

namespace kg {

void drawArticleWindow(AppState& state, Controller& commands, const MapData& data) {
  const Catalog& catalog = data.catalog;
  const Passage* passage = catalog.findPassage(state.selection.articlePassage);
  const Article* article = passage ? catalog.findArticle(passage->articleId) : nullptr;
  if (!article) return;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowSize(ImVec2(ui(state, 620), viewport->Size.y * 0.7f), ImGuiCond_Appearing);
  ImGui::SetNextWindowPos(ImVec2(viewport->Size.x / 2, viewport->Size.y / 2), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  bool open = true;
  if (ImGui::Begin((std::string(tr("Article")) + "###article").c_str(), &open, ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
    const std::vector<StoryParagraph> story = storyParagraphs(*article);
    const std::string source = catalog.sourceLine(*passage);
    ImGui::PushTextWrapPos(0);
    ImGui::TextDisabled("%s", shownText(source).c_str());
    ImGui::TextDisabled("%s", shownText(filled("File: {file}", "file", article->file)).c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::SmallButton(tr("Copy the story and its source"))) {
      std::string text;
      for (const StoryParagraph& p : story) text.append(p.text).append("\n\n");
      ImGui::SetClipboardText((text + "— " + source).c_str());
    }
    recordWidget(state, "article/copy");
    ImGui::Separator();
    ImGui::BeginChild("text");
    for (std::size_t i = 0; i < story.size(); ++i) {
      const StoryParagraph& paragraph = story[i];
      ImGui::PushID(static_cast<int>(i));
      if (paragraph.holds(passage->span)) {
        // The paragraph holding the passage, on a yellow ground, scrolled into view once.
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const float wrap = ImGui::GetContentRegionAvail().x;
        const ImVec2 size = ImGui::CalcTextSize(paragraph.text.data(), paragraph.text.data() + paragraph.text.size(),
                                                false, wrap);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(pos.x - 4, pos.y - 2), ImVec2(pos.x + wrap, pos.y + size.y + 6),
                                                  IM_COL32(0xFF, 0xE8, 0x8A, 0xFF), 3);
        if (state.scrollArticle) {
          ImGui::SetScrollHereY(0.3f);
          state.scrollArticle = false;
        }
        selectableText("##paragraph", std::string(paragraph.text));
        recordWidget(state, "article/highlight");
      } else {
        selectableText("##paragraph", std::string(paragraph.text));
      }
      ImGui::Spacing();
      ImGui::PopID();
    }
    ImGui::EndChild();
  }
  ImGui::End();
  if (!open) commands.dispatch(command::CloseArticle{});
}

}  // namespace kg
