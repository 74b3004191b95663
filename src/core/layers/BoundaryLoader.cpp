#include "core/layers/BoundaryLoader.h"

#include <cmath>
#include <algorithm>
#include <memory>
#include <thread>
#include <unordered_map>

#include "core/io/GdalSource.h"
#include "core/geo/ProjectionChoice.h"
#include "core/io/Say.h"
#include "core/layers/CoordinateCheck.h"
#include "core/layers/Credit.h"
#include "core/layers/CrsProjection.h"
#include "core/layers/FeatureShapes.h"
#include "core/layers/LayerMessages.h"

namespace kg {
namespace {

bool hasPolygonType(OGRLayer& layer) {
  const OGRwkbGeometryType type = wkbFlatten(layer.GetGeomType());
  if (isAreaType(type)) return true;
  if (type != wkbUnknown && type != wkbGeometryCollection) return false;
  // Formats such as GeoJSON and KML report "unknown": look at the features themselves.
  layer.ResetReading();
  for (int i = 0; i < 50; ++i) {
    std::unique_ptr<OGRFeature> f(layer.GetNextFeature());
    if (!f) break;
    if (const OGRGeometry* g = f->GetGeometryRef()) {
      if (isAreaType(wkbFlatten(g->getGeometryType()))) {
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

// A feature read, in WGS84 longitude/latitude: its names and codes, and its shapes, until the
// map's projection is known.
struct GeoFeature {
  Feature feature;  // names and codes; its polygons come when it is placed on the map
  GeoShapes shapes;
  long long fid = 0;
  std::string shownAs;  // its code, or else its name
  std::string about(const std::string& why) const { return aboutFeature(fid, shownAs, why); }
};

struct LayerReader {
  const std::string& path;
  std::vector<std::string>& warnings;
  Progress* progress = nullptr;
  bool lines = false;  // read the layer's lines, each an open polyline in a polygon of its own

  // Appends the layer's polygon (or line) features to `out`, in longitude/latitude. Returns an
  // error message, or "" on success.
  std::string read(OGRLayer& layer, std::vector<GeoFeature>& out) {
    const std::string layerName = layer.GetName();
    const OGRSpatialReference* crs = crsOf(layer);
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
      GeoFeature read;
      read.fid = f->GetFID();
      Feature& feature = read.feature;
      feature.iso = fieldOf(*f, {"iso", "iso_3166_2", "ISO", "ISO_3166_2", "iso_code", "shapeISO"});
      feature.nameEn = fieldOf(*f, {"name_en", "NAME_EN", "name", "NAME", "Name", "NAME_1", "shapeName"});
      feature.nameRu = fieldOf(*f, {"name_ru", "NAME_RU"});
      feature.nameKy = fieldOf(*f, {"name_ky", "NAME_KY"});
      feature.type = fieldOf(*f, {"type", "type_en", "TYPE_1"});
      read.shownAs = feature.iso.empty() ? feature.nameEn : feature.iso;
      const std::string& shownAs = read.shownAs;
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
                     {{"file", path}, {"problem", read.about(bad.text)}});
        if (skipped.add()) skipped.first = read.about(bad.text);
        continue;
      }
      std::unique_ptr<OGRGeometry> linear;
      if (geometry->hasCurveGeometry()) {
        linear.reset(geometry->getLinearGeometry());
        if (linear) geometry = linear.get();
      }
      if (transform) {
        const QuietGdalErrors quiet;
        if (geometry->transform(transform.get()) != OGRERR_NONE) {
          const std::string why = quiet.last();
          if (skipped.add())
            skipped.first = read.about(why.empty() ? say("could not be reprojected to WGS84")
                                                   : say("could not be reprojected to WGS84 ({why})", {{"why", why}}));
          continue;
        }
        if (CoordinateProblem bad = CoordinateCheck::checkWgs84(*geometry)) {
          if (skipped.add()) skipped.first = read.about(bad.text);
          continue;
        }
      }
      collectShapes(*geometry, read.shapes);
      if (!read.shapes.problem.empty()) {
        ++invalid;
        if (firstInvalid.empty()) firstInvalid = read.about(read.shapes.problem);
      }
      if (lines ? read.shapes.lines.empty() : read.shapes.polygons.empty()) continue;
      out.push_back(std::move(read));
    }
    if (invalid > 0) warnings.push_back(invalidParts(invalid, firstInvalid));
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

  std::string invalidParts(std::size_t count, const std::string& first) const {
    return say("{file}: {count} feature(s) with invalid geometry, bad parts skipped; first: {problem}",
               {{"file", path}, {"count", std::to_string(count)}, {"problem", first}});
  }

  // The features read, on the map: cut along its edge, projected, repaired where invalid. A
  // feature with nothing left on the map is left out, counted in one warning.
  std::vector<Feature> place(std::vector<GeoFeature>&& read, const Projection& projection) const {
    std::vector<Feature> placed(read.size());
    std::vector<std::string> problems(read.size());
    // GEOS's validity check is most of the work: shared among the cores for a large file. Each
    // feature is its own; PROJ's objects are made per thread (Projection.h).
    const auto work = [&](std::size_t from, std::size_t to) {
      for (std::size_t i = from; i < to; ++i) placed[i] = placeOne(read[i], projection, problems[i]);
    };
    const std::size_t threads = read.size() < 512 ? 1 : std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < threads; ++t)
      helpers.emplace_back(work, read.size() * t / threads, read.size() * (t + 1) / threads);
    work(0, read.size() / threads);
    for (std::thread& helper : helpers) helper.join();

    std::vector<Feature> out;
    out.reserve(read.size());
    std::size_t invalid = 0, offMap = 0;
    std::string firstInvalid, firstOff;
    for (std::size_t i = 0; i < read.size(); ++i) {
      const std::string& problem = problems[i];
      if (!problem.empty() && invalid++ == 0) firstInvalid = read[i].about(problem);
      if (placed[i].polygons.empty()) {
        if (problem.empty() && offMap++ == 0)
          firstOff = read[i].about(say("not on this map ({projection})", {{"projection", projection.name()}}));
        continue;
      }
      out.push_back(std::move(placed[i]));
    }
    if (invalid > 0) warnings.push_back(invalidParts(invalid, firstInvalid));
    if (offMap > 0)
      warnings.push_back(say("{file}: {count} feature(s) left out, outside the map; first: {problem}",
                             {{"file", path}, {"count", std::to_string(offMap)}, {"problem", firstOff}}));
    return out;
  }

  // One feature on the map; its shapes are let go.
  Feature placeOne(GeoFeature& g, const Projection& projection, std::string& problem) const {
    Feature feature = std::move(g.feature);
    if (lines) {
      for (const GeoRing& line : g.shapes.lines)
        for (Ring& r : mapLine(line, projection)) feature.polygons.push_back(Polygon{{std::move(r)}});
    } else {
      for (const GeoPolygon& polygon : g.shapes.polygons)
        for (Polygon& p : mapPolygon(polygon, projection, problem)) feature.polygons.push_back(std::move(p));
    }
    g.shapes = {};
    for (const Polygon& p : feature.polygons) {
      for (const MapPoint& m : p.rings.front()) feature.bounds.add(m);
      for (const Ring& r : p.rings) feature.vertexCount += r.size();
    }
    return feature;
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
// What loadBoundaries reads, before the map's projection is known.
struct ReadLayers {
  std::vector<GeoFeature> regions, context, water, rivers;
};

// The lesson geography beside the regions (see BoundaryLoader.h); landmarks come after the projection.
void readGeography(GDALDataset& dataset, LayerReader& reader, ReadLayers& read, std::vector<std::string>& warnings) {
  if (OGRLayer* water = dataset.GetLayerByName("water")) {
    if (std::string problem = reader.read(*water, read.water); !problem.empty()) warnings.push_back(problem);
  }
  if (OGRLayer* rivers = dataset.GetLayerByName("rivers")) {
    LayerReader lines = reader;
    lines.lines = true;
    if (std::string problem = lines.read(*rivers, read.rivers); !problem.empty()) warnings.push_back(problem);
  }
}

// The projection the file asks for: one it names in its metadata (KGATLAS_PROJECTION), else its
// own CRS where that is projected, else one that suits where its regions are on the globe.
Projection projectionAskedBy(GDALDataset& dataset, OGRLayer& regions, const std::vector<GeoFeature>& read,
                             const std::string& path, std::vector<std::string>& warnings, ProjectionMode mode) {
  // Where the regions are: needed only when neither the file nor its CRS decides.
  const auto extent = [&read] {
    ExtentBuilder builder;
    for (const GeoFeature& g : read)
      for (const GeoPolygon& polygon : g.shapes.polygons)
        for (const GeoRing& ring : polygon.rings) builder.add(ring, true);
    return builder.extent();
  };
  if (mode != ProjectionMode::Suited) return projectionFor(extent(), mode);  // chosen in the window
  if (const char* named = dataset.GetMetadataItem("KGATLAS_PROJECTION")) {
    auto projection = projectionNamed(named, say("{file}: its KGATLAS_PROJECTION", {{"file", path}}));
    if (projection) return *projection;
    warnings.push_back(projection.error());
  }
  if (const OGRSpatialReference* crs = crsOf(regions); crs && crs->IsProjected()) {
    auto projection = projectionOfCrs(*crs);
    if (projection) return *projection;
    warnings.push_back(say("{file}: shown in another projection, since its own CRS cannot be used ({why})",
                           {{"file", path}, {"why", projection.error()}}));
  }
  return projectionFor(extent());
}

Result<BoundaryData> load(const std::string& source, const Projection* fixed, ProjectionMode mode, Progress* progress) {
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
  LayerReader reader{path, data.warnings, progress};
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
  ReadLayers read;
  if (std::string problem = reader.read(*regions, read.regions); !problem.empty()) return Error{problem};
  if (countries) {
    if (std::string problem = reader.read(*countries, read.context); !problem.empty()) data.warnings.push_back(problem);
  }
  if (!named) readGeography(*dataset, reader, read, data.warnings);
  if (errors.errors().size() > openingErrors)
    return Error{readingStopped(source, path, errors.errors()[openingErrors])};

  data.projection = fixed ? *fixed : projectionAskedBy(*dataset, *regions, read.regions, path, data.warnings, mode);
  data.credit = boundaryCredit(*dataset, *regions, source);
  data.regions = reader.place(std::move(read.regions), data.projection);
  if (data.regions.empty())
    return Error{say("{file}: layer '{layer}': none of its polygons can be drawn on this map ({projection})",
                     {{"file", path}, {"layer", regions->GetName()}, {"projection", data.projection.name()}})};
  warnSharedCodes(data);
  data.context = reader.place(std::move(read.context), data.projection);
  data.water = reader.place(std::move(read.water), data.projection);
  LayerReader lines = reader;
  lines.lines = true;
  data.rivers = lines.place(std::move(read.rivers), data.projection);
  if (!named) {
    if (OGRLayer* landmarks = dataset->GetLayerByName("landmarks"))
      data.landmarks = readLandmarks(*landmarks, path, data.projection, data.warnings);
  }
  if (errors.errors().size() > openingErrors)
    return Error{readingStopped(source, path, errors.errors()[openingErrors])};
  for (const Feature& f : data.regions) data.vertexCount += f.vertexCount;
  for (const Feature& f : data.context) data.vertexCount += f.vertexCount;
  return data;
}

}  // namespace

Result<BoundaryData> loadBoundaries(const std::string& source, ProjectionMode mode, Progress* progress) {
  return load(source, nullptr, mode, progress);
}

Result<BoundaryData> loadBoundaries(const std::string& source, const Projection& projection, Progress* progress) {
  return load(source, &projection, ProjectionMode::Suited, progress);
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
  LayerReader reader{path, data.warnings, progress, true};
  std::vector<GeoFeature> read;
  if (std::string problem = reader.read(**chosen, read); !problem.empty()) return Error{problem};
  if (errors.errors().size() > openingErrors)
    return Error{readingStopped(source, path, errors.errors()[openingErrors])};
  std::vector<Feature> features = reader.place(std::move(read), projection);
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
