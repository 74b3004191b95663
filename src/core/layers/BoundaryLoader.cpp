#include "core/layers/BoundaryLoader.h"

#include <cmath>
#include <memory>
#include <unordered_map>

#include "core/io/GdalSource.h"
#include "core/layers/CoordinateCheck.h"

namespace kg {
namespace {

bool hasPolygonType(OGRLayer& layer) {
  const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
  if (type == wkbPolygon || type == wkbMultiPolygon || type == wkbCurvePolygon || type == wkbMultiSurface)
    return true;
  if (type != wkbUnknown) return false;
  // Formats such as GeoJSON and KML report "unknown": look at the features themselves.
  layer.ResetReading();
  for (int i = 0; i < 50; ++i) {
    std::unique_ptr<OGRFeature> f(layer.GetNextFeature());
    if (!f) break;
    if (const OGRGeometry* g = f->GetGeometryRef()) {
      const auto t = wkbFlatten(g->getGeometryType());
      if (t == wkbPolygon || t == wkbMultiPolygon || t == wkbCurvePolygon || t == wkbMultiSurface) {
        layer.ResetReading();
        return true;
      }
    }
  }
  layer.ResetReading();
  return false;
}

bool isLineType(OGRwkbGeometryType t) {
  return t == wkbLineString || t == wkbMultiLineString || t == wkbCircularString || t == wkbCompoundCurve ||
         t == wkbMultiCurve;
}

// As hasPolygonType, for lines (rivers, roads, routes).
bool hasLineType(OGRLayer& layer) {
  const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
  if (type != wkbUnknown) return isLineType(type);
  layer.ResetReading();
  bool found = false;
  for (int i = 0; i < 50 && !found; ++i) {
    std::unique_ptr<OGRFeature> f(layer.GetNextFeature());
    if (!f) break;
    if (const OGRGeometry* g = f->GetGeometryRef()) found = isLineType(wkbFlatten(g->getGeometryType()));
  }
  layer.ResetReading();
  return found;
}

// While it lives, GDAL's errors are only recorded, not passed to GdalErrorCapture: a vertex PROJ
// cannot reproject costs one feature, it does not make the file "damaged" (see loadBoundaries).
class QuietGdalErrors {
 public:
  QuietGdalErrors() {
    CPLPushErrorHandler(CPLQuietErrorHandler);
    CPLErrorReset();
  }
  ~QuietGdalErrors() { CPLPopErrorHandler(); }
  QuietGdalErrors(const QuietGdalErrors&) = delete;
  QuietGdalErrors& operator=(const QuietGdalErrors&) = delete;
  std::string last() const { return CPLGetLastErrorMsg(); }
};

// Features skipped as a whole, reported as one line like GDAL does: the count and the first.
struct Skipped {
  std::size_t count = 0;
  std::string first;

  void add(const std::string& label, const std::string& why) {
    if (count++ == 0) first = label + ": " + why;
  }
  std::string summary() const {
    return count == 1 ? first + "; the feature was skipped"
                      : std::to_string(count) + " features skipped; first: " + first;
  }
};

struct LayerReader {
  const std::string& path;
  const Projection& projection;
  std::vector<std::string>& warnings;
  Progress* progress = nullptr;
  bool lines = false;  // read the layer's lines, each an open polyline in a polygon of its own

  // Appends the layer's polygon (or line) features to `out`. Returns an error message, or "" on success.
  std::string read(OGRLayer& layer, std::vector<Feature>& out) {
    const char* kept = lines ? "lines" : "polygons";
    const std::string layerName = layer.GetName();
    const OGRSpatialReference* crs = layer.GetSpatialRef();
    if (!crs)
      warnings.push_back(path + ": layer '" + layerName +
                         "' has no coordinate reference system; assuming WGS84 longitude/latitude");
    auto toWgs84 = transformToWgs84(crs);
    if (!toWgs84) return path + ": layer '" + layerName + "': " + toWgs84.error();
    const Transform transform = std::move(*toWgs84);
    const CoordinateCheck inOwnCrs(crs);

    std::size_t points = 0, others = 0, empty = 0, invalid = 0;
    std::string firstInvalid, firstLeftOut;  // the first feature with invalid parts, and the first not a polygon
    Skipped skipped;
    layer.ResetReading();
    const GIntBig total = progress ? layer.GetFeatureCount(FALSE) : -1;  // -1: the driver cannot tell cheaply
    GIntBig done = 0;
    for (std::unique_ptr<OGRFeature> f(layer.GetNextFeature()); f; f.reset(layer.GetNextFeature())) {
      if (progress && ++done % 64 == 0) {
        if (progress->cancelled()) return path + ": loading cancelled";
        if (total > 0) progress->setFraction(static_cast<double>(done) / static_cast<double>(total));
      }
      OGRGeometry* geometry = f->GetGeometryRef();
      Feature feature;
      feature.iso = fieldOf(*f, {"iso", "iso_3166_2", "ISO", "ISO_3166_2", "iso_code", "shapeISO"});
      feature.nameEn = fieldOf(*f, {"name_en", "NAME_EN", "name", "NAME", "Name", "NAME_1", "shapeName"});
      feature.nameRu = fieldOf(*f, {"name_ru", "NAME_RU"});
      feature.nameKy = fieldOf(*f, {"name_ky", "NAME_KY"});
      feature.type = fieldOf(*f, {"type", "type_en", "TYPE_1"});
      const std::string& shownAs = feature.iso.empty() ? feature.nameEn : feature.iso;
      const std::string label =
          "feature " + std::to_string(f->GetFID()) + (shownAs.empty() ? std::string() : " (" + shownAs + ")");
      auto leaveOut = [&](std::size_t& count, const char* what) {
        ++count;
        if (firstLeftOut.empty()) firstLeftOut = label + ", " + what;
      };
      if (!geometry || geometry->IsEmpty()) {
        leaveOut(empty, "without geometry");
        continue;
      }
      const auto type = wkbFlatten(geometry->getGeometryType());
      if (type == wkbPoint || type == wkbMultiPoint) { leaveOut(points, "a point"); continue; }
      if (!lines && isLineType(type)) { leaveOut(others, "a line"); continue; }
      if (lines && !isLineType(type)) { leaveOut(others, "a polygon"); continue; }
      // Every vertex is checked before PROJ, GEOS or the projection sees it (CoordinateCheck.h).
      if (CoordinateProblem bad = inOwnCrs.check(*geometry)) {
        if (!crs && bad.kind == CoordinateProblem::OutOfRange)
          return path + ": coordinates are not longitude/latitude degrees (" + label + ": " + bad.text +
                 "); the file names no CRS, so give it one (for a Shapefile, its .prj)";
        skipped.add(label, bad.text);
        continue;
      }
      std::unique_ptr<OGRGeometry> linear;
      if (geometry->hasCurveGeometry()) {
        linear.reset(geometry->getLinearGeometry());
        geometry = linear.get();
      }
      if (transform) {
        const QuietGdalErrors quiet;
        if (geometry->transform(transform.get()) != OGRERR_NONE) {
          const std::string why = quiet.last();
          skipped.add(label, "could not be reprojected to WGS84" + (why.empty() ? std::string() : " (" + why + ")"));
          continue;
        }
        if (CoordinateProblem bad = CoordinateCheck::checkWgs84(*geometry)) {
          skipped.add(label, bad.text);
          continue;
        }
      }
      std::unique_ptr<OGRGeometry> split = splitAtCut(*geometry);
      if (split) geometry = split.get();
      std::string problem;
      if (lines) addLines(*geometry, feature, problem);
      else addPolygons(*geometry, feature, problem);
      if (!problem.empty()) {
        ++invalid;
        if (firstInvalid.empty()) firstInvalid = label + ": " + problem;
      }
      if (feature.polygons.empty()) continue;
      out.push_back(std::move(feature));
    }
    if (invalid > 0)
      warnings.push_back(path + ": " + std::to_string(invalid) + " feature(s) with invalid geometry, " +
                         "bad parts skipped; first: " + firstInvalid);
    if (out.empty() && skipped.count > 0)
      return path + ": layer '" + layerName + "' has no usable " + kept + ": " +
             (skipped.count == 1 ? skipped.first : skipped.summary());
    if (skipped.count > 0) warnings.push_back(path + ": " + skipped.summary());
    std::string found;  // "2 point feature(s), 1 feature(s) without geometry"
    auto tally = [&](std::size_t n, const char* what) {
      if (n) found += (found.empty() ? "" : ", ") + std::to_string(n) + what;
    };
    tally(points, " point feature(s)");
    tally(others, lines ? " polygon feature(s)" : " line feature(s)");
    tally(empty, " feature(s) without geometry");
    if (out.empty())
      return path + ": layer '" + layerName + "' has no " + kept +
             (found.empty() ? std::string(" (it has no features)") : " (found " + found + ")");
    // A region missing from the map should not go unexplained.
    if (!found.empty())
      warnings.push_back(path + ": layer '" + layerName + "': " + found + " left out, since " +
                         (lines ? "this layer is drawn as lines" : "regions are polygons") + "; first: " + firstLeftOut);
    return {};
  }

  // Cuts a longitude/latitude geometry along the projection's cut meridian, or returns null
  // when it does not cross it (the usual case: no GEOS work at all).
  std::unique_ptr<OGRGeometry> splitAtCut(const OGRGeometry& geometry) const {
    OGREnvelope envelope;
    geometry.getEnvelope(&envelope);
    const double cut = projection.cutLongitude();
    constexpr double gap = 1e-7;
    if (!(envelope.MinX < cut && envelope.MaxX > cut)) return nullptr;
    auto box = [](double west, double east) {
      OGRLinearRing ring;
      ring.addPoint(west, -90);
      ring.addPoint(east, -90);
      ring.addPoint(east, 90);
      ring.addPoint(west, 90);
      ring.closeRings();
      OGRPolygon polygon;
      polygon.addRing(&ring);
      return polygon;
    };
    const OGRPolygon west = box(-180, cut - gap), east = box(cut + gap, 180);
    std::unique_ptr<OGRGeometry> a(geometry.Intersection(&west));
    std::unique_ptr<OGRGeometry> b(geometry.Intersection(&east));
    if (!a || !b) return nullptr;
    auto out = std::make_unique<OGRGeometryCollection>();
    for (OGRGeometry* part : {a.get(), b.get()}) {
      const auto t = wkbFlatten(part->getGeometryType());
      const auto kept = [](OGRwkbGeometryType type) { return type == wkbPolygon || type == wkbLineString; };
      if (kept(t)) out->addGeometry(part);
      else if (t == wkbMultiPolygon || t == wkbMultiLineString || t == wkbGeometryCollection)
        for (const OGRGeometry* g : *part->toGeometryCollection())
          if (kept(wkbFlatten(g->getGeometryType()))) out->addGeometry(g);
    }
    return out;
  }

  void addPolygons(const OGRGeometry& geometry, Feature& feature, std::string& problem) {
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbPolygon) {
      addPolygon(*geometry.toPolygon(), feature, problem);
    } else if (type == wkbMultiPolygon || type == wkbGeometryCollection) {
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) addPolygons(*part, feature, problem);
    } else {
      if (problem.empty()) problem = std::string("unsupported geometry type ") + geometry.getGeometryName();
    }
  }

  // Each line an open polyline (a ring whose first point is not repeated), in a polygon of its own.
  void addLines(const OGRGeometry& geometry, Feature& feature, std::string& problem) {
    const auto type = wkbFlatten(geometry.getGeometryType());
    if (type == wkbLineString) {
      const OGRLineString& line = *geometry.toLineString();
      Ring projected;
      const int n = line.getNumPoints();
      projected.reserve(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) projected.push_back(projection.forward({line.getY(i), line.getX(i)}));
      if (projected.size() < 2) {
        if (problem.empty()) problem = "a line with fewer than 2 points";
        return;
      }
      for (const MapPoint& p : projected) feature.bounds.add(p);
      feature.vertexCount += projected.size();
      feature.polygons.push_back(Polygon{{std::move(projected)}});
    } else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) addLines(*part, feature, problem);
    } else {
      if (problem.empty()) problem = std::string("unsupported geometry type ") + geometry.getGeometryName();
    }
  }

  // The coordinates are longitude/latitude within range here: read() checked them.
  void addPolygon(const OGRPolygon& polygon, Feature& feature, std::string& problem) {
    Polygon out;
    bool first = true;
    for (const OGRLinearRing* ring : polygon) {
      Ring projected;
      const int n = ring->getNumPoints();
      projected.reserve(n);
      for (int i = 0; i < n; ++i) projected.push_back(projection.forward({ring->getY(i), ring->getX(i)}));
      if (projected.size() > 1 && projected.front().x == projected.back().x && projected.front().y == projected.back().y)
        projected.pop_back();
      if (projected.size() < 3) {
        if (problem.empty()) problem = "a ring with fewer than 3 points";
        if (first) return;  // no outer ring: drop the whole polygon
        continue;
      }
      first = false;
      out.rings.push_back(std::move(projected));
    }
    if (out.rings.empty()) return;
    for (const MapPoint& p : out.rings.front()) feature.bounds.add(p);
    for (const Ring& r : out.rings) feature.vertexCount += r.size();
    feature.polygons.push_back(std::move(out));
  }
};

// One warning for each region code that several features share: the code then names none of
// them, and the warning says which ids do (see regionIds).
void warnSharedCodes(BoundaryData& data) {
  std::unordered_map<std::string, std::vector<std::size_t>> byCode;
  std::vector<std::string> codes;  // in file order
  for (std::size_t i = 0; i < data.regions.size(); ++i) {
    const std::string& iso = data.regions[i].iso;
    if (iso.empty()) continue;
    auto& features = byCode[iso];
    if (features.size() == 1) codes.push_back(iso);
    features.push_back(i);
  }
  if (codes.empty()) return;
  const std::vector<std::string> ids = regionIds(data);
  for (const std::string& code : codes) {
    const auto& features = byCode[code];
    std::string which;
    for (std::size_t i = 0; i < features.size() && i < 5; ++i) {
      const Feature& f = data.regions[features[i]];
      which += (i ? ", " : "") + ids[features[i]] + (f.nameEn.empty() ? "" : " (" + f.nameEn + ")");
    }
    if (features.size() > 5) which += ", …";
    data.warnings.push_back(data.path + ": " + std::to_string(features.size()) + " features have the region code '" +
                            code + "', so it names none of them; they are " + which);
  }
}

}  // namespace

std::vector<std::string> regionIds(const BoundaryData& boundaries) {
  const auto& regions = boundaries.regions;
  std::unordered_map<std::string, int> isoCount;
  for (const Feature& f : regions) ++isoCount[f.iso];
  std::vector<std::string> ids;
  ids.reserve(regions.size());
  for (std::size_t i = 0; i < regions.size(); ++i) {
    const std::string& iso = regions[i].iso;
    ids.push_back(!iso.empty() && isoCount[iso] == 1 ? iso : "feature-" + std::to_string(i));
  }
  return ids;
}

Bounds BoundaryData::regionBounds() const {
  Bounds b;
  for (const Feature& f : regions) b.add(f.bounds);
  return b;
}

int BoundaryData::findRegion(const std::string& iso) const {
  for (std::size_t i = 0; i < regions.size(); ++i)
    if (regions[i].iso == iso) return static_cast<int>(i);
  return -1;
}

namespace {
// The lesson geography beside the regions (see BoundaryLoader.h).
void readGeography(GDALDataset& dataset, LayerReader& reader, BoundaryData& data) {
  if (OGRLayer* water = dataset.GetLayerByName("water")) {
    if (std::string problem = reader.read(*water, data.water); !problem.empty()) data.warnings.push_back(problem);
  }
  if (OGRLayer* rivers = dataset.GetLayerByName("rivers")) {
    LayerReader lines = reader;
    lines.lines = true;
    if (std::string problem = lines.read(*rivers, data.rivers); !problem.empty()) data.warnings.push_back(problem);
  }
  if (OGRLayer* landmarks = dataset.GetLayerByName("landmarks"))
    data.landmarks = readLandmarks(*landmarks, reader.path, reader.projection, data.warnings);
}

}  // namespace

Result<BoundaryData> loadBoundaries(const std::string& source, const Projection& projection, Progress* progress) {
  GdalErrorCapture errors;  // lives through the reading too: a truncated file fails there
  auto opened = openVectorFile(source, errors);
  if (!opened) return Error{opened.error()};
  Dataset dataset = std::move(*opened);

  const std::string path = sourceLabel(source);  // names the source in every message
  BoundaryData data;
  data.path = source;
  // What GDAL reported while opening a file it then opened is no damage: a CRS that PROJ does not
  // know, say (GDAL then uses its format's default). Only errors while reading are.
  const std::size_t openingErrors = errors.errors().size();
  for (std::size_t i = 0; i < openingErrors; ++i)
    data.warnings.push_back(path + ": opened despite a problem GDAL reported (" + errors.errors()[i] + ")");
  LayerReader reader{path, projection, data.warnings, progress};
  const bool named = !splitSource(source).layer.empty();
  OGRLayer* regions = named ? nullptr : dataset->GetLayerByName("regions");
  OGRLayer* countries = named ? nullptr : dataset->GetLayerByName("countries");
  if (!regions && !named) {
    for (OGRLayer* layer : dataset->GetLayers())
      if (layer != countries && hasPolygonType(*layer)) { regions = layer; break; }
  }
  auto chosen = chooseLayer(*dataset, source, errors, regions);
  if (!chosen) return Error{chosen.error()};
  regions = *chosen;
  if (std::string problem = reader.read(*regions, data.regions); !problem.empty()) return Error{problem};
  warnSharedCodes(data);
  if (countries) {
    if (std::string problem = reader.read(*countries, data.context); !problem.empty())
      data.warnings.push_back(problem);
  }
  if (!named) readGeography(*dataset, reader, data);
  if (errors.errors().size() > openingErrors)
    return Error{path + (isConnectionString(source) ? ": reading stopped (" : ": the file is damaged or truncated (") +
                 hidePassword(errors.errors()[openingErrors], source) + ")"};
  for (const Feature& f : data.regions) data.vertexCount += f.vertexCount;
  for (const Feature& f : data.context) data.vertexCount += f.vertexCount;
  return data;
}

// The layer File > Open looks at: the one named, else the usual boundaries layer, else the first.
namespace {
Result<OGRLayer*> usualLayer(GDALDataset& dataset, const std::string& source, const GdalErrorCapture& errors) {
  const bool named = !splitSource(source).layer.empty();
  OGRLayer* usual = named ? nullptr : dataset.GetLayerByName("regions");
  if (!usual && !named)
    for (OGRLayer* layer : dataset.GetLayers())
      if (hasPolygonType(*layer)) {
        usual = layer;
        break;
      }
  return chooseLayer(dataset, source, errors, usual);
}
}  // namespace

Result<LayerShapes> shapesIn(const std::string& source) {
  GdalErrorCapture errors;
  auto opened = openVectorFile(source, errors);
  if (!opened) return Error{opened.error()};
  auto chosen = usualLayer(**opened, source, errors);
  if (!chosen) return Error{chosen.error()};
  if (hasPolygonType(**chosen)) return LayerShapes::Polygons;
  return hasLineType(**chosen) ? LayerShapes::Lines : LayerShapes::Other;
}

Result<LineData> loadLines(const std::string& source, const Projection& projection, Progress* progress) {
  GdalErrorCapture errors;
  auto opened = openVectorFile(source, errors);
  if (!opened) return Error{opened.error()};
  const std::string path = sourceLabel(source);
  LineData data;
  data.path = source;
  const std::size_t openingErrors = errors.errors().size();
  for (std::size_t i = 0; i < openingErrors; ++i)
    data.warnings.push_back(path + ": opened despite a problem GDAL reported (" + errors.errors()[i] + ")");
  auto chosen = usualLayer(**opened, source, errors);
  if (!chosen) return Error{chosen.error()};
  LayerReader reader{path, projection, data.warnings, progress, true};
  std::vector<Feature> features;
  if (std::string problem = reader.read(**chosen, features); !problem.empty()) return Error{problem};
  if (errors.errors().size() > openingErrors)
    return Error{path + (isConnectionString(source) ? ": reading stopped (" : ": the file is damaged or truncated (") +
                 hidePassword(errors.errors()[openingErrors], source) + ")"};
  for (Feature& f : features) {
    data.bounds.add(f.bounds);
    data.vertexCount += f.vertexCount;
    for (Polygon& line : f.polygons) {
      data.lines.push_back(std::move(line.rings.front()));
      data.lineShape.push_back(static_cast<std::uint32_t>(data.names.size()));
    }
    data.names.push_back(f.nameEn.empty() ? f.iso : f.nameEn);
  }
  return data;
}

}  // namespace kg
