#pragma once
// Albers equal-area conic on the authalic sphere, centred on Kyrgyzstan.
//
// Why this projection: Kyrgyzstan spans about 4 degrees of latitude and 11 of longitude at
// 39-43 N. A conic with standard parallels at 40 and 42.5 N keeps shape distortion under about
// 0.3% across the country, and being equal-area, regions that look twice as large are twice as
// large, which matters when a class compares regions. Unlike Lambert conformal conic it stays
// finite over the whole globe, so the same camera can show any file loaded with --boundaries.
// Areas and distances shown to the user are never measured on this plane: they are computed on
// the WGS84 ellipsoid (see Geodesy.h).
#include <string>

#include "core/geo/GeoTypes.h"

namespace kg {

class Projection {
 public:
  // Defaults are the Kyrgyzstan parameters described above.
  explicit Projection(double lon0 = 74.5, double lat1 = 40.0, double lat2 = 42.5, double lat0 = 41.3);

  // Any finite longitude is wrapped, in constant time however large. Latitude is not checked:
  // callers validate it (isValid). A NaN or infinite coordinate gives NaN for both outputs, so
  // callers can test the result with isFinite instead of trusting their input.
  MapPoint forward(GeoPoint g) const;
  // Points beyond the projected globe clamp to its edge; a non-finite point gives NaN for both.
  GeoPoint inverse(MapPoint p) const;

  // The meridian opposite the centre, where the cone is cut open. Polygons crossing it must be
  // split there, or they would be drawn across the whole map.
  double cutLongitude() const { return lon0_ > 0 ? lon0_ - 180 : lon0_ + 180; }

  static constexpr double kEarthRadius = 6371007.181;  // authalic radius of WGS84, metres

  // The same projection as a PROJ string, for files other programs read (a GeoTIFF's CRS).
  std::string definition() const;

 private:
  double lon0_, lat1_, lat2_, lat0_;
  double n_, c_, rho0_;
};

}  // namespace kg
