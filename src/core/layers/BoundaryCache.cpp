#include "core/layers/BoundaryCache.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <vector>

#include "core/io/AtomicFile.h"
#include "core/io/Say.h"
#include "core/io/SourceName.h"
#include "core/io/TextFile.h"

namespace kg {
namespace {

namespace fs = std::filesystem;

// An entry: magic, version, key, then the boundaries, then an XXH3-64 of everything before it.
// Numbers are stored as the machine has them; the magic's byte order tells another machine's
// entry apart, which is then just a miss. Bump the version whenever the layout or what
// loadBoundaries produces (the projection, the checks, the warnings) changes.
constexpr char kMagic[8] = {'K', 'G', 'B', 'N', 'D', 'R', 'Y', 1};
constexpr std::uint32_t kVersion = 3;  // 2: water, rivers and landmarks; 3: the projection chosen for the file, and its credit
constexpr std::size_t kKeptEntries = 8;  // the newest; older ones are removed after a write

class Writer {
 public:
  template <typename T>
  void put(const T& value) {
    out_.append(reinterpret_cast<const char*>(&value), sizeof value);
  }
  void text(const std::string& s) {
    put(static_cast<std::uint32_t>(s.size()));
    out_ += s;
  }
  void points(const Ring& ring) {
    put(static_cast<std::uint64_t>(ring.size()));
    if (!ring.empty()) out_.append(reinterpret_cast<const char*>(ring.data()), ring.size() * sizeof(MapPoint));
  }
  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

class Reader {
 public:
  explicit Reader(std::string_view bytes) : in_(bytes) {}
  bool ok() const { return ok_; }
  bool atEnd() const { return at_ == in_.size(); }

  template <typename T>
  T get() {
    T value{};
    if (!take(sizeof value)) return value;
    std::memcpy(&value, in_.data() + at_ - sizeof value, sizeof value);
    return value;
  }
  std::string text() {
    const auto size = get<std::uint32_t>();
    if (!take(size)) return {};
    return std::string(in_.substr(at_ - size, size));
  }
  void points(Ring& ring) {
    const auto count = get<std::uint64_t>();
    if (!ok_ || count > (in_.size() - at_) / sizeof(MapPoint)) {
      ok_ = false;
      return;
    }
    ring.resize(count);
    if (count > 0) std::memcpy(ring.data(), in_.data() + at_, count * sizeof(MapPoint));
    at_ += count * sizeof(MapPoint);
  }
  // A count of things each at least `smallest` bytes long: more than the bytes left is damage,
  // caught before anything is allocated for them.
  std::size_t count(std::size_t smallest) {
    const auto n = get<std::uint32_t>();
    if (ok_ && n > (in_.size() - at_) / smallest) ok_ = false;
    return ok_ ? n : 0;
  }

 private:
  bool take(std::size_t n) {
    if (!ok_ || n > in_.size() - at_) {
      ok_ = false;
      return false;
    }
    at_ += n;
    return true;
  }
  std::string_view in_;
  std::size_t at_ = 0;
  bool ok_ = true;
};

void writeFeatures(Writer& w, const std::vector<Feature>& features) {
  w.put(static_cast<std::uint32_t>(features.size()));
  for (const Feature& f : features) {
    for (const std::string* s : {&f.iso, &f.nameEn, &f.nameRu, &f.nameKy, &f.type}) w.text(*s);
    w.put(f.bounds);
    w.put(static_cast<std::uint64_t>(f.vertexCount));
    w.put(static_cast<std::uint32_t>(f.polygons.size()));
    for (const Polygon& polygon : f.polygons) {
      w.put(static_cast<std::uint32_t>(polygon.rings.size()));
      for (const Ring& ring : polygon.rings) w.points(ring);
    }
  }
}

void writeLandmarks(Writer& w, const std::vector<Landmark>& landmarks) {
  w.put(static_cast<std::uint32_t>(landmarks.size()));
  for (const Landmark& l : landmarks) {
    for (const std::string* s : {&l.id, &l.nameEn, &l.nameRu, &l.nameKy, &l.type}) w.text(*s);
    w.put(static_cast<std::int64_t>(l.population));
    w.put(static_cast<std::int32_t>(l.elevationM));
    w.put(l.where);
    w.put(l.at);
  }
}
void readLandmarks(Reader& r, std::vector<Landmark>& landmarks) {
  landmarks.resize(r.count(5 * 4 + 8 + 4 + sizeof(GeoPoint) + sizeof(MapPoint)));
  for (Landmark& l : landmarks) {
    for (std::string* s : {&l.id, &l.nameEn, &l.nameRu, &l.nameKy, &l.type}) *s = r.text();
    l.population = r.get<std::int64_t>();
    l.elevationM = r.get<std::int32_t>();
    l.where = r.get<GeoPoint>();
    l.at = r.get<MapPoint>();
    if (!r.ok()) return;
  }
}
void readFeatures(Reader& r, std::vector<Feature>& features) {
  // Five empty names, bounds, a vertex count and a polygon count: the least a feature takes.
  features.resize(r.count(5 * 4 + sizeof(Bounds) + 8 + 4));
  for (Feature& f : features) {
    for (std::string* s : {&f.iso, &f.nameEn, &f.nameRu, &f.nameKy, &f.type}) *s = r.text();
    f.bounds = r.get<Bounds>();
    f.vertexCount = r.get<std::uint64_t>();
    f.polygons.resize(r.count(4));
    for (Polygon& polygon : f.polygons) {
      polygon.rings.resize(r.count(8));
      for (Ring& ring : polygon.rings) r.points(ring);
    }
    if (!r.ok()) return;
  }
}

// Hashes the file in pieces, so a large one is never held whole in memory.
bool hashFile(XXH3_state_t* state, const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::vector<char> buffer(1 << 20);
  while (in) {
    in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    XXH3_128bits_update(state, buffer.data(), static_cast<std::size_t>(in.gcount()));
  }
  return in.eof();
}

std::string entryName(const ContentKey& key) {
  char name[48];
  std::snprintf(name, sizeof name, "%016llx%016llx.boundaries", static_cast<unsigned long long>(key[0]),
                static_cast<unsigned long long>(key[1]));
  return name;
}

// Keeps the newest entries only, so the cache does not grow with every file ever opened.
void prune(const fs::path& folder) {
  std::error_code error;
  std::vector<std::pair<fs::file_time_type, fs::path>> entries;
  for (const auto& item : fs::directory_iterator(folder, error))
    if (item.path().extension() == ".boundaries") entries.emplace_back(item.last_write_time(error), item.path());
  if (entries.size() <= kKeptEntries) return;
  std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  for (std::size_t i = kKeptEntries; i < entries.size(); ++i) fs::remove(entries[i].second, error);
}

}  // namespace

std::string boundaryCacheFolder() {
  if (const char* own = std::getenv("KGATLAS_CACHE_DIR"); own && *own)
    return std::string(own) == "off" ? std::string() : std::string(own);
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && *xdg) return std::string(xdg) + "/kgatlas";
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.cache/kgatlas";
  return {};
}

std::optional<ContentKey> contentKey(const std::string& source) {
  if (isConnectionString(source)) return std::nullopt;
  const SourceName name = splitSource(source);
  if (name.open.rfind("/vsi", 0) == 0) return std::nullopt;
  std::error_code error;
  const fs::path path(name.open);
  if (!fs::is_regular_file(path, error)) return std::nullopt;
  // The file and its companions (same name, other extension), in a fixed order.
  std::vector<fs::path> files{path};
  const fs::path folder = path.has_parent_path() ? path.parent_path() : fs::path(".");
  for (const auto& item : fs::directory_iterator(folder, error)) {
    const fs::path& other = item.path();
    if (other.filename() != path.filename() && other.stem() == path.stem() && item.is_regular_file(error))
      files.push_back(other);
  }
  std::sort(files.begin() + 1, files.end());

  XXH3_state_t* state = XXH3_createState();
  if (!state) return std::nullopt;
  XXH3_128bits_reset(state);
  bool read = true;
  for (const fs::path& file : files) {
    const std::string extension = file.extension().string();
    XXH3_128bits_update(state, extension.data(), extension.size() + 1);  // with its terminating NUL
    read = read && hashFile(state, file);
  }
  XXH3_128bits_update(state, name.layer.data(), name.layer.size());
  const XXH128_hash_t hash = XXH3_128bits_digest(state);
  XXH3_freeState(state);
  if (!read) return std::nullopt;
  return ContentKey{hash.high64, hash.low64};
}

std::string encodeBoundaryCache(const BoundaryData& data, const ContentKey& key) {
  Writer w;
  w.put(kMagic);
  w.put(kVersion);
  w.put(key);
  const std::string prefix = sourceLabel(data.path) + ": ";
  w.put(static_cast<std::uint32_t>(data.warnings.size()));
  for (const std::string& warning : data.warnings) {
    const bool named = warning.rfind(prefix, 0) == 0;
    w.put(static_cast<std::uint8_t>(named));
    w.text(named ? warning.substr(prefix.size()) : warning);
  }
  w.put(static_cast<std::uint64_t>(data.vertexCount));
  const ProjectionSpec& projection = data.projection.spec();
  w.text(projection.name);
  w.text(projection.definition);
  w.put(static_cast<std::uint8_t>(projection.crs));
  w.put(projection.edge);
  w.text(data.credit);
  writeFeatures(w, data.regions);
  writeFeatures(w, data.context);
  writeFeatures(w, data.water);
  writeFeatures(w, data.rivers);
  writeLandmarks(w, data.landmarks);
  std::string bytes = w.take();
  const XXH64_hash_t check = XXH3_64bits(bytes.data(), bytes.size());
  bytes.append(reinterpret_cast<const char*>(&check), sizeof check);
  return bytes;
}

Result<BoundaryData> decodeBoundaryCache(std::string_view bytes, const ContentKey& key, const std::string& source) {
  XXH64_hash_t check = 0;
  if (bytes.size() < sizeof kMagic + sizeof check) return Error{say("a cache entry too short to be one")};
  std::memcpy(&check, bytes.data() + bytes.size() - sizeof check, sizeof check);
  bytes.remove_suffix(sizeof check);
  if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0) return Error{say("not a cache entry of this kind of machine")};
  if (XXH3_64bits(bytes.data(), bytes.size()) != check) return Error{say("a damaged or truncated cache entry")};
  Reader r(bytes.substr(sizeof kMagic));
  if (r.get<std::uint32_t>() != kVersion) return Error{say("a cache entry of another version")};
  if (r.get<ContentKey>() != key) return Error{say("a cache entry for other contents")};

  BoundaryData data;
  data.path = source;
  const std::string prefix = sourceLabel(source) + ": ";
  data.warnings.resize(r.count(1 + 4));
  for (std::string& warning : data.warnings) {
    const bool named = r.get<std::uint8_t>() != 0;
    warning = named ? prefix + r.text() : r.text();
  }
  data.vertexCount = r.get<std::uint64_t>();
  ProjectionSpec spec;
  spec.name = r.text();
  spec.definition = r.text();
  spec.crs = r.get<std::uint8_t>() != 0;
  spec.edge = r.get<MapEdge>();
  if (!r.ok()) return Error{say("a cache entry whose contents do not add up")};
  auto projection = Projection::make(std::move(spec));
  if (!projection) return Error{say("a cache entry whose projection cannot be made ({why})", {{"why", projection.error()}})};
  data.projection = std::move(*projection);
  data.credit = r.text();
  readFeatures(r, data.regions);
  readFeatures(r, data.context);
  readFeatures(r, data.water);
  readFeatures(r, data.rivers);
  readLandmarks(r, data.landmarks);
  if (!r.ok() || !r.atEnd()) return Error{say("a cache entry whose contents do not add up")};
  if (data.regions.empty()) return Error{say("a cache entry with no regions")};
  return data;
}

Result<BoundaryData> loadBoundariesCached(const std::string& source, const std::string& folder, ProjectionMode mode,
                                          Progress* progress) {
  // Only the usual projection is kept: another is chosen in the window, and read afresh.
  const std::optional<ContentKey> key =
      folder.empty() || mode != ProjectionMode::Suited ? std::nullopt : contentKey(source);
  if (!key) return loadBoundaries(source, mode, progress);
  const std::string entry = folder + "/" + entryName(*key);
  if (auto bytes = readFile(entry)) {
    if (auto cached = decodeBoundaryCache(*bytes, *key, source)) return cached;
  }
  auto loaded = loadBoundaries(source, mode, progress);
  if (!loaded) return loaded;
  std::error_code error;
  fs::create_directories(folder, error);
  // Durability is not needed: a half-written entry is never seen (the rename), and one lost to
  // a crash is only a miss.
  if (!error && writeFileAtomically(entry, encodeBoundaryCache(*loaded, *key), Durability::RenameOnly)) prune(folder);
  return loaded;
}

}  // namespace kg
