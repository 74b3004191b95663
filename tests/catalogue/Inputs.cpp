#include "catalogue/Inputs.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <sys/stat.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <regex>
#include <sstream>
#include <stdexcept>

#include "support/TestData.h"

namespace kg::catalogue {
namespace fs = std::filesystem;
namespace {

std::string firstWord(std::string& rest) {
  const auto start = rest.find_first_not_of(' ');
  if (start == std::string::npos) {
    rest.clear();
    return "";
  }
  const auto end = rest.find(' ', start);
  std::string word = rest.substr(start, end == std::string::npos ? std::string::npos : end - start);
  rest = end == std::string::npos ? "" : rest.substr(end + 1);
  return word;
}

std::string sourcePath(const std::string& source) {
  return source.empty() || source[0] == '/' ? source : sourceRoot() + "/" + source;
}

std::string readAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void writeAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string randomBytes(std::size_t count) {
  std::mt19937 generator(9);  // the same bytes every run, so a failure can be repeated
  std::string bytes(count, '\0');
  for (char& c : bytes) c = static_cast<char>(generator() & 0xFF);
  return bytes;
}

// "1234" bytes, or "50%" of `total`.
std::size_t sizeOf(const std::string& text, std::size_t total) {
  if (!text.empty() && text.back() == '%')
    return static_cast<std::size_t>(static_cast<double>(total) * std::stod(text.substr(0, text.size() - 1)) / 100);
  return static_cast<std::size_t>(std::stoull(text));
}

// FEATURES added to the end of a GeoJSON FeatureCollection's "features" array.
std::string spliceFeatures(const std::string& collection, const std::string& features) {
  if (features.empty()) return collection;
  const auto close = collection.rfind(']');
  if (close == std::string::npos) throw std::runtime_error("not a FeatureCollection");
  const auto last = collection.find_last_not_of(" \t\r\n", close - 1);
  const bool none = last != std::string::npos && collection[last] == '[';
  return collection.substr(0, close) + (none ? "" : ",\n") + features + "\n" + collection.substr(close);
}

std::string driverFor(const std::string& path) {
  const std::string ext = fs::path(path).extension().string();
  if (ext == ".gpkg") return "GPKG";
  if (ext == ".geojson" || ext == ".json") return "GeoJSON";
  if (ext == ".fgb") return "FlatGeobuf";
  throw std::runtime_error("no driver for " + path);
}

struct DatasetCloser {
  void operator()(GDALDataset* ds) const { GDALClose(ds); }
};
using Dataset = std::unique_ptr<GDALDataset, DatasetCloser>;

// Moves every vertex but the first and last of each ring by up to `amount` in x and y (the same
// moves every run): a densified outline becomes one with detail everywhere.
void wiggle(OGRGeometry& g, double amount) {
  std::mt19937 generator(9);
  std::uniform_real_distribution<double> offset(-amount, amount);
  auto ring = [&](OGRLinearRing& r) {
    for (int i = 1; i + 1 < r.getNumPoints(); ++i) r.setPoint(i, r.getX(i) + offset(generator), r.getY(i) + offset(generator));
  };
  const auto type = wkbFlatten(g.getGeometryType());
  if (type == wkbPolygon)
    for (OGRLinearRing* r : *g.toPolygon()) ring(*r);
  if (type == wkbMultiPolygon)
    for (OGRPolygon* p : *g.toMultiPolygon())
      for (OGRLinearRing* r : *p) ring(*r);
}

// The bundled regions, with the region `iso` split into segments so that it has about `vertices`
// (and, with `wiggly`, each of them moved by up to 40% of a segment).
void denseRegion(const std::string& path, const std::string& iso, double vertices, bool wiggly) {
  test::translateBundled(path, driverFor(path), "");
  Dataset ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE));
  OGRLayer* layer = ds ? ds->GetLayer(0) : nullptr;
  if (!layer) throw std::runtime_error("cannot reopen " + path);
  layer->ResetReading();
  for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    if (iso != f->GetFieldAsString("iso")) continue;
    OGRGeometry* g = f->GetGeometryRef();
    double length = 0;
    std::unique_ptr<OGRGeometry> boundary(g->Boundary());
    if (boundary) {
      const auto type = wkbFlatten(boundary->getGeometryType());
      if (type == wkbLineString) length = boundary->toLineString()->get_Length();
      else if (type == wkbMultiLineString) length = boundary->toMultiLineString()->get_Length();
    }
    if (!(length > 0)) throw std::runtime_error("region " + iso + " has no boundary length");
    g->segmentize(length / vertices);
    if (wiggly) wiggle(*g, 0.4 * length / vertices);
    if (layer->SetFeature(f.get()) != OGRERR_NONE) throw std::runtime_error("cannot rewrite region " + iso);
    return;
  }
  throw std::runtime_error("no region " + iso + " in the bundled data");
}

// `count` squares in a grid over Kyrgyzstan, each a region of its own.
void tinyPolygons(const std::string& path, int count) {
  GDALAllRegister();
  GDALDriver* driver = GetGDALDriverManager()->GetDriverByName(driverFor(path).c_str());
  Dataset ds(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!ds) throw std::runtime_error("cannot create " + path);
  OGRSpatialReference wgs84;
  wgs84.SetWellKnownGeogCS("WGS84");
  char* noIndex[] = {const_cast<char*>("SPATIAL_INDEX=NO"), nullptr};  // the viewer reads every feature anyway
  OGRLayer* layer = ds->CreateLayer("tiny", &wgs84, wkbPolygon, driverFor(path) == "GPKG" ? noIndex : nullptr);
  OGRFieldDefn isoField("iso", OFTString), nameField("name_en", OFTString);
  layer->CreateField(&isoField);
  layer->CreateField(&nameField);
  const double west = 69.5, south = 39.5, east = 80.0, north = 42.9;
  const int columns = static_cast<int>(std::ceil(std::sqrt(count * (east - west) / (north - south))));
  const double step = (east - west) / columns, size = step * 0.6;
  if (layer->StartTransaction() != OGRERR_NONE) throw std::runtime_error("cannot write " + path);
  for (int i = 0; i < count; ++i) {
    const double x = west + (i % columns) * step, y = south + (i / columns) * step;
    OGRLinearRing ring;
    ring.addPoint(x, y);
    ring.addPoint(x + size, y);
    ring.addPoint(x + size, y + size);
    ring.addPoint(x, y + size);
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing(&ring);
    OGRFeature feature(layer->GetLayerDefn());
    feature.SetField("iso", ("T-" + std::to_string(i)).c_str());
    feature.SetField("name_en", ("Tiny " + std::to_string(i)).c_str());
    feature.SetGeometry(&polygon);
    if (layer->CreateFeature(&feature) != OGRERR_NONE) throw std::runtime_error("cannot write " + path);
  }
  if (layer->CommitTransaction() != OGRERR_NONE) throw std::runtime_error("cannot write " + path);
}

void shapefile(const std::string& path, const std::string& option) {
  test::translateBundled(path, "ESRI Shapefile", "-lco ENCODING=UTF-8");
  const fs::path prj = fs::path(path).replace_extension(".prj");
  if (option == "no-prj") fs::remove(prj);
  else if (option.rfind("prj=", 0) == 0) writeAll(prj.string(), expandText(option.substr(4)));
  else if (option.rfind("cut=", 0) == 0) fs::resize_file(path, sizeOf(option.substr(4), fs::file_size(path)));
  else if (!option.empty()) throw std::runtime_error("unknown shapefile option '" + option + "'");
}

}  // namespace

std::string sourceRoot() { return KGATLAS_SOURCE_DATA_DIR; }

std::string expandText(const std::string& text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out += text[i];
      continue;
    }
    const char c = text[++i];
    if (c == 'n') out += '\n';
    else if (c == 't') out += '\t';
    else if (c == '\\') out += '\\';
    else if (c == 'x' && i + 2 < text.size()) {
      out += static_cast<char>(std::stoi(text.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += '\\';
      out += c;
    }
  }
  static const std::regex repeat(R"(\{([^{}*]*)\*([0-9]+)\})");
  std::string expanded;
  auto begin = out.cbegin();
  for (std::sregex_iterator it(out.cbegin(), out.cend(), repeat), end; it != end; ++it) {
    expanded.append(begin, (*it)[0].first);
    const std::string piece = (*it)[1];
    for (long n = std::stol((*it)[2]); n > 0; --n) expanded += piece;
    begin = (*it)[0].second;
  }
  expanded.append(begin, out.cend());
  return expanded;
}

Input makeInput(const std::string& spec, const std::string& dir) {
  std::string rest = spec;
  std::string kind = firstWord(rest);
  Input input;
  if (kind == "unreadable") {
    input.unreadable = true;
    kind = firstWord(rest);
  }
  if (kind == "none") return input;
  const std::string name = firstWord(rest);
  if (name.empty()) throw std::runtime_error("input '" + spec + "' names no file");
  input.path = dir + "/" + name;
  if (kind == "missing") return input;  // its folder may be missing too: that can be the point
  fs::create_directories(fs::path(input.path).parent_path());
  if (kind == "empty") {
    writeAll(input.path, "");
  } else if (kind == "folder") {
    fs::create_directories(input.path);
  } else if (kind == "fifo") {
    if (::mkfifo(input.path.c_str(), 0644) != 0) throw std::runtime_error("cannot make the pipe " + input.path);
  } else if (kind == "random") {
    const std::size_t count = std::stoull(firstWord(rest));
    writeAll(input.path, expandText(rest) + randomBytes(count));
  } else if (kind == "text") {
    writeAll(input.path, expandText(rest));
  } else if (kind == "truncate") {
    const std::string bytes = readAll(sourcePath(firstWord(rest)));
    writeAll(input.path, bytes.substr(0, std::min(bytes.size(), sizeOf(firstWord(rest), bytes.size()))));
  } else if (kind == "corrupt") {
    std::string bytes = readAll(sourcePath(firstWord(rest)));
    const std::size_t from = std::stoull(firstWord(rest)), to = std::min<std::size_t>(std::stoull(firstWord(rest)), bytes.size());
    if (from < to) bytes.replace(from, to - from, randomBytes(to - from));
    writeAll(input.path, bytes);
  } else if (kind == "append") {
    const std::string source = readAll(sourcePath(firstWord(rest)));
    writeAll(input.path, source + expandText(rest));
  } else if (kind == "geojson") {
    std::string crs;
    if (rest.rfind("crs=", 0) == 0) {
      crs = firstWord(rest).substr(4);
      crs = R"("crs":{"type":"name","properties":{"name":")" + crs + R"("}},)";
    }
    writeAll(input.path, R"({"type":"FeatureCollection",)" + crs + "\"features\":[\n" + expandText(rest) + "\n]}\n");
  } else if (kind == "many") {
    const long count = std::stol(firstWord(rest));
    const std::string one = expandText(rest);
    std::string features;
    features.reserve(static_cast<std::size_t>(count) * (one.size() + 2));
    for (long i = 0; i < count; ++i) features += (i ? ",\n" : "") + one;
    writeAll(input.path, "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "\n]}\n");
  } else if (kind == "regions+") {
    const std::string plain = dir + "/.regions.geojson";
    test::translateBundled(plain, "GeoJSON", "");
    writeAll(input.path, spliceFeatures(readAll(plain), expandText(rest)));
    fs::remove(plain);
  } else if (kind == "events+") {
    writeAll(input.path, "{\"type\":\"FeatureCollection\",\"features\":[\n" + expandText(rest) + "\n]}\n");
  } else if (kind == "shapefile") {
    shapefile(input.path, rest);
  } else if (kind == "dense-region") {
    const std::string iso = firstWord(rest);
    const double vertices = std::stod(firstWord(rest));
    denseRegion(input.path, iso, vertices, firstWord(rest) == "wiggly");
  } else if (kind == "tiny-polygons") {
    tinyPolygons(input.path, std::stoi(firstWord(rest)));
  } else {
    throw std::runtime_error("unknown input kind '" + kind + "'");
  }
  if (input.unreadable && ::chmod(input.path.c_str(), 0) != 0)
    throw std::runtime_error("cannot make " + input.path + " unreadable");
  return input;
}

}  // namespace kg::catalogue
