#pragma once
// What a background job reports while it runs, and how it is asked to stop. The worker writes,
// the UI thread reads a snapshot each frame; neither waits for the other for long.
#include <atomic>
#include <mutex>
#include <string>

namespace kg {

class Progress {
 public:
  struct Snapshot {
    std::string stage;       // "Reading admin1.json", shown as it is
    double fraction = -1;    // 0..1, or -1 when the stage cannot say how far it is
  };

  void setStage(std::string stage, double fraction = -1);
  void setFraction(double fraction);
  Snapshot snapshot() const;

  void cancel() { cancelled_ = true; }
  bool cancelled() const { return cancelled_; }
  const std::atomic<bool>* cancelFlag() const { return &cancelled_; }  // for work that polls a flag

 private:
  mutable std::mutex mutex_;
  Snapshot now_;
  std::atomic<bool> cancelled_{false};
};

}  // namespace kg
