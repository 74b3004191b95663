#include "core/geometry/Feature.h"

namespace kg {

const std::string& Feature::name(Language language) const {
  const std::string* preferred = &nameEn;
  if (language == Language::Russian) preferred = &nameRu;
  if (language == Language::Kyrgyz) preferred = &nameKy;
  if (!preferred->empty()) return *preferred;
  return nameEn.empty() ? iso : nameEn;
}

}  // namespace kg
