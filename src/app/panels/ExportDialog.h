#pragma once
// File > Export: the map as a picture to hand out (PNG, any size) or a georeferenced GeoTIFF,
// the events shown as KML (with the open briefing's tour), GeoJSON or a GeoPackage. Asks before
// replacing a file; shows progress while a long export runs, with a way to cancel it.
#include "app/AppState.h"

namespace kg {

// What the person asked for this frame.
enum class ExportAction { None, Cancel };

ExportAction drawExportDialog(AppState& state);

// The extension each kind writes (".png", ...).
const char* exportExtension(ExportKind kind);

}  // namespace kg
