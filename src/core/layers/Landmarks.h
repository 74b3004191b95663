#pragma once
// Named points of the lesson geography: the capital and towns (with their population), the great
// peaks (with their height) and a reservoir with no shore in the data, read from a "landmarks"
// layer of points (the bundled GeoPackage has one; see tools/make_geodata.sh). Drawn as dots with
// labels, found by Find, never selected like regions or events.
#include <string>
#include <vector>

#include "core/geo/GeoTypes.h"
#include "core/geo/Projection.h"
#include "core/geometry/Feature.h"

class OGRLayer;

namespace kg {

struct Landmark {
  std::string id;
  std::string nameEn, nameRu, nameKy;
  std::string type;  // "capital", "town", "peak" or "reservoir"
  long long population = 0;  // towns; 0 when not known
  int elevationM = 0;        // peaks; 0 when not known
  GeoPoint where;
  MapPoint at;

  const std::string& name(Language language) const;
};

// Reads the layer's points; a feature that is not a point, has no name or has coordinates that
// are not on Earth is left out with one warning (naming `path`) for all of them.
std::vector<Landmark> readLandmarks(OGRLayer& layer, const std::string& path, const Projection& projection,
                                    std::vector<std::string>& warnings);

}  // namespace kg
