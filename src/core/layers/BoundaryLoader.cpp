#include "core/layers/BoundaryLoader.h"

#include <cmath>
#include <memory>
#include <unordered_map>

#include "core/io/GdalSource.h"
#include "core/io/Say.h"
#include "core/layers/CoordinateCheck.h"
#include "core/layers/LayerMessages.h"

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

struct LayerReader {
  const std::string& path;
  const Projection& projection;
  std::vector<std::string>& warnings;
  Progress* progress = nullptr;
  bool lines = false;  // read the layer's lines, each an open polyline in a polygon of its own

  // Appends the layer's polygon (or line) features to `out`. Returns an error message, or "" on success.
  std::string read(OGRLayer& layer, std::vector<Feature>& out) {
    const std::string layerName = layer.GetName();
    const OGRSpatialReference* crs = layer.GetSpatialRef();
    if (!crs)
      warnings.push_back(say("{file}: layer '{layer}' has no coordinate reference system; assuming WGS84 longitude/latitude",
                             {{"file", path}, {"layer", layerName}}));
    auto toWgs84 = transformToWgs84(crs);
    if (!toWgs84)
      return say("{file}: layer '{layer}': {why}", {{"file", path}, {"layer", layerName}, {"why", toWgs84.error()}});
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
        if (progress->cancelled()) return say("{file}: loading cancelled", {{"file", path}});
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
      const auto about = [&](const std::string& why) { return aboutFeature(f->GetFID(), shownAs, why); };
      // "feature 7 (KG-C), a point": built for the first feature left out only.
      auto leaveOut = [&](std::size_t& count, auto what) {
        ++count;
        if (!firstLeftOut.empty()) return;
        const std::string fid = std::to_string(f->GetFID());
        firstLeftOut = shownAs.empty() ? say("feature {fid}, {what}", {{"fid", fid}, {"what", what()}})
                                       : say("feature {fid} ({name}), {what}", {{"fid", fid}, {"name", shownAs}, {"what", what()}});
      };
      if (!geometry || geometry->IsEmpty()) {
        leaveOut(empty, [] { return say("without geometry"); });
        continue;
      }
      const auto type = wkbFlatten(geometry->getGeometryType());
      if (type == wkbPoint || type == wkbMultiPoint) { leaveOut(points, [] { return say("a point"); }); continue; }
      if (!lines && isLineType(type)) { leaveOut(others, [] { return say("a line"); }); continue; }
      if (lines && !isLineType(type)) { leaveOut(others, [] { return say("a polygon"); }); continue; }
      // Every vertex is checked before PROJ, GEOS or the projection sees it (CoordinateCheck.h).
      if (CoordinateProblem bad = inOwnCrs.check(*geometry)) {
        if (!crs && bad.kind == CoordinateProblem::OutOfRange)
          return say("{file}: coordinates are not longitude/latitude degrees ({problem}); the file names no CRS, "
                     "so give it one (for a Shapefile, its .prj)",
                     {{"file", path}, {"problem", about(bad.text)}});
        if (skipped.add()) skipped.first = about(bad.text);
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
          if (skipped.add())
            skipped.first = about(why.empty() ? say("could not be reprojected to WGS84")
                                              : say("could not be reprojected to WGS84 ({why})", {{"why", why}}));
          continue;
        }
        if (CoordinateProblem bad = CoordinateCheck::checkWgs84(*geometry)) {
          if (skipped.add()) skipped.first = about(bad.text);
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
        if (firstInvalid.empty()) firstInvalid = about(problem);
      }
      if (feature.polygons.empty()) continue;
      out.push_back(std::move(feature));
    }
    if (invalid > 0)
      warnings.push_back(say("{file}: {count} feature(s) with invalid geometry, bad parts skipped; first: {problem}",
                             {{"file", path}, {"count", std::to_string(invalid)}, {"problem", firstInvalid}}));
    if (out.empty() && skipped.count > 0) {
      const std::string why = skipped.count == 1 ? skipped.first : skipped.several();
      return lines ? say("{file}: layer '{layer}' has no usable lines: {why}", {{"file", path}, {"layer", layerName}, {"why", why}})
                   : say("{file}: layer '{layer}' has no usable polygons: {why}",
                         {{"file", path}, {"layer", layerName}, {"why", why}});
    }
    if (skipped.count > 0) warnings.push_back(skipped.warning(path));
    std::string found;  // "2 point feature(s), 1 feature(s) without geometry"
    tallyPoints(found, points);
    tallyOthers(found, others, lines);
    tallyEmpty(found, empty);
    if (out.empty()) return noneKept(path, layerName, lines, found);
    // A region missing from the map should not go unexplained.
    if (!found.empty()) {
      const SaidValues values{{"file", path}, {"layer", layerName}, {"found", found}, {"problem", firstLeftOut}};
      warnings.push_back(
          lines ? say("{file}: layer '{layer}': {found} left out, since this layer is drawn as lines; first: {problem}", values)
                : say("{file}: layer '{layer}': {found} left out, since regions are polygons; first: {problem}", values));
    }
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
      if (problem.empty()) problem = say("unsupported geometry type {type}", {{"type", geometry.getGeometryName()}});
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
        if (problem.empty()) problem = say("a line with fewer than 2 points");
        return;
      }
      for (const MapPoint& p : projected) feature.bounds.add(p);
      feature.vertexCount += projected.size();
      feature.polygons.push_back(Polygon{{std::move(projected)}});
    } else if (type == wkbMultiLineString || type == wkbGeometryCollection) {
      for (const OGRGeometry* part : *geometry.toGeometryCollection()) addLines(*part, feature, problem);
    } else {
      if (problem.empty()) problem = say("unsupported geometry type {type}", {{"type", geometry.getGeometryName()}});
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
        if (problem.empty()) problem = say("a ring with fewer than 3 points");
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
    data.warnings.push_back(say("{file}: {count} features have the region code '{code}', so it names none of them; they are {which}",
                                {{"file", data.path}, {"count", std::to_string(features.size())}, {"code", code}, {"which", which}}));
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
    data.warnings.push_back(openedDespite(path, errors.errors()[i]));
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
    return Error{readingStopped(source, path, errors.errors()[openingErrors])};
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
    data.warnings.push_back(openedDespite(path, errors.errors()[i]));
  auto chosen = usualLayer(**opened, source, errors);
  if (!chosen) return Error{chosen.error()};
  LayerReader reader{path, projection, data.warnings, progress, true};
  std::vector<Feature> features;
  if (std::string problem = reader.read(**chosen, features); !problem.empty()) return Error{problem};
  if (errors.errors().size() > openingErrors)
    return Error{readingStopped(source, path, errors.errors()[openingErrors])};
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
