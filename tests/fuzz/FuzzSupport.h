#pragma once
// What the harnesses share: GDAL kept quiet, fuzz input handed to the loaders as a file (in
// GDAL's memory file system for GDAL readers, in a private scratch folder for the readers that
// open files themselves), and the bundled data loaded once per process.
#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <fcntl.h>
#include <unistd.h>

namespace kg::fuzz {

inline std::string_view bytes(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// GDAL's messages would be printed on every run; the loaders still see them through their own
// handlers (GdalErrorCapture pushes one over this).
//
// GDAL 3.6.2's NAS driver (German cadastral GML) leaks a spatial reference, 1.8 KB, whenever it
// opens a GML file that names "NAS-Operationen" (found by the boundaries harness in 1,079 runs;
// the leak is inside GDALOpenEx, reproduced with tests/fuzz/regressions/boundaries/nas-leak.gml).
// LeakSanitizer cannot be told to ignore that driver alone (GDAL has no symbols), so the harnesses
// run without it; the GML driver reads the same files. The viewer keeps every driver.
inline void quietGdal() {
  CPLSetErrorHandler(CPLQuietErrorHandler);
  CPLSetConfigOption("GDAL_SKIP", "NAS");
  GDALAllRegister();
}

// The input as a file of GDAL's memory file system, removed when this goes out of scope. The
// buffer stays ours: GDAL reads it in place.
class MemFile {
 public:
  MemFile(std::string path, std::string_view data) : path_(std::move(path)) {
    VSILFILE* f = VSIFileFromMemBuffer(path_.c_str(), reinterpret_cast<GByte*>(const_cast<char*>(data.data())),
                                       static_cast<vsi_l_offset>(data.size()), FALSE);
    if (f) VSIFCloseL(f);
  }
  ~MemFile() { VSIUnlink(path_.c_str()); }
  MemFile(const MemFile&) = delete;
  MemFile& operator=(const MemFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// The file name a person would give these bytes, so GDAL picks the driver it would pick for a
// real file: a GeoPackage, a FlatGeobuf, a GeoJSON sequence, XML (KML, GML, GPX), JSON (GeoJSON,
// TopoJSON, ESRI JSON), else CSV (with a WKT column for geometry).
inline const char* extensionFor(std::string_view data) {
  if (data.substr(0, 16) == std::string_view("SQLite format 3\0", 16)) return ".gpkg";
  if (data.substr(0, 3) == "fgb") return ".fgb";
  if (data.substr(0, 1) == "\x1e") return ".geojsons";  // GeoJSON text sequence (RFC 8142)
  const auto first = data.find_first_not_of(" \t\r\n");
  if (first != std::string_view::npos && data[first] == '<') return data.find("<kml") != data.npos ? ".kml" : ".gml";
  if (first != std::string_view::npos && (data[first] == '{' || data[first] == '[')) return ".geojson";
  return ".csv";
}

// A private folder for this process, for readers that open real files; removed at exit.
inline const std::string& scratchDir() {
  // Never destroyed: the exit handler that removes the folder runs after static destructors.
  static const std::string* dir = [] {
    const char* tmp = std::getenv("TMPDIR");
    auto* path = new std::string(std::string(tmp && *tmp ? tmp : "/tmp") + "/kgatlas-fuzz-XXXXXX");
    if (!mkdtemp(path->data())) {
      std::perror("kgatlas fuzz: cannot make a scratch folder");
      std::abort();
    }
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(scratchDir(), ec);
    });
    return path;
  }();
  return *dir;
}

inline void writeFile(const std::string& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0) {
    std::perror(path.c_str());
    std::abort();
  }
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n <= 0) {
      std::perror(path.c_str());
      std::abort();
    }
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
}

// The input cut at NUL bytes into at most `count` parts (the last keeps any further NULs).
inline std::vector<std::string> splitAtNul(std::string_view data, std::size_t count) {
  std::vector<std::string> parts;
  while (parts.size() + 1 < count) {
    const auto nul = data.find('\0');
    if (nul == std::string_view::npos) break;
    parts.emplace_back(data.substr(0, nul));
    data.remove_prefix(nul + 1);
  }
  parts.emplace_back(data);
  return parts;
}

}  // namespace kg::fuzz
