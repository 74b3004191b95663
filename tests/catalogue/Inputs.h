#pragma once
// The inputs of the catalogue, made at test time in a row's own folder under the build tree, so
// that big and broken files never live in the source tree. A row's input column is
//   KIND NAME [ARGUMENTS]
// which makes NAME (a path inside the row's folder) and gives its full path as {input}:
//   none                         no input ({input} is empty)
//   missing NAME                 a path where nothing is
//   empty NAME                   a file of 0 bytes
//   folder NAME                  an empty folder
//   fifo NAME                    a named pipe no one writes to
//   random NAME BYTES [PREFIX]   BYTES random bytes (the same every run), after PREFIX
//   text NAME CONTENT            CONTENT
//   truncate NAME SOURCE SIZE    the first SIZE bytes (or SIZE% of them) of SOURCE
//   corrupt NAME SOURCE FROM TO  SOURCE with bytes FROM..TO-1 overwritten with random ones
//   append NAME SOURCE CONTENT   SOURCE followed by CONTENT
//   geojson NAME [crs=CODE] FEATURES   a FeatureCollection of FEATURES (JSON objects, comma-separated)
//   many NAME COUNT FEATURE      a FeatureCollection of COUNT copies of FEATURE
//   regions+ NAME FEATURES       the bundled regions as GeoJSON, followed by FEATURES
//   events+ NAME FEATURES        a GeoJSON layer of FEATURES, shown beside the bundled events
//   shapefile NAME [no-prj | prj=TEXT | cut=PERCENT]   the bundled regions as a Shapefile
//   dense-region NAME ISO VERTICES [wiggly]   the bundled regions (GeoPackage), region ISO with
//                                about VERTICES vertices along its edges (wiggly: each moved a little)
//   tiny-polygons NAME COUNT     COUNT small squares over Kyrgyzstan (GeoPackage or GeoJSON, by NAME)
//   unreadable KIND NAME ...     as KIND, then made unreadable (mode 000)
// SOURCE is a path in the source tree (geodata/events.geojson) or an absolute one. CONTENT and
// FEATURES take the escapes \n \t \\ \xHH, and {TEXT*N} for TEXT repeated N times.
#include <string>

namespace kg::catalogue {

struct Input {
  std::string path;         // "" for none
  bool unreadable = false;  // the run drops root's privileges, which would read it anyway
};

// Makes the input in `dir` (which exists and is empty); throws std::runtime_error for a spec it
// does not understand or cannot make.
Input makeInput(const std::string& spec, const std::string& dir);

// \n, \t, \\ and \xHH; then {TEXT*N}.
std::string expandText(const std::string& text);
// The folder the viewer's data comes from (shaders/, geodata/, assets/).
std::string sourceRoot();

}  // namespace kg::catalogue
