#pragma once
// What the map shows as markers: events (something happened here, then) and the other places
// the reports name. Plain values; they come from any point layer through a field mapping
// (EventReader) and are kept and queried by the Catalog.
#include <string>

#include "core/geo/GeoTypes.h"
#include "core/time/Day.h"

namespace kg {

struct Event {
  std::string id, title;
  std::string date, dateStart, dateEnd;  // ISO 8601: "2010-06", "2019-08-07/2019-08-08"
  std::string dateLabel;                 // as people read it: "7–8 August 2019"
  DaySpan days;                          // the days the date covers: "2010-06" is 1–30 June 2010
  bool undated = false;                  // the source gives no date: `days` means nothing, it is
                                         // on no timeline, listed after the dated events
  std::string kind;                      // a name in the EventKinds table, or any other name
  std::string place, regionIso, locationBasis;
  GeoPoint point;
  double radiusKm = 0;       // how far the true spot may be from the point
  bool regionOnly = false;   // only its first-level region is known (ACLED geo_precision 3)
  std::string actors;        // who took part, as the source names them
  int fatalities = -1;       // as reported; -1 when the source does not say
  std::string notes;         // the source's own description
  std::string source;        // where the source's coder read of it
  std::string credit;        // whose data this row is ("ACLED"), shown on the map with it; "" for ours
  int layer = 0;             // which source it came from: an index into Catalog::layers
};

struct Place {
  std::string id, name, regionIso, locationBasis;
  GeoPoint point;
  double radiusKm = 0;
};

}  // namespace kg
