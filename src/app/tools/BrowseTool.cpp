#include "app/tools/BrowseTool.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/panels/Widgets.h"
#include "core/geometry/HitTester.h"

namespace kg {
namespace {

std::vector<MarkerId> idsOf(const ToolContext& context, const std::vector<MarkerRef>& refs) {
  std::vector<MarkerId> ids;
  const Catalog& catalog = context.data.catalog;
  for (const MarkerRef& r : refs)
    ids.push_back({r.kind, r.kind == MarkerRef::Kind::Event ? catalog.events[r.index].id : catalog.places[r.index].id});
  return ids;
}

std::vector<MarkerId> markersUnder(const ToolContext& context, ScreenPoint pointer) {
  return idsOf(context, markersAt(context.markers, pointer, device(context.state, 3)));
}

}  // namespace

void BrowseTool::deactivate(ToolContext& context) { context.commands.setHover({}); }

void BrowseTool::onMove(ToolContext& context, const ScreenPoint* pointer) {
  Hover hover;
  if (pointer) {
    const std::vector<MarkerId> under = markersUnder(context, *pointer);
    if (!under.empty()) {
      (under.front().kind == MarkerRef::Kind::Event ? hover.eventId : hover.placeId) = under.front().id;
    } else {
      const auto& regions = context.data.boundaries.regions;
      const int region = HitTester(&regions).featureAt(context.state.camera.screenToMap(*pointer));
      if (region >= 0) hover.regionId = context.data.regionId(region);
    }
  }
  context.commands.setHover(std::move(hover));
}

void BrowseTool::onClick(ToolContext& context, ScreenPoint pointer) {
  const std::vector<MarkerId> under = markersUnder(context, pointer);
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
  if (const Event* e = catalog.findEvent(state.hover.eventId)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui(state, 320));
    ImGui::TextUnformatted(shownText(e->title).c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("%s", e->dateLabel.c_str());
    ImGui::EndTooltip();
  } else if (const Place* p = catalog.findPlace(state.hover.placeId)) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui(state, 320));
    ImGui::TextUnformatted(shownText(p->name).c_str());
    ImGui::PopTextWrapPos();
    ImGui::TextDisabled("%s", "Named in the reports; click for the passages");
    ImGui::EndTooltip();
  } else if (const int region = context.data.regionIndex(state.hover.regionId); region >= 0) {
    const Feature& f = context.data.boundaries.regions[region];
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(shownText(f.name(state.language)).c_str());
    ImGui::TextDisabled("%s", shownText(f.iso).c_str());
    ImGui::EndTooltip();
  }
}

}  // namespace kg
