#include "core/briefing/BriefingEdit.h"

#include <algorithm>

namespace kg {
namespace {

bool has(const Briefing& b, int index) { return index >= 0 && index < static_cast<int>(b.slides.size()); }

// Slides made in the window have no lines in a file until they are saved.
Slide unplaced(Slide slide) {
  slide.lines.clear();
  return slide;
}

}  // namespace

int applyEdit(Briefing& b, const BriefingEdit& e, int current) {
  const int count = static_cast<int>(b.slides.size());
  if (const auto* c = std::get_if<edit::InsertSlide>(&e)) {
    const int at = std::clamp(c->at, 0, count);
    b.slides.insert(b.slides.begin() + at, unplaced(c->slide));
    return at;
  }
  if (const auto* c = std::get_if<edit::DeleteSlide>(&e)) {
    if (!has(b, c->index)) return current;
    b.slides.erase(b.slides.begin() + c->index);
    return std::min(c->index, count - 2);
  }
  if (const auto* c = std::get_if<edit::DuplicateSlide>(&e)) {
    if (!has(b, c->index)) return current;
    b.slides.insert(b.slides.begin() + c->index + 1, unplaced(b.slides[static_cast<std::size_t>(c->index)]));
    return c->index + 1;
  }
  if (const auto* c = std::get_if<edit::MoveSlide>(&e)) {
    if (!has(b, c->from) || !has(b, c->to)) return current;
    Slide moved = std::move(b.slides[static_cast<std::size_t>(c->from)]);
    b.slides.erase(b.slides.begin() + c->from);
    b.slides.insert(b.slides.begin() + c->to, std::move(moved));
    return c->to;
  }
  if (const auto* c = std::get_if<edit::SetBriefingTitle>(&e)) {
    b.title = c->text;
    return current;
  }
  // The rest change one slide's field.
  const int index = std::visit(
      [](const auto& c) {
        if constexpr (requires { c.index; }) return c.index;
        else return -1;
      },
      e);
  if (!has(b, index)) return current;
  Slide& slide = b.slides[static_cast<std::size_t>(index)];
  if (const auto* c = std::get_if<edit::SetSlideTitle>(&e)) slide.title = c->text;
  if (const auto* c = std::get_if<edit::SetSlideNotes>(&e)) slide.notes = c->text;
  if (const auto* c = std::get_if<edit::SetSlideView>(&e)) slide.view = c->view;
  if (const auto* c = std::get_if<edit::SetSlidePassages>(&e)) slide.passages = c->passages;
  return index;
}

std::string editedText(const BriefingEdit& e) {
  if (const auto* c = std::get_if<edit::SetSlideTitle>(&e)) return "title " + std::to_string(c->index);
  if (const auto* c = std::get_if<edit::SetSlideNotes>(&e)) return "notes " + std::to_string(c->index);
  if (std::holds_alternative<edit::SetBriefingTitle>(e)) return "briefing title";
  return "";
}

}  // namespace kg
