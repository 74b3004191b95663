#include "app/MapData.h"

#include "core/geo/Geodesy.h"
#include "core/geometry/LabelAnchor.h"
#include "core/geometry/Simplifier.h"

namespace kg {

void MapData::index() {
  regionIds_ = regionIds(boundaries);
  regionIndex_.clear();
  for (std::size_t i = 0; i < regionIds_.size(); ++i) regionIndex_.emplace(regionIds_[i], static_cast<int>(i));
  areas_.clear();
  labelShapes_.clear();
}

int MapData::regionIndex(const std::string& id) const {
  if (id.empty()) return -1;
  const auto it = regionIndex_.find(id);
  return it == regionIndex_.end() ? -1 : it->second;
}

double MapData::areaKm2(int region, const Projection& projection) const {
  auto cached = areas_.find(region);
  if (cached == areas_.end())
    cached = areas_.emplace(region, geodesicAreaKm2(boundaries.regions[region], projection)).first;
  return cached->second;
}

const LabelShape& MapData::labelShape(int region) const {
  if (labelShapes_.size() != boundaries.regions.size()) labelShapes_.assign(boundaries.regions.size(), std::nullopt);
  auto& cached = labelShapes_[region];
  if (!cached) {
    const Feature& f = boundaries.regions[region];
    LabelShape shape;
    shape.outline.bounds = f.bounds;
    const double tolerance = std::max(f.bounds.width(), f.bounds.height()) / 400;
    for (const Polygon& p : f.polygons)
      if (Polygon s = simplifyPolygon(p, tolerance); !s.rings.empty()) shape.outline.polygons.push_back(std::move(s));
    shape.anchor = shape.outline.polygons.empty() ? f.bounds.centre() : labelAnchor(shape.outline);
    if (shape.outline.polygons.empty()) shape.outline.polygons = f.polygons;
    cached = std::move(shape);
  }
  return *cached;
}

const SearchIndex& MapData::searchIndex() const {
  const std::pair<const void*, int> of{boundaries.regions.data(), catalog.revision()};
  if (!search_ || searchOf_ != of) {
    search_ = buildSearchIndex(boundaries, catalog);
    searchOf_ = of;
  }
  return *search_;
}

}  // namespace kg
