#include "app/panels/PresenterPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/io/TextFormats.h"

namespace kg {
namespace {

constexpr ImGuiWindowFlags kWhole = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                    ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// The picture fitted into width x height, keeping its shape; GL's rows run bottom up.
void drawPicture(const PresenterPicture& picture, float width, float height, const char* caption) {
  if (!picture.texture || picture.width <= 0 || picture.height <= 0) {
    ImGui::Dummy(ImVec2(width, height));
    return;
  }
  const float scale = std::min(width / picture.width, height / picture.height);
  ImGui::Image(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(picture.texture)),
               ImVec2(picture.width * scale, picture.height * scale), ImVec2(0, 1), ImVec2(1, 0), ImVec4(1, 1, 1, 1),
               ImVec4(0.5f, 0.5f, 0.5f, 1));
  if (caption && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", caption);
}

}  // namespace

std::string elapsedText(double seconds) {
  const long total = std::max(0L, static_cast<long>(std::floor(seconds)));
  char text[32];
  if (total >= 3600)
    std::snprintf(text, sizeof text, "%ld:%02ld:%02ld", total / 3600, total / 60 % 60, total % 60);
  else
    std::snprintf(text, sizeof text, "%ld:%02ld", total / 60, total % 60);
  return text;
}

void drawPresenterPanel(AppState& state, Controller& commands, const Fonts& fonts, const PresenterPicture& current,
                        const PresenterPicture& next, const std::string& clock) {
  const BriefingState& b = state.briefing;
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->Pos);
  ImGui::SetNextWindowSize(viewport->Size);
  if (!ImGui::Begin("##presenter", nullptr, kWhole)) return ImGui::End();
  const int count = static_cast<int>(b.doc.slides.size());
  const float pad = ImGui::GetStyle().ItemSpacing.x;

  // The top line: where the presentation is, how long it has run, what time it is.
  ImGui::PushFont(fonts.slideText);
  const std::string where =
      b.presenting ? fillPlaces(filled("Slide {n} of {total}", "n", std::to_string(b.slide + 1)), "total",
                                std::to_string(count))
                   : std::string(count ? tr("Not presenting") : tr("No slides"));
  ImGui::TextUnformatted(where.c_str());
  recordWidget(state, "presenter/counter");
  const std::string times =
      (b.presenting ? elapsedText(commands.time() - b.startedAt) + "   " : std::string()) + clock;
  ImGui::SameLine(ImGui::GetWindowWidth() - ImGui::CalcTextSize(times.c_str()).x - 2 * pad);
  ImGui::TextUnformatted(times.c_str());
  recordWidget(state, "presenter/time");
  ImGui::PopFont();
  ImGui::Separator();

  const float width = ImGui::GetContentRegionAvail().x;
  const float left = width * 0.58f, right = width - left - pad;
  const float pictureHeight = left * 9 / 16;
  ImGui::BeginGroup();
  {
    const bool shown = b.presenting && b.slide >= 0 && b.slide < count;
    ImGui::TextDisabled("%s", b.blank ? tr("On the screen: black (B brings the slide back)") : tr("On the screen"));
    drawPicture(current, left, pictureHeight, nullptr);
    recordWidget(state, "presenter/current");
    if (shown) {
      ImGui::PushFont(fonts.slideText);
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + left);
      ImGui::TextWrapped("%s", shownText(b.doc.slides[static_cast<std::size_t>(b.slide)].title).c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopFont();
    }
  }
  ImGui::EndGroup();
  ImGui::SameLine(0, pad);
  ImGui::BeginGroup();
  {
    const int after = b.presenting ? b.slide + 1 : std::max(0, b.slide);
    if (after < count) {
      ImGui::TextDisabled("%s", b.presenting ? tr("Next") : tr("First"));
      drawPicture(next, right, right * 9 / 16, nullptr);
      recordWidget(state, "presenter/next");
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + right);
      ImGui::TextWrapped("%s", shownText(b.doc.slides[static_cast<std::size_t>(after)].title).c_str());
      ImGui::PopTextWrapPos();
    } else if (count > 0) {
      ImGui::TextDisabled("%s", tr("Next"));
      ImGui::TextWrapped("%s", tr("The end: this is the last slide."));
    }
    ImGui::Spacing();
    if (b.presenting) {
      if (ImGui::Button(tr("Previous"))) commands.dispatch(command::ShowSlide{b.slide - 1});
      recordWidget(state, "presenter/previous");
      ImGui::SameLine();
      if (ImGui::Button(tr("Next"))) commands.dispatch(command::ShowSlide{b.slide + 1});
      recordWidget(state, "presenter/next-button");
      ImGui::SameLine();
      if (ImGui::Button(b.blank ? tr("Show") : tr("Blank"))) commands.dispatch(command::BlankScreen{!b.blank});
      recordWidget(state, "presenter/blank");
      ImGui::SameLine();
      if (ImGui::Button(tr("End"))) commands.dispatch(command::EndPresentation{});
      recordWidget(state, "presenter/end");
      ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + right);
      ImGui::TextDisabled("%s", tr("Keys here or on the map: Right, Space, Page Down next; Left, Page Up back; "
                                   "B black; Esc end"));
      ImGui::PopTextWrapPos();
    } else if (count > 0) {
      if (ImGui::Button(tr("Start presenting"))) commands.dispatch(command::ShowSlide{0});
      recordWidget(state, "presenter/start");
      ImGui::TextDisabled("%s", tr("F5 from the start, Shift+F5 from the slide chosen"));
    }
  }
  ImGui::EndGroup();

  // The notes, as large as the room's passages: read at a glance while speaking.
  ImGui::Separator();
  ImGui::TextDisabled("%s", tr("Notes"));
  const int noted = b.presenting ? b.slide : std::max(0, b.slide);
  if (noted >= 0 && noted < count) {
    const std::string& notes = b.doc.slides[static_cast<std::size_t>(noted)].notes;
    ImGui::BeginChild("##notes", ImVec2(0, 0), false);
    ImGui::PushFont(fonts.slideText);
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(notes.empty() ? tr("(no notes for this slide)") : shownText(notes).c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopFont();
    ImGui::EndChild();
    recordWidget(state, "presenter/notes");
  }
  ImGui::End();
}

}  // namespace kg
