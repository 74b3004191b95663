#pragma once
// How a source of boundaries or events is named, and shown in messages without its password.
// No GDAL here: panels and the command line use these too.
#include <string>
#include <vector>

namespace kg {

// A source is a file, or a database named by a GDAL connection string ("PG:dbname=gis
// tables=incidents"), and may end in "|layername=NAME" (QGIS's spelling, which --layer adds) to
// choose one of its layers.
struct SourceName {
  std::string open;   // what GDAL opens
  std::string layer;  // the layer asked for, or "" for the usual choice
};
SourceName splitSource(const std::string& source);
std::string withLayer(const std::string& source, const std::string& layer);
// "PG:...": a database, not a file, so there is no file to look at before opening it.
bool isConnectionString(const std::string& source);
// Every message names a source this way: a connection string's password is shown as "********".
std::string sourceLabel(const std::string& source);
// A short name for lists of layers: the file's name, or a database's table, with the layer asked for.
std::string sourceTitle(const std::string& source);
// The passwords a connection string gives (a URI may give two), as libpq reads them.
std::vector<std::string> passwordsIn(const std::string& source);
// `text` with the source's password, wherever it occurs (in GDAL's own messages too), hidden.
std::string hidePassword(const std::string& text, const std::string& source);

}  // namespace kg
