#include "render/MeshBuilder.h"

#include "core/view/Palette.h"

namespace kg {

MeshBuilder::MeshBuilder(const BoundaryData& data, unsigned threads, std::optional<MeshLevel> coarsest)
    : data_(data),
      origin_(meshOrigin(data)),
      colours_(assignPaletteColours(data.regions)),
      asked_(kLevelCount, false),
      done_(kLevelCount, false) {
  if (coarsest) {
    asked_[kLevelCount - 1] = done_[kLevelCount - 1] = true;
    finished_.emplace_back(kLevelCount - 1, std::move(*coarsest));
  }
  request(kLevelCount - 1);  // the coarsest: something to show at once, whatever the zoom
  for (unsigned t = 0; t < std::max(1u, threads); ++t) workers_.emplace_back([this] { work(); });
}

MeshBuilder::~MeshBuilder() {
  {
    std::lock_guard lock(mutex_);
    cancel_ = true;
  }
  changed_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void MeshBuilder::request(std::size_t level) {
  if (level >= kLevelCount) return;
  {
    std::lock_guard lock(mutex_);
    if (asked_[level]) return;
    asked_[level] = true;
    queue_.push_back(level);
  }
  changed_.notify_all();
}

void MeshBuilder::work() {
  for (;;) {
    std::size_t level;
    {
      std::unique_lock lock(mutex_);
      changed_.wait(lock, [&] { return cancel_ || !queue_.empty(); });
      if (cancel_) return;
      level = queue_.back();
      queue_.pop_back();
    }
    MeshLevel built = buildMeshLevel(data_, colours_, level, origin_, &cancel_);
    if (cancel_) return;
    {
      std::lock_guard lock(mutex_);
      finished_.emplace_back(level, std::move(built));
      done_[level] = true;
    }
    changed_.notify_all();
  }
}

std::vector<std::pair<std::size_t, MeshLevel>> MeshBuilder::takeFinished() {
  std::lock_guard lock(mutex_);
  return std::exchange(finished_, {});
}

void MeshBuilder::waitFor(std::size_t level) {
  if (level >= kLevelCount) return;
  request(level);
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return done_[level]; });
}

void MeshBuilder::waitForAll() {
  for (std::size_t i = kLevelCount; i-- > 0;) request(i);
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return std::find(done_.begin(), done_.end(), false) == done_.end(); });
}

std::size_t MeshBuilder::finishedCount() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::size_t>(std::count(done_.begin(), done_.end(), true));
}

bool MeshBuilder::finished(std::size_t level) const {
  std::lock_guard lock(mutex_);
  return level < done_.size() && done_[level];
}

bool MeshBuilder::allFinished() const {
  std::lock_guard lock(mutex_);
  return std::find(done_.begin(), done_.end(), false) == done_.end();
}

}  // namespace kg
