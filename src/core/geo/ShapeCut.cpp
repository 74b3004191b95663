#include "core/geo/ShapeCut.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kg {
namespace {

// Points on the cut are projected this far inside it (1 cm), so each lands on its own side.
constexpr double kInside = 1e-7;
constexpr double kPoleSlack = 1e-7;  // reprojection rounds the poles by far less

bool atPole(const GeoPoint& p) { return std::abs(p.lat) >= 90 - kPoleSlack; }

// A point at a pole has no longitude of its own: each run of them becomes the pole's line from
// the meridian the ring came down to the one it goes back up (d3-geo does the same on the sphere).
// A ring closed along the pole in the file keeps that line; one brought back from a polar CRS,
// where the pole is a point, gets it; a sector with its tip at the pole gets the arc between.
GeoRing spreadPoles(const GeoRing& ring) {
  const std::size_t n = ring.size();
  std::size_t first = n;  // a point not at a pole, to start from
  for (std::size_t i = 0; i < n && first == n; ++i)
    if (!atPole(ring[i])) first = i;
  if (first == n) return ring;  // all at a pole: nothing to spread, and nothing to draw
  bool any = false;
  for (const GeoPoint& p : ring) any = any || atPole(p);
  if (!any) return ring;
  GeoRing out;
  out.reserve(n + 2);
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (first + k) % n;
    if (!atPole(ring[i])) {
      out.push_back(ring[i]);
      continue;
    }
    std::size_t end = k;  // the run of pole points from k
    while (end + 1 < n && atPole(ring[(first + end + 1) % n])) ++end;
    const double pole = ring[i].lat > 0 ? 90 : -90;
    out.push_back({pole, out.back().lon});
    out.push_back({pole, ring[(first + end + 1) % n].lon});
    k = end;
  }
  return out;
}

// The ring's longitudes as edge longitudes that never jump: each step is the short way round.
// `start` is where the first point is put (any value congruent to its edge longitude).
GeoRing unwrap(const GeoRing& ring, double start) {
  GeoRing out;
  out.reserve(ring.size() + 3);
  double x = start;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    if (i > 0) x += std::remainder(ring[i].lon - ring[i - 1].lon, 360.0);
    out.push_back({ring[i].lat, x});
  }
  return out;
}

double edgeLongitude(double lon, const MapEdge& edge) { return std::remainder(lon - edge.centreLon, 360.0); }

// How many times the closed ring goes around the globe, in degrees (0, ±360, ...).
double winding(const GeoRing& ring, const GeoRing& unwrapped) {
  if (ring.size() < 2) return 0;
  const double end = unwrapped.back().lon + std::remainder(ring.front().lon - ring.back().lon, 360.0);
  return 360.0 * std::round((end - unwrapped.front().lon) / 360.0);
}

// Which pole a ring that goes round the globe encloses: the one on the side most of it is.
int poleOnItsSide(const GeoRing& ring) {
  double sum = 0;
  for (const GeoPoint& p : ring) sum += p.lat;
  return sum < 0 ? -1 : 1;
}

void clampLatitudes(GeoRing& ring, const MapEdge& edge) {
  for (GeoPoint& p : ring) p.lat = std::clamp(p.lat, edge.minLat, edge.maxLat);
}

// Sutherland-Hodgman against one vertical line: keeps the side where keep(x) holds. The result
// may run along the line where the ring left and came back; that is repaired after projecting.
GeoRing clipAt(const GeoRing& ring, double line, bool keepEast) {
  GeoRing out;
  if (ring.empty()) return out;
  out.reserve(ring.size() + 4);
  const auto inside = [&](const GeoPoint& p) { return keepEast ? p.lon >= line : p.lon <= line; };
  const auto crossing = [&](const GeoPoint& a, const GeoPoint& b) {
    const double t = (line - a.lon) / (b.lon - a.lon);
    return GeoPoint{a.lat + t * (b.lat - a.lat), line};
  };
  GeoPoint previous = ring.back();
  bool previousIn = inside(previous);
  for (const GeoPoint& current : ring) {
    const bool currentIn = inside(current);
    if (currentIn != previousIn) out.push_back(crossing(previous, current));
    if (currentIn) out.push_back(current);
    previous = current;
    previousIn = currentIn;
  }
  return out;
}

// The ring in the map's frame: unwrapped from `start`, closed along its pole if it goes around
// the globe, and held within the map's latitudes.
// `ring` has had its poles spread.
GeoRing mapRing(const GeoRing& ring, double start, const MapEdge& edge) {
  GeoRing r = unwrap(ring, start);
  const double turns = winding(ring, r);
  if (turns != 0) {
    // Closed along its pole below: where the file already ran along it, that run goes, or the
    // ring would run down the map's edge and back (a self-intersection GEOS cannot repair).
    r.erase(std::remove_if(r.begin() + 1, r.end(), [](const GeoPoint& p) { return atPole(p); }), r.end());
    const double pole = 90.0 * poleOnItsSide(ring);
    const GeoPoint first = r.front();
    r.push_back({first.lat, first.lon + turns});
    r.push_back({pole, first.lon + turns});
    r.push_back({pole, first.lon});
  }
  clampLatitudes(r, edge);
  return r;
}

// The edge longitudes an unwrapped ring or line spans, and the whole turns by which copies of it
// shifted back may fall on a map reaching halfWidth either side of its centre.
struct Span {
  double west, east;
  long firstTurn, lastTurn;
};
Span spanOf(const GeoRing& r, double halfWidth) {
  Span s{r.front().lon, r.front().lon, 0, 0};
  for (const GeoPoint& p : r) {
    s.west = std::min(s.west, p.lon);
    s.east = std::max(s.east, p.lon);
  }
  s.firstTurn = static_cast<long>(std::ceil((s.west - halfWidth) / 360.0));
  s.lastTurn = static_cast<long>(std::floor((s.east + halfWidth) / 360.0));
  return s;
}

// The copies of a ring shifted by whole turns that fall on the map, each clipped to it, by turn.
std::map<long, GeoRing> stripsOf(const GeoRing& ring, const MapEdge& edge) {
  std::map<long, GeoRing> out;
  if (ring.size() < 3) return out;
  const double h = edge.halfWidth;
  const Span span = spanOf(ring, h);
  const double west = span.west, east = span.east;
  for (long k = span.firstTurn; k <= span.lastTurn; ++k) {
    // A copy that only touches the map's edge (a ring ending on the cut) has nothing on the map.
    if (west - 360.0 * static_cast<double>(k) > h - kInside || east - 360.0 * static_cast<double>(k) < -h + kInside) continue;
    GeoRing shifted = ring;
    for (GeoPoint& p : shifted) p.lon -= 360.0 * static_cast<double>(k);
    const bool within = west - 360.0 * static_cast<double>(k) >= -h && east - 360.0 * static_cast<double>(k) <= h;
    GeoRing clipped = within ? std::move(shifted) : clipAt(clipAt(shifted, -h, true), h, false);
    if (clipped.size() >= 3) out.emplace(k, std::move(clipped));
  }
  return out;
}

bool atPole(const GeoPoint& p, int pole) { return pole * p.lat >= 90 - kPoleSlack; }

std::vector<GeoPolygon> cutPolar(const GeoPolygon& polygon, const MapEdge& edge) {
  GeoPolygon kept;
  std::vector<GeoRing> aroundFarPole;
  for (const GeoRing& given : polygon.rings) {
    const GeoRing ring = spreadPoles(given);
    GeoRing r = unwrap(ring, edgeLongitude(ring.front().lon, edge));
    const double turns = winding(ring, r);
    if (turns != 0) {
      const int enclosed = poleOnItsSide(ring);
      if (enclosed == edge.pole) {
        // Around the centre: the loop it looks like. Points at the pole itself are only where the
        // file closed it along the pole's line, a spike to the centre and back on this map.
        r.erase(std::remove_if(r.begin(), r.end(), [&](const GeoPoint& p) { return atPole(p, edge.pole); }), r.end());
      } else {
        clampLatitudes(r, edge);
        aroundFarPole.push_back(std::move(r));
        continue;
      }
    }
    clampLatitudes(r, edge);
    if (r.size() >= 3) kept.rings.push_back(std::move(r));
    else if (kept.rings.empty()) return {};  // no outer ring
  }
  if (aroundFarPole.empty()) return kept.rings.empty() ? std::vector<GeoPolygon>{} : std::vector<GeoPolygon>{kept};
  // Around the far pole, which is the map's rim: the ring between it and the rim.
  const double rim = edge.pole > 0 ? edge.minLat : edge.maxLat;
  GeoPolygon band;
  band.rings.push_back({{rim, 0}, {rim, 90}, {rim, 180}, {rim, 270}});
  for (GeoRing& r : aroundFarPole) band.rings.push_back(std::move(r));
  // Any other ring of the polygon was a hole in it: still a hole in the band.
  for (GeoRing& r : kept.rings) band.rings.push_back(std::move(r));
  return {band};
}

}  // namespace

int poleEnclosed(const GeoRing& given) {
  if (given.size() < 3) return 0;
  const GeoRing ring = spreadPoles(given);
  const double turns = winding(ring, unwrap(ring, 0));
  return turns == 0 || !std::isfinite(turns) ? 0 : poleOnItsSide(ring);
}

std::vector<GeoPolygon> cutPolygon(const GeoPolygon& polygon, const MapEdge& edge) {
  if (polygon.rings.empty() || polygon.rings.front().size() < 3) return {};
  if (edge.pole != 0) return cutPolar(polygon, edge);
  const GeoRing outer = spreadPoles(polygon.rings.front());
  const double start = edgeLongitude(outer.front().lon, edge);
  std::map<long, GeoPolygon> pieces;
  for (auto& [k, ring] : stripsOf(mapRing(outer, start, edge), edge)) pieces[k].rings.push_back(std::move(ring));
  for (std::size_t i = 1; i < polygon.rings.size(); ++i) {
    const GeoRing hole = spreadPoles(polygon.rings[i]);
    if (hole.size() < 3) continue;
    // In the outer ring's frame, so that each part of the hole joins the part of the outer ring it is in.
    const double holeStart = start + std::remainder(hole.front().lon - outer.front().lon, 360.0);
    for (auto& [k, ring] : stripsOf(mapRing(hole, holeStart, edge), edge)) {
      auto found = pieces.find(k);
      if (found != pieces.end()) found->second.rings.push_back(std::move(ring));
    }
  }
  std::vector<GeoPolygon> out;
  out.reserve(pieces.size());
  for (auto& [k, piece] : pieces) out.push_back(std::move(piece));
  return out;
}

std::vector<GeoRing> cutLine(const GeoRing& line, const MapEdge& edge) {
  if (line.size() < 2) return {};
  GeoRing r = unwrap(line, edgeLongitude(line.front().lon, edge));
  clampLatitudes(r, edge);
  if (edge.pole != 0) return {r};
  const double h = edge.halfWidth;
  const Span span = spanOf(r, h);
  std::vector<GeoRing> out;
  for (long k = span.firstTurn; k <= span.lastTurn; ++k) {
    const double shift = 360.0 * static_cast<double>(k);
    GeoRing run;
    const auto at = [&](const GeoPoint& a, const GeoPoint& b, double x) {
      const double t = (x - a.lon) / (b.lon - a.lon);
      return GeoPoint{a.lat + t * (b.lat - a.lat), x};
    };
    for (std::size_t i = 0; i < r.size(); ++i) {
      const GeoPoint p{r[i].lat, r[i].lon - shift};
      const bool in = p.lon >= -h && p.lon <= h;
      if (i > 0) {
        const GeoPoint q{r[i - 1].lat, r[i - 1].lon - shift};
        const bool wasIn = q.lon >= -h && q.lon <= h;
        if (wasIn && !in) {
          run.push_back(at(q, p, p.lon > h ? h : -h));
          if (run.size() >= 2) out.push_back(std::move(run));
          run.clear();
        } else if (!wasIn && in) {
          run.push_back(at(q, p, q.lon > h ? h : -h));
        } else if (!wasIn && !in && (q.lon < -h) != (p.lon < -h)) {
          // Across the whole map in one step: only on a map narrower than the line's step.
          const bool eastward = p.lon > q.lon;
          out.push_back({at(q, p, eastward ? -h : h), at(q, p, eastward ? h : -h)});
        }
      }
      if (in) run.push_back(p);
    }
    if (run.size() >= 2) out.push_back(std::move(run));
  }
  return out;
}

namespace {
// The ring's points, its edges divided into steps of at most stepDegrees, projected.
Ring projectPoints(const GeoRing& ring, bool closed, const Projection& projection, double stepDegrees) {
  const MapEdge& edge = projection.edge();
  const double limit = edge.halfWidth - kInside;
  Ring out;
  out.reserve(ring.size());
  const auto put = [&](double lat, double x) {
    if (edge.pole == 0) x = std::clamp(x, -limit, limit);
    const MapPoint m = projection.forward({std::clamp(lat, edge.minLat, edge.maxLat), edge.centreLon + x});
    if (isFinite(m) && (out.empty() || m.x != out.back().x || m.y != out.back().y)) out.push_back(m);
  };
  const std::size_t n = ring.size();
  for (std::size_t i = 0; i < n; ++i) {
    const GeoPoint& a = ring[i];
    put(a.lat, a.lon);
    if (!closed && i + 1 == n) break;
    const GeoPoint& b = ring[(i + 1) % n];
    // On a cut map an edge runs as written (along a pole's line it may be 360° long); on a polar
    // map, which is not cut, it takes the short way round, as the ring's closing edge must.
    const double dLon = edge.pole == 0 ? b.lon - a.lon : std::remainder(b.lon - a.lon, 360.0);
    const double span = std::max(std::abs(dLon), std::abs(b.lat - a.lat));
    if (!(span > stepDegrees)) continue;
    const int steps = static_cast<int>(std::min(std::ceil(span / stepDegrees), 100000.0));
    for (int s = 1; s < steps; ++s) {
      const double t = static_cast<double>(s) / steps;
      put(a.lat + t * (b.lat - a.lat), a.lon + t * dLon);
    }
  }
  while (closed && out.size() > 1 && out.front().x == out.back().x && out.front().y == out.back().y) out.pop_back();
  return out;
}
}  // namespace

Polygon projectPiece(const GeoPolygon& piece, const Projection& projection, double stepDegrees) {
  Polygon out;
  for (std::size_t i = 0; i < piece.rings.size(); ++i) {
    Ring ring = projectPoints(piece.rings[i], true, projection, stepDegrees);
    if (ring.size() < 3) {
      if (i == 0) return {};
      continue;
    }
    out.rings.push_back(std::move(ring));
  }
  return out;
}

Ring projectLinePiece(const GeoRing& piece, const Projection& projection, double stepDegrees) {
  Ring line = projectPoints(piece, false, projection, stepDegrees);
  if (line.size() < 2) line.clear();
  return line;
}

}  // namespace kg
