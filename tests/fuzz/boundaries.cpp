// The boundary loader (core/layers/BoundaryLoader) on any bytes, as GDAL would read them from a
// file of that kind: GeoPackage, FlatGeobuf, KML/GML, GeoJSON, CSV (FuzzSupport.h picks the name),
// read as polygons and as lines (the overlays' reader).
#include "core/layers/BoundaryLoader.h"
#include "fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  kg::fuzz::quietGdal();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kg::Projection projection;
  const auto input = kg::fuzz::bytes(data, size);
  const kg::fuzz::MemFile file(std::string("/vsimem/fuzz/boundaries") + kg::fuzz::extensionFor(input), input);
  const auto loaded = kg::loadBoundaries(file.path(), projection);
  if (loaded) {
    (void)loaded->regionBounds();
    (void)loaded->findRegion("KG-C");
  }
  const auto lines = kg::loadLines(file.path(), projection);
  if (lines) (void)lines->bounds.width();
  return 0;
}
