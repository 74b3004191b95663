#pragma once
// The messages loadBoundaries and loadLines give about a layer and its features, said (io/Say.h)
// so that the window can show them translated.
#include <cstddef>
#include <string>

namespace kg {

// Features skipped as a whole, reported as one line like GDAL does: the count and the first.
// add() says whether this is the first, whose text (`first`) is then wanted.
struct Skipped {
  std::size_t count = 0;
  std::string first;

  bool add() { return count++ == 0; }
  // "N features skipped; first: ...", for more than one.
  std::string several() const;
  // The warning for the file at `path`.
  std::string warning(const std::string& path) const;
};

// What is wrong with one feature, named by its FID and its code or name: "feature 7 (KG-C): ...".
std::string aboutFeature(long long fid, const std::string& shownAs, const std::string& why);

// The features of one kind a layer holds besides those it keeps, added to the list in `found`:
// "2 point feature(s), 1 feature(s) without geometry". Others are lines in a layer of polygons,
// polygons in one of lines.
void tallyPoints(std::string& found, std::size_t n);
void tallyOthers(std::string& found, std::size_t n, bool lines);
void tallyEmpty(std::string& found, std::size_t n);

// A layer without the lines or polygons it should hold; `found` is what it has instead, if anything.
std::string noneKept(const std::string& path, const std::string& layer, bool lines, const std::string& found);

// What GDAL reported while opening a file it then opened anyway.
std::string openedDespite(const std::string& path, const std::string& why);
// An error while reading: the file's damage, or a database connection lost.
std::string readingStopped(const std::string& source, const std::string& path, const std::string& error);

}  // namespace kg
