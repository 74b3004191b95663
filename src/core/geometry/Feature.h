#pragma once
// One boundary feature (a region or a neighbouring country), already projected to map metres.
#include <string>
#include <vector>

#include "core/geo/GeoTypes.h"

namespace kg {

enum class Language { English, Russian, Kyrgyz };

struct Feature {
  std::string iso;  // ISO 3166-2 code for regions, ISO 3166-1 alpha-2 for countries
  std::string nameEn, nameRu, nameKy;
  std::string type;
  std::vector<Polygon> polygons;
  Bounds bounds;
  std::size_t vertexCount = 0;

  // The name in the language asked for, falling back to English (then the code) when missing.
  const std::string& name(Language language) const;
};

// A feature's id as Find and lessons name it: its code, or else its English name made an id
// ("Issyk-Kul" -> "issyk-kul").
std::string featureId(const Feature& feature);

}  // namespace kg
