#include "app/panels/GeographyLayer.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "app/panels/AnnotationLayer.h"
#include "core/geometry/HitTester.h"
#include "core/io/TextFormats.h"
#include "core/view/Palette.h"

namespace kg {
namespace {

constexpr ImU32 kTownInk = IM_COL32(0x1A, 0x1A, 0x1A, 0xFF);
constexpr ImU32 kCountryInk = IM_COL32(0x5A, 0x5A, 0x5A, 0xFF);
constexpr ImU32 kPeakInk = IM_COL32(0x5B, 0x33, 0x12, 0xFF);
constexpr ImU32 kWaterInk = IM_COL32(kWaterText.r, kWaterText.g, kWaterText.b, 0xFF);
constexpr ImU32 kHalo = IM_COL32(0xFF, 0xFF, 0xFF, 0xD8);

// Which kind of feature a label's number stands for (LabelCandidate::feature).
enum Kind : int { kLake = 0, kRiver = 1, kLandmark = 2, kCountry = 3 };
constexpr int kKindStride = 1 << 20;
int labelId(Kind kind, std::size_t index) { return kind * kKindStride + static_cast<int>(index); }

// High contrast (strong): every name black, water's a blue of 13:1 on white, on an opaque halo.
void haloText(ImDrawList* list, ImFont* font, float size, ImVec2 pos, ImU32 ink, const char* text, bool strong) {
  if (strong) ink = ink == kWaterInk ? IM_COL32(0x0B, 0x2F, 0x55, 0xFF) : IM_COL32(0, 0, 0, 0xFF);
  const ImU32 halo = strong ? IM_COL32(255, 255, 255, 255) : kHalo;
  for (float dx : {-1.0f, 1.0f})
    for (float dy : {-1.0f, 1.0f}) list->AddText(font, size, ImVec2(pos.x + dx, pos.y + dy), halo, text);
  list->AddText(font, size, pos, ink, text);
}

std::string landmarkText(const Landmark& l, Language language) {
  if (l.type != "peak" || l.elevationM <= 0) return l.name(language);
  if (language == Language::English) return l.name(language) + " " + withThousands(l.elevationM) + " m";
  const std::string digits = std::to_string(l.elevationM);  // Russian and Kyrgyz: "7 439 м"
  std::string metres;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) metres += "\u00A0";
    metres.push_back(digits[i]);
  }
  return l.name(language) + " " + metres + "\u00A0м";
}

bool townShown(const Landmark& l, long long smallest) {
  return l.type == "capital" || ((l.type == "town") && l.population >= smallest);
}

// A dot for a town (ringed white for the capital), a triangle for a peak, a blue dot for water.
void drawSymbol(ImDrawList* list, const std::string& type, ImVec2 c, float r) {
  if (type == "peak") {
    list->AddTriangleFilled(ImVec2(c.x, c.y - r * 1.6f), ImVec2(c.x - r * 1.4f, c.y + r), ImVec2(c.x + r * 1.4f, c.y + r),
                            kPeakInk);
  } else if (type == "reservoir") {
    list->AddCircleFilled(c, r, kWaterInk);
  } else {
    list->AddCircleFilled(c, r + 1, IM_COL32(255, 255, 255, 255));
    list->AddCircleFilled(c, r, kTownInk);
    if (type == "capital") list->AddCircleFilled(c, r * 0.45f, IM_COL32(255, 255, 255, 255));
  }
}

}  // namespace

long long smallestTownNamed(double metresPerUnit) {
  if (metresPerUnit > 1600) return 150000;  // a continent: the capital and Osh
  if (metresPerUnit > 700) return 30000;    // the whole country
  if (metresPerUnit > 300) return 15000;
  return 0;  // a region: every town the map has
}

void drawGeography(AppState& state, const MapData& data, const Fonts& fonts, const std::vector<ScreenMarker>& markers,
                   const std::vector<PlacedLabel>& taken, ImDrawList* list) {
  const BoundaryData& b = data.boundaries;
  const GeographyLayers& shown = state.geography;
  const Camera& camera = state.camera;
  const double ratio = state.screen.pixelRatio;
  const double width = camera.viewportWidth() / ratio, height = camera.viewportHeight() / ratio;
  const double perUnit = camera.metresPerPixel() * ratio;
  const long long smallest = smallestTownNamed(perUnit);
  auto toWindow = [&](MapPoint p) {
    const ScreenPoint s = camera.mapToScreen(p);
    return ScreenPoint{s.x / ratio, s.y / ratio};
  };
  auto onScreen = [&](ScreenPoint p, double margin) {
    return p.x >= margin && p.y >= margin && p.x <= width - margin && p.y <= height - margin;
  };
  const float textSize = ui(state, 13);
  auto sizeOf = [&](ImFont* font, float size, const std::string& text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str());
  };

  std::vector<LabelCandidate> candidates;
  std::vector<MapPoint> anchors;  // each candidate's point, for the inside test
  auto add = [&](int id, ScreenPoint at, MapPoint where, ImVec2 size, double priority, bool beside, double gap) {
    LabelCandidate c{id, at, size.x, size.y, priority, 1e9, 1e9, beside, gap};
    candidates.push_back(c);
    anchors.push_back(where);
  };

  // Symbols first: a dot for each town (a ringed one for the capital), a triangle for a peak.
  std::vector<PlacedLabel> obstacles = taken;
  for (std::size_t i = 0; i < b.landmarks.size(); ++i) {
    const Landmark& l = b.landmarks[i];
    const bool town = l.type == "capital" || l.type == "town";
    if (town ? !(shown.towns && townShown(l, smallest)) : !(l.type == "peak" ? shown.peaks : shown.water)) continue;
    const ScreenPoint p = toWindow(l.at);
    if (!onScreen(p, 0)) continue;
    // Under a teacher's annotation: the annotation keeps the spot.
    if (std::any_of(taken.begin(), taken.end(), [&](const PlacedLabel& box) {
          return box.feature == kAnnotationBox && p.x >= box.left && p.x <= box.left + box.width && p.y >= box.top &&
                 p.y <= box.top + box.height;
        }))
      continue;
    // An event's marker on the same spot (Osh, Bishkek) is drawn under this overlay: the marker
    // keeps the spot, and the town keeps only its name.
    const bool underMarker = std::any_of(markers.begin(), markers.end(), [&](const ScreenMarker& m) {
      return std::hypot(m.position.x / ratio - p.x, m.position.y / ratio - p.y) < m.radiusPx / ratio + 2;
    });
    const float r = ui(state, l.type == "capital" ? 5 : 3.5);
    const ImVec2 c(static_cast<float>(p.x), static_cast<float>(p.y));
    if (!underMarker) drawSymbol(list, l.type, c, r);
    obstacles.push_back({-1, p.x - r, p.y - r, 2.0 * r, 2.0 * r});
    const std::string text = landmarkText(l, state.language);
    const bool capital = l.type == "capital";
    const double priority = capital ? 4e9 : l.type == "peak" ? 2e9 : 1e9 + static_cast<double>(l.population);
    add(labelId(kLandmark, i), p, l.at, sizeOf(capital ? fonts.label : fonts.ui, capital ? ui(state, 15) : textSize, text),
        priority, true, r + 2);
  }
  const Bounds view = camera.visibleBounds();
  if (shown.water) {
    for (std::size_t i = 0; i < b.water.size(); ++i) {
      const Feature& f = b.water[i];
      if (f.nameEn.empty() || !f.bounds.intersects(view)) continue;
      const ScreenPoint p = toWindow(f.bounds.centre());
      add(labelId(kLake, i), p, f.bounds.centre(), sizeOf(fonts.label, ui(state, 14), f.name(state.language)),
          3e9 + f.bounds.width() * f.bounds.height() / 1e9, false, 0);
      candidates.back().featureWidthPx = f.bounds.width() / perUnit;
      candidates.back().featureHeightPx = f.bounds.height() / perUnit;
    }
  }
  if (shown.rivers) {
    // A river's name where its course comes nearest the middle of the view.
    const MapPoint middle = view.centre();
    for (std::size_t i = 0; i < b.rivers.size(); ++i) {
      const Feature& f = b.rivers[i];
      if (f.nameEn.empty() || !f.bounds.intersects(view)) continue;
      double best = DBL_MAX;
      MapPoint at;
      for (const Polygon& line : f.polygons)
        for (const MapPoint& p : line.rings.front()) {
          const double d = std::hypot(p.x - middle.x, p.y - middle.y);
          if (d < best && onScreen(toWindow(p), 60)) best = d, at = p;
        }
      if (best == DBL_MAX) continue;
      add(labelId(kRiver, i), toWindow(at), at, sizeOf(fonts.ui, textSize, f.name(state.language)), 5e8, true, 3);
    }
  }
  if (shown.countries) {
    // A neighbour's name in the middle of the part of it on screen, from a grid of tries.
    for (std::size_t i = 0; i < b.context.size(); ++i) {
      const Feature& f = b.context[i];
      if (!f.bounds.intersects(view)) continue;
      double sx = 0, sy = 0;
      std::vector<MapPoint> inside;
      for (int gx = 1; gx < 8; ++gx)
        for (int gy = 1; gy < 8; ++gy) {
          const MapPoint p{view.minX + view.width() * gx / 8, view.minY + view.height() * gy / 8};
          if (featureContains(f, p)) inside.push_back(p), sx += p.x, sy += p.y;
        }
      if (inside.empty()) continue;
      const MapPoint mean{sx / static_cast<double>(inside.size()), sy / static_cast<double>(inside.size())};
      MapPoint at = inside.front();
      for (const MapPoint& p : inside)
        if (std::hypot(p.x - mean.x, p.y - mean.y) < std::hypot(at.x - mean.x, at.y - mean.y)) at = p;
      add(labelId(kCountry, i), toWindow(at), at, sizeOf(fonts.label, ui(state, 17), f.name(state.language)),
          1e8 + static_cast<double>(inside.size()), false, 0);
    }
  }

  // A name stays inside what its anchor is in: its lake, its country, or (beside a point) the
  // region the point is in, so it never crosses a border.
  std::vector<int> regionOfAnchor(candidates.size(), -1);
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    if (!candidates[c].beside) continue;
    for (std::size_t r = 0; r < b.regions.size(); ++r)
      if (featureContains(data.labelShape(static_cast<int>(r)).outline, anchors[c])) {
        regionOfAnchor[c] = static_cast<int>(r);
        break;
      }
  }
  auto indexOf = [&](int id) {
    for (std::size_t c = 0; c < candidates.size(); ++c)
      if (candidates[c].feature == id) return c;
    return candidates.size();
  };
  auto insideTest = [&](int id, ScreenPoint p) {
    const MapPoint m = camera.screenToMap({p.x * ratio, p.y * ratio});
    const int kind = id / kKindStride, index = id % kKindStride;
    if (kind == kLake) return featureContains(b.water[static_cast<std::size_t>(index)], m);
    if (kind == kCountry) return featureContains(b.context[static_cast<std::size_t>(index)], m);
    const int region = regionOfAnchor[indexOf(id)];
    return region < 0 || featureContains(data.labelShape(region).outline, m);
  };
  const double top = state.screen.topInset, bottom = height - state.screen.bottomInset;
  const bool strong = state.screen.highContrast || state.screen.projector;
  for (const PlacedLabel& label : layoutLabels(candidates, width, height, insideTest, 2, obstacles)) {
    if (label.top < top || label.top + label.height > bottom) continue;
    const int kind = label.feature / kKindStride;
    const auto index = static_cast<std::size_t>(label.feature % kKindStride);
    const ImVec2 pos(static_cast<float>(label.left), static_cast<float>(label.top));
    const char* kinds[] = {"lake", "river", "landmark", "country"};
    const std::string id = kind == kLandmark ? b.landmarks[index].id : kind == kCountry ? b.context[index].iso
                                                                       : std::to_string(index);
    state.widgets[std::string("label/") + kinds[kind] + "/" + id] = {static_cast<float>(label.left), static_cast<float>(label.top),
                                                       static_cast<float>(label.width), static_cast<float>(label.height)};
    if (kind == kLake) {
      haloText(list, fonts.label, ui(state, 14), pos, kWaterInk, b.water[index].name(state.language).c_str(), strong);
    } else if (kind == kRiver) {
      haloText(list, fonts.ui, textSize, pos, kWaterInk, b.rivers[index].name(state.language).c_str(), strong);
    } else if (kind == kCountry) {
      haloText(list, fonts.label, ui(state, 17), pos, kCountryInk, b.context[index].name(state.language).c_str(), strong);
    } else {
      const Landmark& l = b.landmarks[index];
      const bool capital = l.type == "capital";
      const ImU32 ink = l.type == "peak" ? kPeakInk : l.type == "reservoir" ? kWaterInk : kTownInk;
      haloText(list, capital ? fonts.label : fonts.ui, capital ? ui(state, 15) : textSize, pos, ink,
               landmarkText(l, state.language).c_str(), strong);
    }
  }
}

}  // namespace kg
