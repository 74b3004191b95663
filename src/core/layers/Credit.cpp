#include "core/layers/Credit.h"

#include <filesystem>

#include "core/io/Say.h"
#include "core/io/SourceName.h"
#include "core/io/TextFile.h"

namespace kg {
namespace {

constexpr std::size_t kLongest = 300;  // a credit is a line under the map, not a licence text

std::string tidy(const std::string& text) {
  std::string line = oneLine(text);
  const auto start = line.find_first_not_of(' ');
  line = start == std::string::npos ? std::string() : line.substr(start);
  if (line.size() > kLongest) line = line.substr(0, kLongest) + "…";
  return line;
}

std::string fromMetadata(GDALMajorObject& object) {
  for (const char* key : {"KGATLAS_CREDIT", "ATTRIBUTION", "CREDIT", "COPYRIGHT"})
    if (const char* value = object.GetMetadataItem(key); value && *value) return tidy(value);
  return {};
}

// The first line of "<name>.credit" beside the file, when there is one.
std::string fromSideFile(const std::string& source) {
  if (isConnectionString(source)) return {};
  const std::string open = splitSource(source).open;
  if (open.rfind("/vsi", 0) == 0) return {};
  std::filesystem::path side(open);
  side.replace_extension(".credit");
  std::error_code error;
  if (!std::filesystem::is_regular_file(side, error)) return {};
  const auto text = readTextFile(side.string());
  if (!text) return {};
  const std::string first = text->substr(0, text->find('\n'));
  return tidy(first);
}

}  // namespace

std::string boundaryCredit(GDALDataset& dataset, OGRLayer& regions, const std::string& source) {
  std::string credit = fromMetadata(dataset);
  if (credit.empty()) credit = fromMetadata(regions);
  if (credit.empty()) credit = fromSideFile(source);
  if (credit.empty()) return say("Boundaries: {name}", {{"name", sourceTitle(source)}});
  if (credit.find(':') == std::string::npos) return say("Boundaries: {name}", {{"name", credit}});
  return credit;
}

}  // namespace kg
