#pragma once
// Rows of events as the tests write and read them: the listing's tab-separated lines, and
// synthetic rows in ACLED's export format (ACLED's own data may not be passed on).
#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

namespace kg::test {

inline std::vector<std::string> splitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  return out;
}

// Synthetic rows in ACLED's export format (ACLED's own data may not be passed on).
inline std::string syntheticAcled(int rows) {
  std::string csv =
      "\xEF\xBB\xBF"
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,"
      "inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
      "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\r\n";
  for (int n = 1; n <= rows; ++n) {
    const int day = 1 + n % 28, month = 1 + n % 12, year = 2010 + n % 14;
    char date[32];
    std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
    const double lat = 42.80 + (n % 17) * 0.004, lon = 74.50 + (n % 23) * 0.01;  // around Bishkek, in Chüy
    char point[64];
    std::snprintf(point, sizeof point, "%.4f,%.4f", lat, lon);
    csv += "KGZ" + std::to_string(n) + "," + date + "," + std::to_string(year) +
           ",1,Demonstrations,Protests,Peaceful protest,Synthetic Actors,,6,,,0,60,,417,Central Asia,Kyrgyzstan,Chui,,,"
           "Synthetic Place," + point + ",1,Synthetic Source,National,\"Synthetic, for tests\nonly.\"," +
           std::to_string(n % 3) + ",," + std::to_string(1600000000 + n) + "\r\n";
  }
  return csv;
}

}  // namespace kg::test
