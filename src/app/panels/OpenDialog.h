#pragma once
#include "app/Controller.h"

namespace kg {

// File > Open: browse folders for a file of events (the files GDAL reads as vector data are
// listed), or type a path or a PostGIS connection string, and open it as a new layer. The file
// is read in the background; the Layers list shows it meanwhile.
void drawOpenDialog(AppState& state, Controller& commands);

}  // namespace kg
