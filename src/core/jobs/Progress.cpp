#include "core/jobs/Progress.h"

#include <algorithm>
#include <cmath>

namespace kg {
namespace {
double clampFraction(double f) { return std::isfinite(f) && f >= 0 ? std::min(f, 1.0) : -1; }
}  // namespace

void Progress::setStage(std::string stage, double fraction) {
  std::lock_guard lock(mutex_);
  now_.stage = std::move(stage);
  now_.fraction = clampFraction(fraction);
}

void Progress::setFraction(double fraction) {
  std::lock_guard lock(mutex_);
  now_.fraction = clampFraction(fraction);
}

Progress::Snapshot Progress::snapshot() const {
  std::lock_guard lock(mutex_);
  return now_;
}

}  // namespace kg
