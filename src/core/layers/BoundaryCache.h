#pragma once
// Boundaries read once and kept on disk, keyed by the file's contents, so that opening the same
// file again skips GDAL, the reprojection and the checks: the world's admin-1 boundaries (22 MB of
// FlatGeobuf, 1.3 million vertices) come back in a few hundredths of a second instead of half a
// second.
//
// The key is a hash (XXH3-128) of the bytes of the file and of every file beside it that shares
// its name up to the extension (a Shapefile's .dbf, .prj and .cpg change its names and its CRS),
// with the layer named in the source. A file edited in place has a new key; a copy elsewhere
// finds the same entry. An entry that is damaged, truncated or of another version is ignored and
// replaced: the cache can always be deleted, and nothing else is ever written there.
//
// Where: $KGATLAS_CACHE_DIR, else $XDG_CACHE_HOME/kgatlas, else ~/.cache/kgatlas. Set
// KGATLAS_CACHE_DIR=off to read every file afresh. Databases (PG:) and GDAL's virtual paths are
// never cached: their contents cannot be hashed.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/io/Result.h"
#include "core/layers/BoundaryLoader.h"

namespace kg {

using ContentKey = std::array<std::uint64_t, 2>;

// The folder entries go in, or "" when caching is off or no folder can be named.
std::string boundaryCacheFolder();
// The key of a source, or nothing for one that is not a file on disk or cannot be read.
std::optional<ContentKey> contentKey(const std::string& source);

// An entry's bytes. The warnings about the file are stored without its name, which the reader
// puts back: the same contents may be opened from another path.
std::string encodeBoundaryCache(const BoundaryData& data, const ContentKey& key);
// The boundaries in an entry, read for `source`; an error (never a crash) when the bytes are not
// a whole entry of this version for this key.
Result<BoundaryData> decodeBoundaryCache(std::string_view bytes, const ContentKey& key, const std::string& source);

// loadBoundaries (in the projection the file asks for) through the cache in `folder` ("" for none): an
// entry found is used, otherwise the file is read with GDAL and an entry written for next time.
// A cache that cannot be written is no error; the boundaries load all the same.
Result<BoundaryData> loadBoundariesCached(const std::string& source, const std::string& folder,
                                          ProjectionMode mode = ProjectionMode::Suited, Progress* progress = nullptr);

}  // namespace kg
