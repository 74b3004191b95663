#include "app/panels/Widgets.h"

#include "app/Translate.h"

#include <imgui.h>

#include <algorithm>
#include <string>

namespace kg {

std::string shownCount(std::size_t shown, std::size_t total) {
  const auto all = static_cast<long long>(total);
  if (shown == total) return filledPlural("{n} event", "{n} events", total, {{"n", withThousands(all)}});
  return filledPlural("{shown} of {n} event shown", "{shown} of {n} events shown", total,
                      {{"shown", withThousands(static_cast<long long>(shown))}, {"n", withThousands(all)}});
}

std::string shownText(const std::string& text) {
  if (text.size() <= kMaxShownBytes) return text;
  std::size_t end = kMaxShownBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;  // not inside a character
  return text.substr(0, end) + "…";
}

bool selectableRow(const std::string& text, bool selected) {
  const ImVec2 size = ImGui::CalcTextSize(text.c_str());
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImGui::PushID(text.c_str());
  // As wide as the text, so a popup sizes itself to it; the row is the last item, for callers.
  const bool clicked = ImGui::Selectable("##row", selected, 0, ImVec2(std::max(size.x, ImGui::GetContentRegionAvail().x), size.y));
  ImGui::PopID();
  ImGui::GetWindowDrawList()->AddText(at, ImGui::GetColorU32(ImGuiCol_Text), text.c_str());
  return clicked;
}

void recordWidget(AppState& state, const std::string& name) {
  // A window's first frame lays it out at a size and place it does not keep (auto-sizing takes a
  // frame): a rectangle from then would send a test's click where the widget will not be.
  if (ImGui::IsWindowAppearing()) return;
  const ImVec2 min = ImGui::GetItemRectMin(), size = ImGui::GetItemRectSize();
  state.widgets[name] = {min.x, min.y, size.x, size.y};
}

// The text broken into lines at word boundaries to fit `width` with the current font.
static std::string wrapToWidth(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  std::string out;
  const char* s = text.c_str();
  const char* end = s + text.size();
  while (s < end) {
    const char* wrap = font->CalcWordWrapPositionA(size / font->FontSize, s, end, width);
    if (wrap == s) wrap = s + 1;  // a word longer than the line: cut it
    out.append(s, wrap);
    s = wrap;
    while (s < end && *s == ' ') ++s;
    if (s < end) out += '\n';
  }
  return out;
}

// Text that looks like a paragraph but can be selected with the mouse and copied with Ctrl+C:
// a read-only multi-line field without a frame.
void selectableText(const char* id, const std::string& text) {
  const float width = ImGui::GetContentRegionAvail().x;
  std::string wrapped = wrapToWidth(text, width - 2);
  const float height = ImGui::CalcTextSize(wrapped.c_str()).y + 4;
  ImGui::PushStyleColor(ImGuiCol_FrameBg, IM_COL32(0, 0, 0, 0));
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(0, 2));
  // Not a Tab stop: Tab belongs to stepping through events, and a field that took the keyboard
  // focus would swallow Tab and Esc from then on.
  ImGui::PushAllowKeyboardFocus(false);
  ImGui::InputTextMultiline(id, wrapped.data(), wrapped.size() + 1, ImVec2(width, height),
                            ImGuiInputTextFlags_ReadOnly | ImGuiInputTextFlags_NoHorizontalScroll);
  ImGui::PopAllowKeyboardFocus();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
}

bool inputString(const char* id, std::string& text, float height, bool enterReturns) {
  // ImGui asks for a larger buffer as the text grows; the string is that buffer.
  const auto resize = [](ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
      auto* s = static_cast<std::string*>(data->UserData);
      s->resize(static_cast<std::size_t>(data->BufTextLen));
      data->Buf = s->data();
    }
    return 0;
  };
  const ImGuiInputTextFlags flags =
      ImGuiInputTextFlags_CallbackResize | (enterReturns ? ImGuiInputTextFlags_EnterReturnsTrue : 0);
  if (height > 0)
    return ImGui::InputTextMultiline(id, text.data(), text.capacity() + 1, ImVec2(-1, height), flags, resize, &text);
  return ImGui::InputText(id, text.data(), text.capacity() + 1, flags, resize, &text);
}

}  // namespace kg
