#include "core/geometry/Feature.h"

#include <cctype>

namespace kg {

const std::string& Feature::name(Language language) const {
  const std::string* preferred = &nameEn;
  if (language == Language::Russian) preferred = &nameRu;
  if (language == Language::Kyrgyz) preferred = &nameKy;
  if (!preferred->empty()) return *preferred;
  return nameEn.empty() ? iso : nameEn;
}

std::string featureId(const Feature& feature) {
  if (!feature.iso.empty()) return feature.iso;
  std::string id;
  for (const char c : feature.nameEn) {
    if (std::isalnum(static_cast<unsigned char>(c))) id.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    else if (!id.empty() && id.back() != '-') id.push_back('-');
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  return id;
}

}  // namespace kg
