#pragma once
// Events and briefings for Google Earth, through libkml (which quotes and escapes the XML): each
// event a placemark at its point with its date as a TimeStamp (one day) or TimeSpan (several),
// and a description of what, when, where and the passages reporting it with their sources; a
// briefing also as a gx:Tour, a gx:FlyTo to each slide's view and a gx:Wait while it shows.
#include <string>
#include <vector>

#include "core/briefing/Briefing.h"
#include "core/events/Catalog.h"
#include "core/io/Result.h"

namespace kg {

struct KmlContent {
  std::string title;           // the document's name
  std::vector<int> events;     // indices into catalog.events, in the order written
  const Briefing* briefing = nullptr;  // a tour of its slides, when given
};

// The KML text. Fails (naming the event or slide) for text libkml cannot write as well-formed XML.
Result<std::string> kmlText(const KmlContent& content, const Catalog& catalog, const std::vector<Feature>& regions);
// Written whole or not at all, as a save is (AtomicFile).
Result<bool> exportKml(const std::string& path, const KmlContent& content, const Catalog& catalog,
                       const std::vector<Feature>& regions);

// How long the tour flies to a slide and stays there, in seconds.
inline constexpr double kTourFlySeconds = 4, kTourWaitSeconds = 8;

}  // namespace kg
