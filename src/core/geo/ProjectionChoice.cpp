#include "core/geo/ProjectionChoice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace kg {
namespace {
constexpr int kBinsPerDegree = 10;
constexpr int kBins = 360 * kBinsPerDegree;

int binOf(double lon) {
  const double from = std::remainder(lon, 360.0) + 180;  // 0..360
  return std::clamp(static_cast<int>(std::floor(from * kBinsPerDegree)), 0, kBins - 1);
}

// Rounded to a tenth of a degree, so that the projection's definition reads cleanly.
double tenth(double degrees) { return std::round(degrees * 10) / 10; }
}  // namespace

double GeoExtent::centreLon() const { return allLongitudes ? 0 : std::remainder((west + east) / 2, 360.0); }

ExtentBuilder::ExtentBuilder()
    : bins_(kBins, 0), south_(std::numeric_limits<double>::infinity()), north_(-std::numeric_limits<double>::infinity()) {}

void ExtentBuilder::mark(double fromLon, double toLon) {
  // The short way from one to the other, a bin at a time.
  const double step = std::remainder(toLon - fromLon, 360.0);
  const int count = static_cast<int>(std::ceil(std::abs(step) * kBinsPerDegree));
  for (int i = 0; i <= count; ++i) {
    const double t = count == 0 ? 0 : static_cast<double>(i) / count;
    bins_[static_cast<std::size_t>(binOf(fromLon + t * step))] = 1;
  }
}

void ExtentBuilder::add(const GeoRing& ring, bool closed) {
  if (ring.empty()) return;
  for (std::size_t i = 0; i < ring.size(); ++i) {
    const GeoPoint& p = ring[i];
    if (!std::isfinite(p.lat) || !std::isfinite(p.lon)) continue;
    south_ = std::min(south_, p.lat);
    north_ = std::max(north_, p.lat);
    const GeoPoint& next = ring[(i + 1) % ring.size()];
    if (i + 1 == ring.size() && !closed) {
      mark(p.lon, p.lon);
      break;
    }
    mark(p.lon, next.lon);
  }
  // Round the globe: it encloses a pole, as the map's cut closes it (ShapeCut.h), and every longitude.
  if (const int pole = closed ? poleEnclosed(ring) : 0; pole != 0) {
    all_ = true;
    if (pole < 0) south_ = -90;
    else north_ = 90;
  }
}

GeoExtent ExtentBuilder::extent() const {
  GeoExtent e;
  if (!(south_ <= north_)) return e;
  e.empty = false;
  e.south = south_;
  e.north = north_;
  // The longest run of untouched bins, going round: the data's longitudes are the rest.
  int bestStart = -1, bestLength = 0;
  for (int start = 0; start < kBins && !all_; ++start) {
    if (bins_[static_cast<std::size_t>(start)] || !bins_[static_cast<std::size_t>((start + kBins - 1) % kBins)]) continue;
    int length = 0;
    while (length < kBins && !bins_[static_cast<std::size_t>((start + length) % kBins)]) ++length;
    if (length > bestLength) {
      bestLength = length;
      bestStart = start;
    }
  }
  if (all_ || bestLength < kBinsPerDegree) {
    e.allLongitudes = true;
    e.west = -180;
    e.east = 180;
    return e;
  }
  const int first = (bestStart + bestLength) % kBins;  // the first bin touched after the gap
  e.west = static_cast<double>(first) / kBinsPerDegree - 180;
  e.east = e.west + static_cast<double>(kBins - bestLength) / kBinsPerDegree;
  return e;
}

Projection projectionFor(const GeoExtent& e) {
  if (e.empty) return Projection();
  const double lon0 = tenth(e.centreLon());
  const double height = e.north - e.south;
  if (e.north <= -45 && e.south < -75) return Projection::azimuthal(-90, lon0);
  if (e.south >= 45 && e.north > 75) return Projection::azimuthal(90, lon0);
  if (e.lonSpan() > 200) return Projection::equalEarth(0);  // the world as atlases show it
  const double lat0 = tenth((e.south + e.north) / 2);
  if (e.lonSpan() * std::cos(lat0 * M_PI / 180) > 60 || height > 50 || std::abs(lat0) < 15)
    return Projection::azimuthal(lat0, lon0);
  return Projection::albers(lon0, tenth(e.south + height / 6), tenth(e.north - height / 6), lat0);
}

Projection projectionFor(const GeoExtent& e, ProjectionMode mode) {
  if (mode == ProjectionMode::Suited || e.empty) return projectionFor(e);
  const double lon0 = tenth(e.centreLon());
  const double height = e.north - e.south;
  const double lat0 = tenth((e.south + e.north) / 2);
  switch (mode) {
    case ProjectionMode::EqualEarth:
      return Projection::equalEarth(e.lonSpan() > 200 ? 0 : lon0);
    case ProjectionMode::Azimuthal:
      if (e.north <= -45 && e.south < -75) return Projection::azimuthal(-90, lon0);
      if (e.south >= 45 && e.north > 75) return Projection::azimuthal(90, lon0);
      return Projection::azimuthal(lat0, e.lonSpan() > 200 ? 0 : lon0);
    case ProjectionMode::Albers: {
      // Parallels either side of the equator would make no cone: keep both on the side of the centre.
      double lat1 = tenth(e.south + height / 6), lat2 = tenth(e.north - height / 6);
      if (lat1 * lat2 <= 0) {
        const double side = lat0 < 0 ? -1 : 1;
        lat1 = side * std::max(5.0, std::abs(lat0) / 2);
        lat2 = side * std::max(10.0, std::abs(lat0) + 5);
      }
      return Projection::albers(e.lonSpan() > 200 ? 0 : lon0, lat1, lat2, lat0);
    }
    case ProjectionMode::Suited:
      break;
  }
  return projectionFor(e);
}

}  // namespace kg
