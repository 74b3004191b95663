#include "render/MeshBuilder.h"

#include "core/view/Palette.h"

namespace kg {

MeshBuilder::MeshBuilder(const BoundaryData& data, unsigned threads)
    : data_(data), origin_(meshOrigin(data)), colours_(assignPaletteColours(data.regions)), done_(kLevelCount, false) {
  for (std::size_t i = 0; i < kLevelCount; ++i) queue_.push_back(i);  // level 0 last out: coarsest first
  for (unsigned t = 0; t < std::max(1u, threads); ++t) workers_.emplace_back([this] { work(); });
}

MeshBuilder::~MeshBuilder() {
  cancel_ = true;
  for (std::thread& t : workers_) t.join();
}

void MeshBuilder::work() {
  for (;;) {
    std::size_t level;
    {
      std::lock_guard lock(mutex_);
      if (queue_.empty() || cancel_) return;
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
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return done_[level]; });
}

void MeshBuilder::waitForAll() {
  std::unique_lock lock(mutex_);
  changed_.wait(lock, [&] { return std::find(done_.begin(), done_.end(), false) == done_.end(); });
}

std::size_t MeshBuilder::finishedCount() const {
  std::lock_guard lock(mutex_);
  return static_cast<std::size_t>(std::count(done_.begin(), done_.end(), true));
}

bool MeshBuilder::allFinished() const {
  std::lock_guard lock(mutex_);
  return std::find(done_.begin(), done_.end(), false) == done_.end();
}

}  // namespace kg
