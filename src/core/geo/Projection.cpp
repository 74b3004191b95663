#include "core/geo/Projection.h"

#include <proj.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <limits>
#include <vector>

#include "core/io/Say.h"
#include "core/io/TextFormats.h"

namespace kg {

struct Projection::Impl {
  ProjectionSpec spec;
  std::uint64_t id = 0;  // names this projection in each thread's PROJ objects; never reused
};

namespace {
constexpr double kDeg = M_PI / 180.0;
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
// Points on the cut meridian are projected this far inside the map, so that each lands on the
// side of the cut its shape is on (PROJ would put both sides on one).
constexpr double kInsideCut = 1e-9;
constexpr double kBeyondGlobe = 1e9;  // metres

std::uint64_t nextId() {
  static std::atomic<std::uint64_t> counter{0};
  return ++counter;
}

// Shortest round-trip text of a number (std::to_string would round to 6 decimals).
std::string number(double v) { return shortestText(v); }

// Text, not a std::string built at start-up: a Projection made by another file's globals (a
// fuzz harness's) may need it first.
constexpr const char* kSphere = " +R=6371007.181";  // Projection::kEarthRadius

// PROJ's objects for one thread: a context and the projections this thread has used, newest
// last. Made on first use and destroyed with the thread.
class ThreadProj {
 public:
  ThreadProj() = default;
  ThreadProj(const ThreadProj&) = delete;
  ThreadProj& operator=(const ThreadProj&) = delete;
  ~ThreadProj() {
    for (const Entry& e : entries_) proj_destroy(e.pj);
    if (context_) proj_context_destroy(context_);
  }

  // The PROJ object for `impl` in this thread, or null when PROJ cannot make it.
  PJ* get(const Projection::Impl& impl) {
    if (!entries_.empty() && entries_.back().id == impl.id) return entries_.back().pj;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      if (entries_[i].id != impl.id) continue;
      std::rotate(entries_.begin() + static_cast<long>(i), entries_.begin() + static_cast<long>(i) + 1, entries_.end());
      return entries_.back().pj;
    }
    PJ* pj = create(impl.spec);
    if (!pj) return nullptr;
    if (entries_.size() >= kKept) {
      proj_destroy(entries_.front().pj);
      entries_.erase(entries_.begin());
    }
    entries_.push_back({impl.id, pj});
    return pj;
  }

  PJ_CONTEXT* context() {
    if (!context_) {
      context_ = proj_context_create();
      proj_log_level(context_, PJ_LOG_NONE);
    }
    return context_;
  }

  // A PROJ object for the spec, or null; `why` (when given) hears PROJ's reason.
  PJ* create(const ProjectionSpec& spec, std::string* why = nullptr) {
    PJ_CONTEXT* ctx = context();
    const auto failed = [&](PJ* made) {
      if (why) *why = proj_context_errno_string(ctx, proj_context_errno(ctx));
      if (made) proj_destroy(made);
      return nullptr;
    };
    if (!spec.crs) {
      PJ* pj = proj_create(ctx, spec.definition.c_str());
      if (!pj || !proj_angular_input(pj, PJ_FWD)) return failed(pj);
      return pj;
    }
    PJ* wgs84 = proj_create(ctx, "EPSG:4326");
    PJ* target = proj_create(ctx, spec.definition.c_str());
    if (!wgs84 || !target) {
      if (wgs84) proj_destroy(wgs84);
      return failed(target);
    }
    PJ* operation = proj_create_crs_to_crs_from_pj(ctx, wgs84, target, nullptr, nullptr);
    proj_destroy(wgs84);
    proj_destroy(target);
    if (!operation) return failed(nullptr);
    PJ* normalised = proj_normalize_for_visualization(ctx, operation);  // longitude first, x east
    proj_destroy(operation);
    if (!normalised) return failed(nullptr);
    return normalised;
  }

 private:
  static constexpr std::size_t kKept = 8;
  struct Entry {
    std::uint64_t id;
    PJ* pj;
  };
  PJ_CONTEXT* context_ = nullptr;
  std::vector<Entry> entries_;
};

thread_local ThreadProj threadProj;

std::shared_ptr<const Projection::Impl> makeImpl(ProjectionSpec spec) {
  auto impl = std::make_shared<Projection::Impl>();
  impl->spec = std::move(spec);
  impl->id = nextId();
  return impl;
}

ProjectionSpec albersSpec(double lon0, double lat1, double lat2, double lat0) {
  ProjectionSpec spec;
  spec.name = say("Albers equal-area conic");
  spec.definition = "+proj=aea +lat_0=" + number(lat0) + " +lon_0=" + number(lon0) + " +lat_1=" + number(lat1) +
                    " +lat_2=" + number(lat2) + " +x_0=0 +y_0=0" + kSphere + " +units=m +no_defs";
  spec.edge.centreLon = lon0;
  return spec;
}

bool sameEdge(const MapEdge& a, const MapEdge& b) {
  return a.centreLon == b.centreLon && a.halfWidth == b.halfWidth && a.minLat == b.minLat && a.maxLat == b.maxLat &&
         a.pole == b.pole;
}
}  // namespace

Projection::Projection() {
  static const std::shared_ptr<const Impl> kyrgyzstan = makeImpl(albersSpec(74.5, 40.0, 42.5, 41.3));
  impl_ = kyrgyzstan;
}

Result<Projection> Projection::make(ProjectionSpec spec) {
  const MapEdge& e = spec.edge;
  const bool edgeFits = std::isfinite(e.centreLon) && std::abs(e.centreLon) <= 360 && e.halfWidth > 0 &&
                        e.halfWidth <= 180 && e.minLat >= -90 && e.maxLat <= 90 && e.minLat < e.maxLat &&
                        (e.pole == 0 || e.pole == 1 || e.pole == -1);
  if (!edgeFits) return Error{say("the projection {name} has an edge no map has", {{"name", spec.name}})};
  std::string why;
  PJ* pj = threadProj.create(spec, &why);
  if (!pj) return Error{say("PROJ cannot make the projection {name} ({why})", {{"name", spec.name}, {"why", why}})};
  proj_destroy(pj);
  return Projection(makeImpl(std::move(spec)));
}

Projection Projection::albers(double lon0, double lat1, double lat2, double lat0) {
  return Projection(makeImpl(albersSpec(lon0, lat1, lat2, lat0)));
}

Projection Projection::azimuthal(double lat0, double lon0) {
  ProjectionSpec spec;
  spec.name = say("Lambert azimuthal equal-area");
  spec.definition = "+proj=laea +lat_0=" + number(lat0) + " +lon_0=" + number(lon0) + " +x_0=0 +y_0=0" + kSphere +
                    " +units=m +no_defs";
  spec.edge.centreLon = lon0;
  if (std::abs(lat0) >= 90 - 1e-9) {
    // Centred on a pole: not cut; the opposite pole is the whole rim, so the map stops short of it.
    spec.edge.pole = lat0 > 0 ? 1 : -1;
    if (lat0 > 0) spec.edge.minLat = -85;
    else spec.edge.maxLat = 85;
  }
  return Projection(makeImpl(std::move(spec)));
}

Projection Projection::equalEarth(double lon0) {
  ProjectionSpec spec;
  spec.name = say("Equal Earth");
  spec.definition = "+proj=eqearth +lon_0=" + number(lon0) + " +x_0=0 +y_0=0" + kSphere + " +units=m +no_defs";
  spec.edge.centreLon = lon0;
  return Projection(makeImpl(std::move(spec)));
}

MapPoint Projection::forward(GeoPoint g) const {
  if (!std::isfinite(g.lat) || !std::isfinite(g.lon)) return {kNaN, kNaN};
  const MapEdge& edge = impl_->spec.edge;
  if (g.lat < edge.minLat || g.lat > edge.maxLat) return {kNaN, kNaN};
  // Longitude from the central meridian, wrapped in one step: remainder is exact at any size.
  double offset = std::remainder(g.lon - edge.centreLon, 360.0);
  if (edge.pole == 0) {
    if (std::abs(offset) > edge.halfWidth) return {kNaN, kNaN};
    offset = std::clamp(offset, -180 + kInsideCut, 180 - kInsideCut);
  }
  PJ* pj = threadProj.get(*impl_);
  if (!pj) return {kNaN, kNaN};
  const double lon = edge.centreLon + offset;
  const PJ_COORD in = impl_->spec.crs ? proj_coord(lon, g.lat, 0, 0) : proj_coord(lon * kDeg, g.lat * kDeg, 0, 0);
  const PJ_COORD out = proj_trans(pj, PJ_FWD, in);
  if (!std::isfinite(out.xy.x) || !std::isfinite(out.xy.y) || out.xy.x == HUGE_VAL) {
    proj_errno_reset(pj);
    return {kNaN, kNaN};
  }
  return {out.xy.x, out.xy.y};
}

GeoPoint Projection::inverse(MapPoint p) const {
  // Far beyond any globe; and PROJ 9.1 never returns from some inverses (EPSG:3857 at 1e17 m).
  if (!isFinite(p) || std::abs(p.x) > kBeyondGlobe || std::abs(p.y) > kBeyondGlobe) return {kNaN, kNaN};
  PJ* pj = threadProj.get(*impl_);
  if (!pj) return {kNaN, kNaN};
  const PJ_COORD out = proj_trans(pj, PJ_INV, proj_coord(p.x, p.y, 0, 0));
  if (!std::isfinite(out.lp.lam) || !std::isfinite(out.lp.phi) || out.lp.lam == HUGE_VAL) {
    proj_errno_reset(pj);
    return {kNaN, kNaN};
  }
  const double scale = impl_->spec.crs ? 1.0 : 1 / kDeg;
  const GeoPoint g{out.lp.phi * scale, std::remainder(out.lp.lam * scale, 360.0)};
  if (!isValid(g)) return {kNaN, kNaN};
  // Some inverses answer for points off the globe too: only a point that comes back is on it.
  const MapPoint again = forward(g);
  const double tolerance = 1.0 + 1e-7 * std::max(std::abs(p.x), std::abs(p.y));
  if (!isFinite(again) || std::abs(again.x - p.x) > tolerance || std::abs(again.y - p.y) > tolerance)
    return {kNaN, kNaN};
  return g;
}

const MapEdge& Projection::edge() const { return impl_->spec.edge; }

double Projection::cutLongitude() const {
  const double lon0 = impl_->spec.edge.centreLon;
  return lon0 > 0 ? lon0 - 180 : lon0 + 180;
}

const std::string& Projection::name() const { return impl_->spec.name; }
const ProjectionSpec& Projection::spec() const { return impl_->spec; }
std::string Projection::definition() const { return impl_->spec.definition; }

bool Projection::operator==(const Projection& other) const {
  if (impl_ == other.impl_) return true;
  const ProjectionSpec &a = impl_->spec, &b = other.impl_->spec;
  return a.definition == b.definition && a.crs == b.crs && sameEdge(a.edge, b.edge);
}

}  // namespace kg
