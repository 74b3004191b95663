// Changing a briefing in the window (core/briefing/BriefingEdit): each edit as a value, and the
// slide shown afterwards.
#include <catch2/catch.hpp>

#include "core/briefing/BriefingEdit.h"

using namespace kg;

namespace {

Slide titled(const std::string& title) {
  Slide s;
  s.title = title;
  return s;
}

Briefing abc() {
  Briefing b;
  b.title = "Three";
  b.slides = {titled("A"), titled("B"), titled("C")};
  return b;
}

std::string titles(const Briefing& b) {
  std::string out;
  for (const Slide& s : b.slides) out += s.title;
  return out;
}

}  // namespace

TEST_CASE("inserting a slide puts it at its place and shows it, and past the end appends", "[briefing][edit]") {
  Briefing b = abc();
  CHECK(applyEdit(b, edit::InsertSlide{1, titled("N")}, 0) == 1);
  CHECK(titles(b) == "ANBC");
  CHECK(applyEdit(b, edit::InsertSlide{99, titled("Z")}, 0) == 4);
  CHECK(titles(b) == "ANBCZ");
}

TEST_CASE("a slide made in the window has no file lines, so problems never point into another file",
          "[briefing][edit]") {
  Briefing b = abc();
  Slide read = titled("R");
  read.lines["title"] = 12;
  applyEdit(b, edit::InsertSlide{0, read}, 0);
  CHECK(b.slides[0].lines.empty());
  b.slides[1].lines["title"] = 7;
  applyEdit(b, edit::DuplicateSlide{1}, 1);
  CHECK(b.slides[2].title == "A");
  CHECK(b.slides[2].lines.empty());
}

TEST_CASE("deleting shows the slide that took its place, or the new last one", "[briefing][edit]") {
  Briefing b = abc();
  CHECK(applyEdit(b, edit::DeleteSlide{1}, 1) == 1);
  CHECK(titles(b) == "AC");
  CHECK(applyEdit(b, edit::DeleteSlide{1}, 1) == 0);
  CHECK(titles(b) == "A");
  CHECK(applyEdit(b, edit::DeleteSlide{0}, 0) == -1);
  CHECK(b.slides.empty());
}

TEST_CASE("duplicating puts the copy right after the slide and shows it", "[briefing][edit]") {
  Briefing b = abc();
  b.slides[2].notes = "say this";
  CHECK(applyEdit(b, edit::DuplicateSlide{2}, 2) == 3);
  CHECK(titles(b) == "ABCC");
  CHECK(b.slides[3] == b.slides[2]);
}

TEST_CASE("moving a slide up or down keeps the others in order", "[briefing][edit]") {
  Briefing b = abc();
  CHECK(applyEdit(b, edit::MoveSlide{0, 2}, 0) == 2);
  CHECK(titles(b) == "BCA");
  CHECK(applyEdit(b, edit::MoveSlide{2, 1}, 2) == 1);
  CHECK(titles(b) == "BAC");
}

TEST_CASE("titles, notes, view and passages are set on the slide named", "[briefing][edit]") {
  Briefing b = abc();
  CHECK(applyEdit(b, edit::SetSlideTitle{1, "Bishkek"}, 0) == 1);
  CHECK(applyEdit(b, edit::SetSlideNotes{1, "Say: 6 October."}, 0) == 1);
  SlideView view;
  view.kind = SlideView::Kind::Region;
  view.region = "KG-GB";
  applyEdit(b, edit::SetSlideView{1, view}, 0);
  applyEdit(b, edit::SetSlidePassages{1, {"p1", "p2"}}, 0);
  CHECK(b.slides[1].title == "Bishkek");
  CHECK(b.slides[1].notes == "Say: 6 October.");
  CHECK(b.slides[1].view == view);
  CHECK(b.slides[1].passages == std::vector<std::string>{"p1", "p2"});
  CHECK(applyEdit(b, edit::SetBriefingTitle{"Renamed"}, 2) == 2);
  CHECK(b.title == "Renamed");
  CHECK(titles(b) == "ABishkekC");
}

TEST_CASE("an edit naming a slide that is not there changes nothing", "[briefing][edit][bad-input]") {
  const Briefing before = abc();
  Briefing b = before;
  CHECK(applyEdit(b, edit::DeleteSlide{3}, 1) == 1);
  CHECK(applyEdit(b, edit::DeleteSlide{-1}, 1) == 1);
  CHECK(applyEdit(b, edit::DuplicateSlide{5}, 1) == 1);
  CHECK(applyEdit(b, edit::MoveSlide{0, 3}, 1) == 1);
  CHECK(applyEdit(b, edit::SetSlideTitle{3, "x"}, 1) == 1);
  CHECK(applyEdit(b, edit::SetSlideNotes{-2, "x"}, 1) == 1);
  CHECK(b == before);
}

TEST_CASE("typing into one text is one edit to undo, another text or slide another", "[briefing][edit]") {
  CHECK(editedText(edit::SetSlideTitle{1, "a"}) == editedText(edit::SetSlideTitle{1, "ab"}));
  CHECK(editedText(edit::SetSlideTitle{1, "a"}) != editedText(edit::SetSlideTitle{2, "a"}));
  CHECK(editedText(edit::SetSlideTitle{1, "a"}) != editedText(edit::SetSlideNotes{1, "a"}));
  CHECK(editedText(edit::SetBriefingTitle{"a"}) == "briefing title");
  CHECK(editedText(edit::DeleteSlide{1}).empty());
}
