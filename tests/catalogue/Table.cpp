#include "catalogue/Table.h"

#include <fstream>
#include <set>
#include <stdexcept>

namespace kg::catalogue {
namespace {

std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> fields;
  std::string::size_type start = 0;
  while (true) {
    const auto tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
    if (tab == std::string::npos) return fields;
    start = tab + 1;
  }
}

}  // namespace

std::vector<Row> readTable(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open the catalogue");
  std::vector<Row> rows;
  std::set<std::string> ids;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    const auto where = path + ":" + std::to_string(number) + ": ";
    const std::vector<std::string> f = splitTabs(line);
    if (f.size() != 9) throw std::runtime_error(where + "expected 9 tab-separated columns, found " + std::to_string(f.size()));
    Row row;
    row.line = number;
    row.id = f[0];
    row.runs = f[1];
    row.input = f[3];
    row.args = f[4];
    row.expect = f[6];
    row.checks = f[7];
    row.what = f[8];
    try {
      row.limitSeconds = std::stoi(f[2]);
      row.exitStatus = std::stoi(f[5]);
    } catch (const std::exception&) {
      throw std::runtime_error(where + "the time limit and the exit status must be numbers");
    }
    if (row.id.empty() || row.id.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-") != std::string::npos)
      throw std::runtime_error(where + "an id is lower-case letters, digits and hyphens");
    if (!ids.insert(row.id).second) throw std::runtime_error(where + "duplicate id '" + row.id + "'");
    if (row.runs != "none" && row.runs != "xvfb") throw std::runtime_error(where + "runs is none or xvfb");
    if (row.expect.empty() || row.what.empty()) throw std::runtime_error(where + "every row says what it expects");
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace kg::catalogue
