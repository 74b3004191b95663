#include "core/events/EventFilter.h"

#include <algorithm>
#include <utility>

#include "core/events/Catalog.h"

namespace kg {
namespace {

void appendUtf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

bool contains(const std::string& haystack, const std::string& foldedNeedle) {
  return foldCase(haystack).find(foldedNeedle) != std::string::npos;
}

template <class T>
void setHidden(std::vector<T>& hidden, const T& item, bool shown) {
  hidden.erase(std::remove(hidden.begin(), hidden.end(), item), hidden.end());
  if (!shown) hidden.push_back(item);
}

// EventFilter::matches with its words already folded, so a list of events folds them once.
bool passes(const EventFilter& f, const Event& e, const std::string& words, const std::string& actor) {
  // An undated event is in all time, and in no narrower time.
  if (e.undated ? !f.time.isOpen() : !f.time.contains(e.days)) return false;
  if (!f.showsLayer(e.layer) || !f.showsKind(e.kind)) return false;
  if (!f.region.empty() && e.regionIso != f.region) return false;
  if (!actor.empty() && !contains(e.actors, actor)) return false;
  if (!words.empty() && !contains(e.title, words) && !contains(e.place, words) && !contains(e.actors, words) &&
      !contains(e.notes, words))
    return false;
  return true;
}

}  // namespace

std::string foldCase(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 'A' && c <= 'Z') {
      out += static_cast<char>(c - 'A' + 'a');
      continue;
    }
    // Two-byte sequences of U+0400..U+04FF (lead bytes D0..D3).
    if (c >= 0xD0 && c <= 0xD3 && i + 1 < text.size() && (static_cast<unsigned char>(text[i + 1]) & 0xC0) == 0x80) {
      unsigned code = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      if (code >= 0x0410 && code <= 0x042F) code += 0x20;                      // А..Я
      else if (code >= 0x0400 && code <= 0x040F) code += 0x50;                 // Ѐ..Џ (Ё)
      else if (code == 0x04C0) code = 0x04CF;                                  // Ӏ
      else if (code >= 0x04C1 && code <= 0x04CE && code % 2 == 1) code += 1;   // Ӂ..Ӎ: upper case odd
      else if (((code >= 0x0460 && code <= 0x04BF) || (code >= 0x04D0 && code <= 0x04FF)) && code % 2 == 0)
        code += 1;                                                             // Ң, Ү, Ө and the rest in pairs
      appendUtf8(out, code);
      ++i;
      continue;
    }
    out += static_cast<char>(c);
  }
  return out;
}

void EventFilter::showLayer(int layer, bool shown) { setHidden(hiddenLayers, layer, shown); }
void EventFilter::showKind(const std::string& kind, bool shown) { setHidden(hiddenKinds, kind, shown); }

bool EventFilter::matches(const Event& e) const { return passes(*this, e, foldCase(text), foldCase(actor)); }

namespace {

// The stretch of the catalog's events that may fall in `time`: all of them, unless they are in
// time order and the range is not open, when a scrubbed timeline looks at its weeks only.
std::pair<std::size_t, std::size_t> candidates(const Catalog& catalog, const TimeRange& time) {
  const std::vector<Event>& events = catalog.events;
  if (time.isOpen() || !catalog.timeOrdered()) return {0, events.size()};
  // Undated events are last, and in no range that is not open.
  auto begin = events.begin(), end = events.end() - static_cast<std::ptrdiff_t>(catalog.undatedEvents());
  if (time.to) end = std::upper_bound(begin, end, *time.to, [](Day to, const Event& e) { return to < e.days.first; });
  if (time.from) {
    // An event that began up to longestSpan() days before the start may still run into it.
    const Day earliest = *time.from - catalog.longestSpan();
    begin = std::lower_bound(begin, end, earliest, [](const Event& e, Day day) { return e.days.first < day; });
  }
  return {static_cast<std::size_t>(begin - events.begin()), static_cast<std::size_t>(end - events.begin())};
}

}  // namespace

std::vector<int> shownEvents(const Catalog& catalog, const EventFilter& filter) {
  const std::string words = foldCase(filter.text), actor = foldCase(filter.actor);
  const auto [first, last] = candidates(catalog, filter.time);
  std::vector<int> shown;
  shown.reserve(last - first);
  for (std::size_t i = first; i < last; ++i)
    if (passes(filter, catalog.events[i], words, actor)) shown.push_back(static_cast<int>(i));
  return shown;
}

Histogram timelineHistogram(const Catalog& catalog, EventFilter filter, int maxBins) {
  filter.time = {};
  std::vector<DaySpan> spans;
  for (const int i : shownEvents(catalog, filter)) {
    const Event& e = catalog.events[static_cast<std::size_t>(i)];
    if (!e.undated) spans.push_back(e.days);
  }
  const DaySpan extent = catalog.dateExtent();
  return histogram(spans, extent.first, extent.last, maxBins);
}

}  // namespace kg
