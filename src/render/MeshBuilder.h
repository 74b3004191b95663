#pragma once
// Builds the mesh levels on worker threads, coarsest first, so the first frame of a large file
// needs only its cheapest level while full detail is still being triangulated. The UI thread
// takes finished levels each frame and uploads them (GL calls stay on the UI thread).
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "render/MapMesh.h"

namespace kg {

class MeshBuilder {
 public:
  // `data` must outlive the builder.
  explicit MeshBuilder(const BoundaryData& data, unsigned threads = 2);
  ~MeshBuilder();
  MeshBuilder(const MeshBuilder&) = delete;
  MeshBuilder& operator=(const MeshBuilder&) = delete;

  MapPoint origin() const { return origin_; }
  const std::vector<int>& regionColours() const { return colours_; }

  // Levels finished since the last call, with their index.
  std::vector<std::pair<std::size_t, MeshLevel>> takeFinished();
  void waitFor(std::size_t level);
  void waitForAll();
  bool allFinished() const;
  std::size_t finishedCount() const;  // levels built so far, of kLevelCount

 private:
  void work();

  const BoundaryData& data_;
  MapPoint origin_;
  std::vector<int> colours_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::size_t> queue_;  // levels still to build, next at the back
  std::vector<bool> done_;
  std::vector<std::pair<std::size_t, MeshLevel>> finished_;
  std::atomic<bool> cancel_{false};
  std::vector<std::thread> workers_;
};

}  // namespace kg
