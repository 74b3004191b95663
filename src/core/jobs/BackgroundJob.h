#pragma once
// One piece of slow work on a thread of its own, returning a whole value when it is done. The
// UI thread polls ready() each frame and then take()s the result; it never blocks on the work.
// Destroying the job asks the work to stop (through its Progress) and waits for the thread.
#include <future>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "core/jobs/Progress.h"

namespace kg {

template <class T>
class BackgroundJob {
 public:
  // `work(progress)` runs on a new thread; it should look at progress.cancelled() now and then.
  template <class Work>
  explicit BackgroundJob(Work work) : progress_(std::make_unique<Progress>()) {
    Progress* progress = progress_.get();
    result_ = std::async(std::launch::async, [work = std::move(work), progress]() mutable { return work(*progress); });
  }
  ~BackgroundJob() {
    if (result_.valid()) {
      progress_->cancel();
      result_.wait();
    }
  }
  BackgroundJob(const BackgroundJob&) = delete;
  BackgroundJob& operator=(const BackgroundJob&) = delete;

  bool ready() const {
    return result_.valid() && result_.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
  }
  // The result, once ready() (waits otherwise). Only once.
  T take() { return result_.get(); }
  // Waits for the work to finish.
  void wait() const { result_.wait(); }

  Progress& progress() { return *progress_; }
  const Progress& progress() const { return *progress_; }

 private:
  std::unique_ptr<Progress> progress_;
  std::future<T> result_;
};

// Jobs given up on: each was asked to stop, and is kept until it finishes (GDAL cannot be
// interrupted inside a read), so that no frame waits for it.
template <class T>
using AbandonedJobs = std::vector<std::unique_ptr<BackgroundJob<T>>>;

// Asks `job` (if there is one) to stop and moves it to `abandoned`; `job` is left empty.
template <class T>
void abandon(std::unique_ptr<BackgroundJob<T>>& job, AbandonedJobs<T>& abandoned) {
  if (!job) return;
  job->progress().cancel();
  abandoned.push_back(std::move(job));
}

// Drops the abandoned jobs that have finished; call it now and then (each frame).
template <class T>
void dropFinished(AbandonedJobs<T>& abandoned) {
  std::erase_if(abandoned, [](const auto& job) { return job->ready(); });
}

}  // namespace kg
