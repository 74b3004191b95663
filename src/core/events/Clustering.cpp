#include "core/events/Clustering.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace kg {

double clusterCellMetres(double metresPerPixel, double cellPx) {
  if (!(metresPerPixel > 0) || !(cellPx > 0)) return 0;
  return cellPx * std::exp2(std::ceil(std::log2(metresPerPixel)));
}

ClusteredEvents clusterEvents(const std::vector<int>& events, const std::vector<MapPoint>& positions,
                              double cellMetres, int keepApart) {
  ClusteredEvents out;
  if (!(cellMetres > 0) || !std::isfinite(cellMetres)) {
    out.loose = events;
    return out;
  }
  // 1. Each grid cell's members, cells in the order their first event came, so the result is
  // the same for the same input.
  struct Cell {
    std::int64_t x = 0, y = 0;
    std::vector<int> members;
    double sx = 0, sy = 0;  // sums of the members' positions
    MapPoint centre() const {
      return {sx / static_cast<double>(members.size()), sy / static_cast<double>(members.size())};
    }
  };
  auto keyOf = [](std::int64_t x, std::int64_t y) {
    return (static_cast<std::uint64_t>(x) << 32) ^ static_cast<std::uint32_t>(y);
  };
  std::unordered_map<std::uint64_t, std::size_t> cellAt;
  std::vector<Cell> cells;
  cellAt.reserve(events.size());
  for (const int e : events) {
    const MapPoint p = positions[static_cast<std::size_t>(e)];
    if (e == keepApart || !isFinite(p)) continue;
    // Map coordinates stay within ±4e7 m (Camera::kMaxMapCoordinate), so cells fit 32 bits each.
    const auto cx = static_cast<std::int64_t>(std::floor(p.x / cellMetres));
    const auto cy = static_cast<std::int64_t>(std::floor(p.y / cellMetres));
    const auto [it, added] = cellAt.try_emplace(keyOf(cx, cy), cells.size());
    if (added) cells.push_back({cx, cy, {}, 0, 0});
    Cell& cell = cells[it->second];
    cell.members.push_back(e);
    cell.sx += p.x;
    cell.sy += p.y;
  }
  // 2. Groups that straddle a cell's edge would be drawn overlapping: the fullest cells take in
  // the cells around them whose centres lie within three quarters of a cell.
  std::vector<std::size_t> order(cells.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return cells[a].members.size() > cells[b].members.size(); });
  const double reach = 0.75 * cellMetres;
  std::vector<char> taken(cells.size(), 0);
  std::vector<char> alone(positions.size(), 0);
  std::vector<std::vector<std::size_t>> groups;  // cells merged, by index; the biggest first
  for (const std::size_t i : order) {
    if (taken[i]) continue;
    taken[i] = 1;
    std::vector<std::size_t> group{i};
    const MapPoint c = cells[i].centre();
    for (std::int64_t dx = -1; dx <= 1; ++dx)
      for (std::int64_t dy = -1; dy <= 1; ++dy) {
        if (dx == 0 && dy == 0) continue;
        const auto it = cellAt.find(keyOf(cells[i].x + dx, cells[i].y + dy));
        if (it == cellAt.end() || taken[it->second]) continue;
        const MapPoint n = cells[it->second].centre();
        if (std::hypot(n.x - c.x, n.y - c.y) < reach) {
          taken[it->second] = 1;
          group.push_back(it->second);
        }
      }
    groups.push_back(std::move(group));
  }
  // 3. A group of one event is that event's own marker; any more make a cluster. Clusters keep
  // the order of their first member's cell.
  std::sort(groups.begin(), groups.end(), [](const auto& a, const auto& b) {
    return *std::min_element(a.begin(), a.end()) < *std::min_element(b.begin(), b.end());
  });
  for (const auto& group : groups) {
    EventCluster cluster;
    double sx = 0, sy = 0;
    for (const std::size_t i : group) {
      cluster.members.insert(cluster.members.end(), cells[i].members.begin(), cells[i].members.end());
      sx += cells[i].sx;
      sy += cells[i].sy;
    }
    if (cluster.members.size() == 1) {
      alone[static_cast<std::size_t>(cluster.members.front())] = 1;
      continue;
    }
    for (const int e : cluster.members) cluster.bounds.add(positions[static_cast<std::size_t>(e)]);
    const auto n = static_cast<double>(cluster.members.size());
    cluster.centre = {sx / n, sy / n};
    out.clusters.push_back(std::move(cluster));
  }
  for (const int e : events)
    if (e == keepApart || !isFinite(positions[static_cast<std::size_t>(e)]) || alone[static_cast<std::size_t>(e)])
      out.loose.push_back(e);
  return out;
}

}  // namespace kg
