#pragma once
// Which projection suits a file's shapes, from where they are on the globe: an equal-area map
// centred on them, in the family that keeps their shapes best.
//
//   the whole world (more than 200° of longitude, not only round a pole)  Equal Earth on Greenwich
//   round a pole (Antarctica, the Arctic)                                 Lambert azimuthal on the pole
//   a continent (over 60° across, or 50° from south to north)             Lambert azimuthal on its centre
//   a country near the equator (centre within 15° of it)                  Lambert azimuthal on its centre
//   a country or smaller elsewhere                                        Albers conic, standard parallels
//                                                                         at 1/6 and 5/6 of its latitudes
//
// A projected file is shown in its own CRS instead, and a file may name the projection it is
// best seen in (see BoundaryLoader.h); this is for the rest, in longitude and latitude.
#include <cstdint>
#include <vector>

#include "core/geo/Projection.h"
#include "core/geo/ShapeCut.h"

namespace kg {

struct GeoExtent {
  bool empty = true;
  bool allLongitudes = false;  // the shapes go all round the globe
  double west = 0, east = 0;   // the narrowest span of longitudes holding them; east > 180 across the antimeridian
  double south = 0, north = 0;

  double lonSpan() const { return allLongitudes ? 360 : east - west; }
  double centreLon() const;
};

// The extent of shapes, added ring by ring (or line by line), to a tenth of a degree.
class ExtentBuilder {
 public:
  ExtentBuilder();
  void add(const GeoRing& ring, bool closed);
  GeoExtent extent() const;

 private:
  void mark(double fromLon, double toLon);
  std::vector<std::uint8_t> bins_;  // the tenths of a degree of longitude touched
  bool all_ = false;
  double south_, north_;
};

// What View > Projection offers: the projection suited to the data (above, or the file's own
// CRS or the one it names: BoundaryLoader.h), or one family centred on the data.
enum class ProjectionMode { Suited, Albers, Azimuthal, EqualEarth };

// The projection for shapes in this extent (see above); the default for none.
Projection projectionFor(const GeoExtent& extent);
// The projection of that family centred on the extent; Suited is the one above.
Projection projectionFor(const GeoExtent& extent, ProjectionMode mode);

}  // namespace kg
