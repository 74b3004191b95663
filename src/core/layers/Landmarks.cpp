#include "core/layers/Landmarks.h"

#include <cmath>
#include <memory>

#include "core/io/GdalSource.h"
#include "core/io/Say.h"

namespace kg {

const std::string& Landmark::name(Language language) const {
  if (language == Language::Russian && !nameRu.empty()) return nameRu;
  if (language == Language::Kyrgyz && !nameKy.empty()) return nameKy;
  return nameEn.empty() ? id : nameEn;
}

std::vector<Landmark> readLandmarks(OGRLayer& layer, const std::string& path, const Projection& projection,
                                    std::vector<std::string>& warnings) {
  std::vector<Landmark> out;
  const std::string layerName = layer.GetName();
  auto toWgs84 = transformToWgs84(crsOf(layer));
  if (!toWgs84) {
    warnings.push_back(say("{file}: layer '{layer}' left out: {why}", {{"file", path}, {"layer", layerName}, {"why", toWgs84.error()}}));
    return out;
  }
  std::size_t skipped = 0;
  std::string first;
  layer.ResetReading();
  for (std::unique_ptr<OGRFeature> f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
    Landmark landmark;
    landmark.id = fieldOf(*f, {"id"});
    landmark.nameEn = fieldOf(*f, {"name_en", "name"});
    landmark.nameRu = fieldOf(*f, {"name_ru"});
    landmark.nameKy = fieldOf(*f, {"name_ky"});
    landmark.type = fieldOf(*f, {"type"});
    landmark.population = std::atoll(fieldOf(*f, {"population"}).c_str());
    landmark.elevationM = std::atoi(fieldOf(*f, {"elevation_m"}).c_str());
    const OGRGeometry* geometry = f->GetGeometryRef();
    const auto* point = geometry && wkbFlatten(geometry->getGeometryType()) == wkbPoint ? geometry->toPoint() : nullptr;
    double x = point ? point->getX() : NAN, y = point ? point->getY() : NAN;
    if (point && *toWgs84 && !(*toWgs84)->Transform(1, &x, &y)) x = NAN;
    const bool onEarth = std::isfinite(x) && std::isfinite(y) && std::fabs(x) <= 180 && std::fabs(y) <= 90;
    if (!onEarth || landmark.nameEn.empty()) {
      if (++skipped == 1)
        first = onEarth ? say("feature {fid} has no name", {{"fid", std::to_string(f->GetFID())}})
                        : say("feature {fid} is not a point on Earth", {{"fid", std::to_string(f->GetFID())}});
      continue;
    }
    if (landmark.id.empty()) landmark.id = "landmark-" + std::to_string(f->GetFID());
    landmark.where = {y, x};
    landmark.at = projection.forward(landmark.where);
    out.push_back(std::move(landmark));
  }
  if (skipped > 0)
    warnings.push_back(say("{file}: layer '{layer}': {count} landmark(s) left out; first: {problem}",
                           {{"file", path}, {"layer", layerName}, {"count", std::to_string(skipped)}, {"problem", first}}));
  return out;
}

}  // namespace kg
