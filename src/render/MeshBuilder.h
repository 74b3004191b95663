#pragma once
// Builds the mesh levels on worker threads when a view first asks for them: the coarsest at once,
// a finer one when the camera comes close enough to need it. A view of the whole world never
// pays, in time or memory, for detail it cannot show (full detail of the world's admin-1
// boundaries is 30 MB of vertices and triangles). The UI thread takes finished levels each frame
// and uploads them (GL calls stay on the UI thread).
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>
#include <vector>

#include "render/MapMesh.h"

namespace kg {

class MeshBuilder {
 public:
  // `data` must outlive the builder. `coarsest`, when given, is the coarsest level already built
  // from the same data (buildCoarsestLevel, on the loading thread): it is handed over at the
  // first takeFinished instead of being built again.
  explicit MeshBuilder(const BoundaryData& data, unsigned threads = 2, std::optional<MeshLevel> coarsest = {});
  ~MeshBuilder();
  MeshBuilder(const MeshBuilder&) = delete;
  MeshBuilder& operator=(const MeshBuilder&) = delete;

  MapPoint origin() const { return origin_; }
  const std::vector<int>& regionColours() const { return colours_; }

  // Asks for a level; the latest asked is built next. Asking again for one built or queued is free.
  void request(std::size_t level);
  // Levels finished since the last call, with their index.
  std::vector<std::pair<std::size_t, MeshLevel>> takeFinished();
  void waitFor(std::size_t level);  // asks for it, then waits
  void waitForAll();                // asks for every level, then waits
  bool allFinished() const;
  bool finished(std::size_t level) const;
  std::size_t finishedCount() const;  // levels built so far, of kLevelCount

 private:
  void work();

  const BoundaryData& data_;
  MapPoint origin_;
  std::vector<int> colours_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<std::size_t> queue_;  // levels asked for and not started, next at the back
  std::vector<bool> asked_;         // queued, being built or done
  std::vector<bool> done_;
  std::vector<std::pair<std::size_t, MeshLevel>> finished_;
  std::atomic<bool> cancel_{false};
  std::vector<std::thread> workers_;
};

}  // namespace kg
