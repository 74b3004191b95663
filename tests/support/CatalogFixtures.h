#pragma once
// The bundled catalog, loaded once per test binary, and small GeoJSON point files made on the fly
// for the event and catalog tests.
#include <initializer_list>
#include <string>
#include <vector>

#include "core/events/Catalog.h"
#include "support/TestData.h"

namespace kg::test {

inline const Catalog& bundledCatalog() {
  static const Catalog c = loadCatalog(CatalogPaths::bundled(), bundled(), Projection());
  return c;
}

inline std::string assetsDir() { return std::string(KGATLAS_SOURCE_DATA_DIR) + "/assets"; }

inline std::string pointFeature(const std::string& props, double lon, double lat) {
  return R"({"type":"Feature","properties":{)" + props + R"(},"geometry":{"type":"Point","coordinates":[)" +
         std::to_string(lon) + "," + std::to_string(lat) + "]}}";
}

inline std::string featureCollection(std::initializer_list<std::string> features) {
  std::string s = R"({"type":"FeatureCollection","features":[)";
  bool first = true;
  for (const std::string& f : features) {
    s += (first ? "" : ",") + f;
    first = false;
  }
  return s + "]}";
}

// A valid event's properties but the id, in the bundled field names.
inline const std::string kGoodEventProps =
    R"("title":"T","date":"2020-10-06","date_label":"6 October 2020","kind":"protest","place":"P","radius_km":1)";

inline bool anyContains(const std::vector<std::string>& problems, const std::string& a, const std::string& b) {
  for (const std::string& p : problems)
    if (p.find(a) != std::string::npos && p.find(b) != std::string::npos) return true;
  return false;
}

// The bundled files with some of them replaced by files written into a scratch folder.
struct ScratchCatalog {
  std::string dir;
  CatalogPaths paths = CatalogPaths::bundled();
  explicit ScratchCatalog(const std::string& name) : dir(scratchDir(name)) {}
  std::string write(const std::string& file, const std::string& text) const {
    const std::string path = dir + "/" + file;
    writeFile(path, text);
    return path;
  }
};

}  // namespace kg::test
