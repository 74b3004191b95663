// The reference for tools/bench.sh: GDAL's plain read of an events file, the floor any loader
// stands on. It opens the first layer, looks up the fields kgatlas reads from an ACLED export once,
// and keeps each row's point and those fields as text, in a plain C++ loop.
//
// usage: ogr_read_reference FILE
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: ogr_read_reference FILE\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  GDALAllRegister();
  std::unique_ptr<GDALDataset> ds(
      GDALDataset::Open(argv[1], GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr));
  if (!ds || ds->GetLayerCount() == 0) {
    std::fprintf(stderr, "%s: cannot be read as a vector file\n", argv[1]);
    return 1;
  }
  OGRLayer* layer = ds->GetLayer(0);
  const char* names[] = {"event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type",
                         "actor1",        "assoc_actor_1", "actor2",     "assoc_actor_2", "location",
                         "admin1",        "geo_precision", "notes",      "fatalities",    "source", "timestamp"};
  std::vector<int> fields;
  for (const char* name : names) fields.push_back(layer->GetLayerDefn()->GetFieldIndex(name));
  struct Row {
    double x = 0, y = 0;
    std::vector<std::string> values;
  };
  std::vector<Row> rows;
  for (std::unique_ptr<OGRFeature> f(layer->GetNextFeature()); f; f.reset(layer->GetNextFeature())) {
    Row row;
    if (const OGRGeometry* g = f->GetGeometryRef(); g && wkbFlatten(g->getGeometryType()) == wkbPoint) {
      row.x = g->toPoint()->getX();
      row.y = g->toPoint()->getY();
    }
    row.values.reserve(fields.size());
    for (const int i : fields) row.values.emplace_back(i >= 0 ? f->GetFieldAsString(i) : "");
    rows.push_back(std::move(row));
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::printf("rows read             %zu\n", rows.size());
  std::printf("read                  %.3f s\n", seconds);
  std::printf("peak memory (RSS)     %.1f MB\n", usage.ru_maxrss / 1024.0);
  return 0;
}
