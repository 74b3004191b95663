#pragma once
// The map's projection: from WGS84 longitude/latitude to metres on the map plane and back,
// through PROJ. Which projection suits which data is ProjectionChoice.h's business; this is the
// value every layer, the camera and the hit tests share.
//
// The default is the Albers equal-area conic on the authalic sphere centred on Kyrgyzstan.
// Kyrgyzstan spans about 4 degrees of latitude and 11 of longitude at 39-43 N. A conic with
// standard parallels at 40 and 42.5 N keeps shape distortion under about 0.3% across the country,
// and being equal-area, regions that look twice as large are twice as large, which matters when a
// class compares regions. Areas and distances shown to the user are never measured on the map
// plane: they are computed on the WGS84 ellipsoid (see Geodesy.h).
//
// Each projection also says where its map ends (MapEdge): the meridian it is cut open along, the
// latitudes it can show, or the pole an azimuthal map is centred on. Shapes are cut and closed
// along that edge before they are projected (ShapeCut.h).
//
// A Projection is a small value, cheap to copy and safe to use from any thread: PROJ's objects,
// which are not, are made for each thread on first use and kept for it.
#include <memory>
#include <string>

#include "core/geo/GeoTypes.h"
#include "core/io/Result.h"

namespace kg {

struct MapEdge {
  double centreLon = 0;     // the map's central meridian
  double halfWidth = 180;   // how far east and west of it the map reaches; 180: cut on the opposite meridian
  double minLat = -90, maxLat = 90;  // the latitudes it shows (a Mercator map stops short of the poles)
  int pole = 0;             // +1 or -1: an azimuthal map centred on the north or south pole, not cut at all
};

// What a projection is, as text that can be stored and read back.
struct ProjectionSpec {
  std::string name;        // shown to the user: "Albers equal-area conic", "WGS 84 / Antarctic Polar Stereographic"
  std::string definition;  // a PROJ string of a projection on radians, or (crs) any CRS PROJ reads
  bool crs = false;        // definition is a projected CRS: reached from WGS84 through PROJ's transformation
  MapEdge edge;
};

class Projection {
 public:
  // The Albers conic centred on Kyrgyzstan, described above.
  Projection();
  // A projection from its description; the error is PROJ's reason when it cannot make one.
  static Result<Projection> make(ProjectionSpec spec);

  // Equal-area projections on the authalic sphere, as chosen for data (ProjectionChoice.h).
  static Projection albers(double lon0, double lat1, double lat2, double lat0);
  static Projection azimuthal(double lat0, double lon0);  // Lambert azimuthal equal-area
  static Projection equalEarth(double lon0);

  // Any finite longitude is wrapped, in constant time however large. Points the map does not
  // show (beyond its edge or its latitudes) and non-finite ones give NaN for both outputs, so
  // callers can test the result with isFinite instead of trusting their input.
  MapPoint forward(GeoPoint g) const;
  // Points off the projected globe and non-finite ones give NaN for both outputs.
  GeoPoint inverse(MapPoint p) const;

  const MapEdge& edge() const;
  // The meridian opposite the centre, where a map that is cut is cut open.
  double cutLongitude() const;

  const std::string& name() const;
  const ProjectionSpec& spec() const;
  // A CRS other programs read (a GeoTIFF's): a PROJ string or WKT, for OGRSpatialReference::SetFromUserInput.
  std::string definition() const;

  bool operator==(const Projection& other) const;
  bool operator!=(const Projection& other) const { return !(*this == other); }

  static constexpr double kEarthRadius = 6371007.181;  // authalic radius of WGS84, metres

  struct Impl;

 private:
  explicit Projection(std::shared_ptr<const Impl> impl) : impl_(std::move(impl)) {}
  std::shared_ptr<const Impl> impl_;
};

}  // namespace kg
