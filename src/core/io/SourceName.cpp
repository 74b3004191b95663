#include "core/io/SourceName.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <vector>

namespace kg {
namespace {

const std::string kLayerMark = "|layername=";
const std::string kHidden = "********";

bool startsWithNoCase(const std::string& text, const std::string& prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(text[i])) != std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

// Where a value sits in a connection string, and what it is once its quotes and escapes are gone.
struct Setting {
  std::string key, value;
  std::size_t begin = 0, end = 0;  // of the value as written
};

// libpq's "key = value" settings: a value is a word, or quoted in '...' with \' and \\ escapes.
std::vector<Setting> keywordSettings(const std::string& text, std::size_t at) {
  std::vector<Setting> settings;
  auto space = [&](std::size_t i) { return i < text.size() && std::isspace(static_cast<unsigned char>(text[i])); };
  while (at < text.size()) {
    while (space(at)) ++at;
    if (at >= text.size()) break;
    Setting s;
    while (at < text.size() && text[at] != '=' && !space(at)) s.key += text[at++];
    while (space(at)) ++at;
    if (at >= text.size() || text[at] != '=') continue;  // a word without a value: not a setting
    ++at;
    while (space(at)) ++at;
    s.begin = at;
    const bool quoted = at < text.size() && text[at] == '\'';
    if (quoted) ++at;
    while (at < text.size()) {
      const char c = text[at];
      if (quoted ? c == '\'' : std::isspace(static_cast<unsigned char>(c))) break;
      if (c == '\\' && at + 1 < text.size()) ++at;
      s.value += text[at++];
    }
    if (quoted && at < text.size()) ++at;  // the closing quote
    s.end = at;
    settings.push_back(std::move(s));
  }
  return settings;
}

// The settings of "PG:..." that matter here: the keyword form's, or a URI's password
// ("postgresql://user:secret@host/db?password=secret") as one setting named "password".
std::vector<Setting> connectionSettings(const std::string& source) {
  if (!isConnectionString(source)) return {};
  const std::size_t start = source.find(':') + 1;
  const std::size_t scheme = source.find("://", start);
  if (scheme == std::string::npos) return keywordSettings(source, start);
  std::vector<Setting> settings;
  const std::size_t authority = scheme + 3;
  const std::size_t slash = source.find_first_of("/?", authority);
  const std::size_t at = source.rfind('@', slash == std::string::npos ? source.size() : slash);
  if (at != std::string::npos && at > authority) {
    const std::size_t colon = source.find(':', authority);
    if (colon != std::string::npos && colon < at)
      settings.push_back({"password", source.substr(colon + 1, at - colon - 1), colon + 1, at});
  }
  for (std::size_t p = source.find("password=", authority); p != std::string::npos;
       p = source.find("password=", p + 1)) {
    const std::size_t begin = p + 9, end = std::min(source.find('&', begin), source.size());
    settings.push_back({"password", source.substr(begin, end - begin), begin, end});
  }
  return settings;
}

std::string settingValue(const std::string& source, const std::string& key) {
  for (const Setting& s : connectionSettings(source))
    if (s.key == key) return s.value;
  return "";
}

}  // namespace

SourceName splitSource(const std::string& source) {
  const std::size_t mark = source.rfind(kLayerMark);
  if (mark == std::string::npos) return {source, ""};
  return {source.substr(0, mark), source.substr(mark + kLayerMark.size())};
}

std::string withLayer(const std::string& source, const std::string& layer) {
  return splitSource(source).open + kLayerMark + layer;
}

bool isConnectionString(const std::string& source) { return startsWithNoCase(source, "PG:"); }

std::string sourceLabel(const std::string& source) {
  const SourceName name = splitSource(source);
  // The passwords' places, in order and merged where they overlap (a URI's may), each shown as stars.
  std::vector<std::pair<std::size_t, std::size_t>> spans;
  for (const Setting& s : connectionSettings(name.open))
    if (s.key == "password") spans.emplace_back(s.begin, s.end);
  std::sort(spans.begin(), spans.end());
  std::string label;
  std::size_t at = 0;
  for (const auto& [begin, end] : spans) {
    if (end <= at) continue;
    if (begin >= at) {
      label.append(name.open, at, begin - at);
      label += kHidden;
    }
    at = end;
  }
  if (at < name.open.size()) label.append(name.open, at, std::string::npos);
  return name.layer.empty() ? label : label + kLayerMark + name.layer;
}

std::string sourceTitle(const std::string& source) {
  const SourceName name = splitSource(source);
  if (!isConnectionString(name.open)) {
    const std::string file = std::filesystem::path(name.open).filename().string();
    return name.layer.empty() ? file : file + " (" + name.layer + ")";
  }
  std::string table = name.layer.empty() ? settingValue(name.open, "tables") : name.layer;
  const std::string db = settingValue(name.open, "dbname");
  if (table.empty()) return db.empty() ? "PostgreSQL" : "database " + db;
  return db.empty() ? table : table + " (database " + db + ")";
}

std::vector<std::string> passwordsIn(const std::string& source) {
  std::vector<std::string> passwords;
  for (const Setting& s : connectionSettings(splitSource(source).open))
    if (s.key == "password" && !s.value.empty()) passwords.push_back(s.value);
  return passwords;
}

// Every place in the text where a password stands is found first, in the text as given, then
// each run of such places becomes one kHidden. Replacing one password after another instead
// would let a password made of stars multiply the stars put in for the others (a fuzzer's
// source with a dozen "password=*" took minutes).
std::string hidePassword(const std::string& text, const std::string& source) {
  std::vector<char> hidden(text.size(), 0);
  for (const std::string& password : passwordsIn(source))
    for (std::size_t at = text.find(password); at != std::string::npos; at = text.find(password, at + 1))
      std::fill(hidden.begin() + static_cast<std::ptrdiff_t>(at),
                hidden.begin() + static_cast<std::ptrdiff_t>(at + password.size()), 1);
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!hidden[i]) result += text[i];
    else if (i == 0 || !hidden[i - 1]) result += kHidden;
  }
  return result;
}

}  // namespace kg
