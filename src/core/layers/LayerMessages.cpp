#include "core/layers/LayerMessages.h"

#include "core/io/Say.h"
#include "core/io/SourceName.h"

namespace kg {

std::string Skipped::several() const {
  return say("{count} features skipped; first: {problem}", {{"count", std::to_string(count)}, {"problem", first}});
}

std::string Skipped::warning(const std::string& path) const {
  return count == 1 ? say("{file}: {problem}; the feature was skipped", {{"file", path}, {"problem", first}})
                    : say("{file}: {count} features skipped; first: {problem}",
                          {{"file", path}, {"count", std::to_string(count)}, {"problem", first}});
}

std::string aboutFeature(long long fid, const std::string& shownAs, const std::string& why) {
  const std::string number = std::to_string(fid);
  return shownAs.empty() ? say("feature {fid}: {why}", {{"fid", number}, {"why", why}})
                         : say("feature {fid} ({name}): {why}", {{"fid", number}, {"name", shownAs}, {"why", why}});
}

void tallyPoints(std::string& found, std::size_t n) {
  if (!n) return;
  const std::string count = std::to_string(n);
  found = found.empty() ? say("{count} point feature(s)", {{"count", count}})
                        : say("{list}, {count} point feature(s)", {{"list", found}, {"count", count}});
}

void tallyOthers(std::string& found, std::size_t n, bool lines) {
  if (!n) return;
  const std::string count = std::to_string(n);
  if (lines)
    found = found.empty() ? say("{count} polygon feature(s)", {{"count", count}})
                          : say("{list}, {count} polygon feature(s)", {{"list", found}, {"count", count}});
  else
    found = found.empty() ? say("{count} line feature(s)", {{"count", count}})
                          : say("{list}, {count} line feature(s)", {{"list", found}, {"count", count}});
}

void tallyEmpty(std::string& found, std::size_t n) {
  if (!n) return;
  const std::string count = std::to_string(n);
  found = found.empty() ? say("{count} feature(s) without geometry", {{"count", count}})
                        : say("{list}, {count} feature(s) without geometry", {{"list", found}, {"count", count}});
}

std::string noneKept(const std::string& path, const std::string& layer, bool lines, const std::string& found) {
  if (found.empty())
    return lines ? say("{file}: layer '{layer}' has no lines (it has no features)", {{"file", path}, {"layer", layer}})
                 : say("{file}: layer '{layer}' has no polygons (it has no features)", {{"file", path}, {"layer", layer}});
  return lines ? say("{file}: layer '{layer}' has no lines (found {found})",
                     {{"file", path}, {"layer", layer}, {"found", found}})
               : say("{file}: layer '{layer}' has no polygons (found {found})",
                     {{"file", path}, {"layer", layer}, {"found", found}});
}

std::string openedDespite(const std::string& path, const std::string& why) {
  return say("{file}: opened despite a problem GDAL reported ({why})", {{"file", path}, {"why", why}});
}

std::string readingStopped(const std::string& source, const std::string& path, const std::string& error) {
  const std::string why = hidePassword(error, source);
  return isConnectionString(source) ? say("{file}: reading stopped ({why})", {{"file", path}, {"why", why}})
                                    : say("{file}: the file is damaged or truncated ({why})", {{"file", path}, {"why", why}});
}

}  // namespace kg
