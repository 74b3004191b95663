#pragma once
// The loaded data the window shows, and what is derived from it once: region areas and label
// shapes are computed the first time they are needed and kept, never per frame.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/events/Catalog.h"
#include "core/layers/BoundaryLoader.h"
#include "core/layers/Overlay.h"
#include "core/search/Search.h"

namespace kg {

// Where a region's label goes, and a lightly simplified outline to test that it fits inside:
// enough to place text, and far cheaper than the full-detail rings on large files.
struct LabelShape {
  MapPoint anchor;
  Feature outline;
};


struct MapData {
  BoundaryData boundaries;
  Catalog catalog;
  std::vector<OverlayLayer> overlays;  // files of boundaries or lines opened beside the map, drawn as outlines
  int overlayRevision = 0;             // bumped whenever `overlays` changes, for the renderer
  std::string sourceName;  // the boundary file's name, for the status bar

  // Builds what the lookups below need; call once the data is in place.
  void index();
  // See regionIds() above.
  const std::string& regionId(int region) const { return regionIds_[region]; }
  int regionIndex(const std::string& id) const;

  double areaKm2(int region, const Projection& projection) const;
  const LabelShape& labelShape(int region) const;
  // Every name to search (Ctrl+F): made when first needed, and again once the events change.
  const SearchIndex& searchIndex() const;

 private:
  std::vector<std::string> regionIds_;
  std::unordered_map<std::string, int> regionIndex_;
  mutable std::unordered_map<int, double> areas_;
  mutable std::vector<std::optional<LabelShape>> labelShapes_;
  mutable std::optional<SearchIndex> search_;
  mutable std::pair<const void*, int> searchOf_{nullptr, -1};  // the regions and catalogue revision it is of
};

}  // namespace kg
