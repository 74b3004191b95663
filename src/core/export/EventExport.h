#pragma once
// The events shown, as a file GIS tools open: GeoJSON or GeoPackage through GDAL, one point
// (WGS 84 longitude, latitude) per event with its fields as they are in the catalogue. Passages
// stay out: they are quoted text with sources, written to KML descriptions instead.
#include <string>
#include <vector>

#include "core/events/Catalog.h"
#include "core/io/Result.h"

namespace kg {

class Progress;

enum class EventFileFormat { GeoJson, GeoPackage };

// By the file name's extension: .geojson or .json, .gpkg. Nothing for any other.
Result<EventFileFormat> eventFileFormat(const std::string& path);

// Writes catalog.events[i] for each i in `events`, in that order. Written whole or not at all
// (built in GDAL's memory files, then saved with AtomicFile); an existing file that is not of the
// same kind is never replaced. `progress` (may be null) gets the share written, and a cancel
// leaves nothing behind.
Result<bool> exportEvents(const std::string& path, const std::vector<int>& events, const Catalog& catalog,
                          Progress* progress = nullptr);

}  // namespace kg
