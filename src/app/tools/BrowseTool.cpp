#include "app/tools/BrowseTool.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <limits>

#include "app/Translate.h"
#include "app/panels/Widgets.h"
#include "core/geometry/HitTester.h"
#include "core/io/TextFormats.h"
#include "core/time/Day.h"
#include "core/time/DateWords.h"

namespace kg {
namespace {

// Events and places by id; clusters are not in it (see topCluster).
std::vector<MarkerId> idsOf(const ToolContext& context, const std::vector<MarkerRef>& refs) {
  std::vector<MarkerId> ids;
  const Catalog& catalog = context.data.catalog;
  for (const MarkerRef& r : refs) {
    if (r.kind == MarkerRef::Kind::Event) ids.push_back({r.kind, catalog.events[r.index].id});
    else if (r.kind == MarkerRef::Kind::Place) ids.push_back({r.kind, catalog.places[r.index].id});
  }
  return ids;
}

std::vector<MarkerRef> refsUnder(const ToolContext& context, ScreenPoint pointer) {
  return markersAt(context.markers, pointer, device(context.state, 3));
}

// The cluster on top of the markers under the pointer, or none (-1).
int topCluster(const std::vector<MarkerRef>& under) {
  return !under.empty() && under.front().kind == MarkerRef::Kind::Cluster ? under.front().index : -1;
}

// A cluster can be opened up by zooming in while its members are apart and the camera can
// still come closer; otherwise (all at one spot, or at the closest zoom) it is listed.
bool zoomSeparates(const ToolContext& context, const EventCluster& cluster) {
  const bool oneSpot = cluster.bounds.width() < 1 && cluster.bounds.height() < 1;
  return !oneSpot && context.state.camera.metresPerPixel() > Camera::kMinMetresPerPixel * 1.01;
}

void offerMembers(ToolContext& context, const EventCluster& cluster) {
  std::vector<MarkerId> ids;
  ids.reserve(cluster.members.size());
  for (const int e : cluster.members)
    ids.push_back({MarkerRef::Kind::Event, context.data.catalog.events[static_cast<std::size_t>(e)].id});
  context.commands.dispatch(command::OfferMarkers{std::move(ids)});
}

}  // namespace

void BrowseTool::deactivate(ToolContext& context) { context.commands.setHover({}); }

void BrowseTool::onMove(ToolContext& context, const ScreenPoint* pointer) {
  Hover hover;
  if (pointer) {
    // One hit test serves both: a cluster on top, or the events and places under the pointer.
    const std::vector<MarkerRef> refs = refsUnder(context, *pointer);
    const std::vector<MarkerId> under = idsOf(context, refs);
    if (const int cluster = topCluster(refs); cluster >= 0) {
      hover.cluster = cluster;
    } else if (!under.empty()) {
      (under.front().kind == MarkerRef::Kind::Event ? hover.eventId : hover.placeId) = under.front().id;
    } else {
      const MapPoint at = context.state.camera.screenToMap(*pointer);
      const auto& regions = context.data.boundaries.regions;
      const int region = HitTester(&regions).featureAt(at);
      if (region >= 0) hover.regionId = context.data.regionId(region);
      // An overlay's feature too, the topmost shown one first: a river or a district named as the
      // pointer passes, over whatever region it is in.
      const auto& overlays = context.data.overlays;
      const auto& hidden = context.state.hiddenOverlays;
      const double reach = 4 * device(context.state, 1) * context.state.camera.metresPerPixel();
      for (int i = static_cast<int>(overlays.size()); i-- > 0 && hover.overlay < 0;) {
        if (std::find(hidden.begin(), hidden.end(), i) != hidden.end()) continue;
        if (const int shape = overlayShapeAt(overlays[static_cast<std::size_t>(i)], at, reach); shape >= 0) {
          hover.overlay = i;
          hover.overlayShape = shape;
        }
      }
    }
  }
  context.commands.setHover(std::move(hover));
}

void BrowseTool::onClick(ToolContext& context, ScreenPoint pointer) {
  const std::vector<MarkerRef> refs = refsUnder(context, pointer);
  if (const int index = topCluster(refs); index >= 0) {
    // Zoom in to its members, or list them (Shift, or when zooming cannot part them).
    const EventCluster& cluster = context.state.grouping.groups.clusters[static_cast<std::size_t>(index)];
    if (zoomSeparates(context, cluster) && !ImGui::GetIO().KeyShift)
      context.commands.dispatch(command::ZoomToBounds{cluster.bounds, Motion::Fly});
    else
      offerMembers(context, cluster);
    return;
  }
  const std::vector<MarkerId> under = idsOf(context, refs);
  if (under.size() > 1) {
    context.commands.dispatch(command::OfferMarkers{under});
  } else if (under.size() == 1) {
    // Under the pointer already: leave the view alone.
    if (under.front().kind == MarkerRef::Kind::Event) context.commands.dispatch(command::SelectEvent{under.front().id});
    else context.commands.dispatch(command::SelectPlace{under.front().id});
  } else {
    context.commands.dispatch(command::SelectRegion{context.state.hover.regionId});
  }
}

bool BrowseTool::onKey(ToolContext& context, KeyPress k) {
  const bool eventOpen = !context.state.selection.eventId.empty();
  switch (k.key) {
    case GLFW_KEY_TAB: context.commands.dispatch(command::StepEvent{k.mods & GLFW_MOD_SHIFT ? -1 : 1}); return true;
    case GLFW_KEY_LEFT:
    case GLFW_KEY_RIGHT:
      // While an event is open, Left and Right step through the events; with the timeline open,
      // through its time; otherwise they pan.
      if (eventOpen) context.commands.dispatch(command::StepEvent{k.key == GLFW_KEY_RIGHT ? 1 : -1});
      else if (context.state.timeline.shown) context.commands.dispatch(command::StepTimeline{k.key == GLFW_KEY_RIGHT ? 1 : -1});
      else return false;
      return true;
    case GLFW_KEY_SPACE:  // plays and pauses the timeline
      if (!context.state.timeline.shown) return false;
      context.commands.dispatch(command::PlayTimeline{!context.state.timeline.playback.playing});
      return true;
    case GLFW_KEY_ESCAPE: context.commands.dispatch(command::CloseInnermost{}); return true;
    default: return false;
  }
}

void BrowseTool::drawOverlay(ToolContext& context) {
  if (ImGui::GetIO().WantCaptureMouse) return;
  const AppState& state = context.state;
  const Catalog& catalog = context.data.catalog;
  const auto& clusters = state.grouping.groups.clusters;
  if (state.grouping.active && state.hover.cluster >= 0 && state.hover.cluster < static_cast<int>(clusters.size())) {
    const EventCluster& cluster = clusters[static_cast<std::size_t>(state.hover.cluster)];
    DaySpan span{std::numeric_limits<Day>::max(), std::numeric_limits<Day>::min()};
    for (const int i : cluster.members) {
      const DaySpan& d = catalog.events[static_cast<std::size_t>(i)].days;
      span = {std::min(span.first, d.first), std::max(span.last, d.last)};
    }
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(filledPlural("{n} event here", "{n} events here", cluster.members.size(),
                                         {{"n", withThousands(static_cast<long long>(cluster.members.size()))}}).c_str());
    if (span.first <= span.last) ImGui::TextDisabled("%s", describeDays(span, state.language).c_str());
    ImGui::TextDisabled("%s", zoomSeparates(context, cluster) ? tr("Click to zoom in, Shift+click to list them")
                                                               : tr("Click to list them"));
    ImGui::EndTooltip();
  } else if (const Event* e = catalog.findEvent(state.hover.eventId)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui(state, 320));
    ImGui::TextUnformatted(shownText(e->title).c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("%s", shownDate(e->dateLabel, e->days, state.language).c_str());
    ImGui::EndTooltip();
  } else if (const Place* p = catalog.findPlace(state.hover.placeId)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui(state, 320));
    ImGui::TextUnformatted(shownText(p->name).c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("%s", tr("Named in the reports; click for the passages"));
    ImGui::EndTooltip();
  } else if (const int region = context.data.regionIndex(state.hover.regionId);
             region >= 0 || state.hover.overlay >= 0) {
    ImGui::BeginTooltip();
    if (state.hover.overlay >= 0 && state.hover.overlay < static_cast<int>(context.data.overlays.size())) {
      const OverlayLayer& overlay = context.data.overlays[static_cast<std::size_t>(state.hover.overlay)];
      const auto shape = static_cast<std::size_t>(state.hover.overlayShape);
      const std::string name = shape < overlay.names.size() ? overlay.names[shape] : std::string();
      ImGui::TextUnformatted(shownText(name.empty() ? "Feature " + std::to_string(shape + 1) : name).c_str());
      ImGui::TextDisabled("%s", shownText(overlay.name).c_str());
      if (region >= 0) ImGui::Separator();
    }
    if (region >= 0) {
      const Feature& f = context.data.boundaries.regions[region];
      ImGui::TextUnformatted(shownText(f.name(state.language)).c_str());
      ImGui::TextDisabled("%s", shownText(f.iso).c_str());
    }
    ImGui::EndTooltip();
  }
}

}  // namespace kg
