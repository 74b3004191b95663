#include "app/EventMarkers.h"

#include <cmath>

#include "app/panels/MarkerStyle.h"
#include "core/geo/Geodesy.h"

namespace kg {
namespace {

// The events drawn as markers of their own (all shown ones, or those no cluster took) in drawing
// order: the last layer first, so the first layer in the list is drawn on top; in time order
// within a layer.
std::vector<int> looseEvents(const AppState& state, const Catalog& catalog) {
  const std::vector<int>& loose = state.grouping.active ? state.grouping.groups.loose : state.shownEvents;
  const std::size_t layers = catalog.layers.size();
  if (layers <= 1) return loose;
  std::vector<std::size_t> start(layers + 1, 0);  // a counting sort by layer, last layer first
  auto slot = [&](int e) { return layers - 1 - static_cast<std::size_t>(catalog.events[static_cast<std::size_t>(e)].layer); };
  for (const int e : loose) ++start[slot(e) + 1];
  for (std::size_t i = 1; i <= layers; ++i) start[i] += start[i - 1];
  std::vector<int> ordered(loose.size());
  for (const int e : loose) ordered[start[slot(e)]++] = e;
  return ordered;
}

}  // namespace

double clusterSizePx(std::size_t members) {
  return 24 + 7 * std::log10(static_cast<double>(std::max<std::size_t>(members, 2)));
}

void updateGrouping(AppState& state, const Catalog& catalog, int dataGeneration) {
  MarkerGrouping& g = state.grouping;
  const bool active = g.enabled && state.shownEvents.size() > kGroupAbove;
  const double cell = active ? clusterCellMetres(state.camera.metresPerPixel(), device(state, kGroupCellPx)) : 0;
  const int keepApart = active ? catalog.eventIndex(state.selection.eventId) : -1;
  if (active == g.active && g.shownGeneration == state.shownGeneration && g.dataGeneration == dataGeneration &&
      g.cellMetres == cell && g.keepApart == keepApart)
    return;
  g.active = active;
  g.shownGeneration = state.shownGeneration;
  g.dataGeneration = dataGeneration;
  g.cellMetres = cell;
  g.keepApart = keepApart;
  g.groups = {};
  if (active) {
    if (g.positionsOf != std::pair{dataGeneration, catalog.revision()}) {
      const Projection& projection = state.camera.projection();
      g.positions.resize(catalog.events.size());
      for (std::size_t i = 0; i < catalog.events.size(); ++i) g.positions[i] = projection.forward(catalog.events[i].point);
      g.positionsOf = {dataGeneration, catalog.revision()};
    }
    g.groups = clusterEvents(state.shownEvents, g.positions, cell, keepApart);
  }
  ++g.generation;
  state.hover.cluster = -1;
}

// Drawing order: places under events, so events win where they overlap.
std::vector<ScreenMarker> screenMarkers(const AppState& state, const Catalog& catalog) {
  std::vector<ScreenMarker> out;
  const double ratio = device(state, 1);
  if (state.showPlaces)
    for (const Place* p : catalog.placesWithPassages())
      out.push_back({{MarkerRef::Kind::Place, static_cast<int>(p - catalog.places.data())},
                     state.camera.geoToScreen(p->point), placeStyle().sizePx / 2 * ratio});
  for (const int i : looseEvents(state, catalog)) {
    const Event& e = catalog.events[static_cast<std::size_t>(i)];
    out.push_back({{MarkerRef::Kind::Event, i}, state.camera.geoToScreen(e.point), styleFor(e.kind).sizePx / 2 * ratio});
  }
  if (state.grouping.active) {
    const auto& clusters = state.grouping.groups.clusters;
    for (std::size_t i = 0; i < clusters.size(); ++i)
      out.push_back({{MarkerRef::Kind::Cluster, static_cast<int>(i)}, state.camera.mapToScreen(clusters[i].centre),
                     clusterSizePx(clusters[i].members.size()) / 2 * ratio});
  }
  return out;
}

std::vector<MarkerInstance> markerInstances(const AppState& state, const Catalog& catalog) {
  std::vector<MarkerInstance> circles, places, events;
  const float ratio = static_cast<float>(device(state, 1));
  const Projection& projection = state.camera.projection();
  auto circle = [&](GeoPoint at, double radiusKm, Rgba colour) {
    // Only where the spot is uncertain by more than a few hundred metres.
    if (radiusKm <= 0.3) return;
    // In map metres, so the buffer holds at any zoom; the shader leaves out circles too small to see.
    const double diameter = 2 * groundToMapLength(at, radiusKm * 1000, projection);
    colour.a = 38;
    circles.push_back({projection.forward(at), static_cast<float>(diameter), MarkerShape::Circle, colour,
                       Rgba{colour.r, colour.g, colour.b, 255}, 0, true});
  };
  if (state.showPlaces) {
    for (const Place* p : catalog.placesWithPassages()) {
      const bool hot = p->id == state.hover.placeId || p->id == state.selection.placeId;
      circle(p->point, p->radiusKm, placeStyle().colour);
      places.push_back({projection.forward(p->point), placeStyle().sizePx * ratio * (hot ? 1.4f : 1.0f),
                        MarkerShape::Circle, placeStyle().colour,
                        hot ? Rgba{0x1B, 0x3A, 0x6B, 0xFF} : Rgba{255, 255, 255, 255}, 2 * ratio});
    }
  }
  // Among many events, faint circles would pile up into dark blots: then only the hovered and the
  // selected event show theirs.
  const bool everyCircle = state.shownEvents.size() <= kEveryCircleUpTo;
  for (const int i : looseEvents(state, catalog)) {
    const Event& e = catalog.events[static_cast<std::size_t>(i)];
    const MarkerStyle style = styleFor(e.kind);
    const bool selected = e.id == state.selection.eventId;
    const bool hot = selected || e.id == state.hover.eventId;
    if (everyCircle || hot) circle(e.point, e.radiusKm, style.colour);
    if (selected)  // a halo that says "this one"
      events.push_back({projection.forward(e.point), (style.sizePx + 14) * ratio, MarkerShape::Circle,
                        Rgba{0xFF, 0xE8, 0x8A, 0xE0}, Rgba{0x1B, 0x3A, 0x6B, 0xFF}, 1.5f * ratio});
    // In the timeline's moving window, older events fade (never below a third, so they stay clickable).
    const double age = state.timeline.following && !hot ? state.timeline.playback.age(e.days) : 0.0;
    const auto alpha = static_cast<std::uint8_t>(255 - 170 * age);
    Rgba fill = style.colour, outline = hot ? Rgba{0x1B, 0x3A, 0x6B, 0xFF} : Rgba{255, 255, 255, 255};
    // Where only the region is known, the marker is hollow (the region lights up when it is
    // hovered or selected): it stands for somewhere in the region, not for this spot.
    if (e.regionOnly) {
      fill = Rgba{255, 255, 255, 255};
      if (!hot) outline = style.colour;
    }
    fill.a = alpha;
    outline.a = alpha;
    events.push_back({projection.forward(e.point), style.sizePx * ratio * (hot ? 1.3f : 1.0f), style.shape, fill,
                      outline, (hot || e.regionOnly ? 3.0f : 2.0f) * ratio});
  }
  // Clusters on top: a dark disc with a white rim, the count written over it (see MapOverlay).
  if (state.grouping.active) {
    const auto& clusters = state.grouping.groups.clusters;
    for (std::size_t i = 0; i < clusters.size(); ++i) {
      const bool hot = static_cast<int>(i) == state.hover.cluster;
      events.push_back({clusters[i].centre,
                        static_cast<float>(clusterSizePx(clusters[i].members.size())) * ratio * (hot ? 1.15f : 1.0f),
                        MarkerShape::Circle, hot ? Rgba{0x1B, 0x3A, 0x6B, 0xF0} : Rgba{0x2F, 0x3E, 0x4E, 0xE0},
                        Rgba{255, 255, 255, 255}, 2.5f * ratio});
    }
  }
  circles.insert(circles.end(), places.begin(), places.end());
  circles.insert(circles.end(), events.begin(), events.end());
  return circles;
}

}  // namespace kg
