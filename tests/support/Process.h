#pragma once
// Runs the real kgatlas binary (and xdotool) from tests.
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kg::test {

struct Finished {
  int status = -1;  // exit status, or -1 when it did not exit normally
  std::string out, err;
};

// Runs to completion (killed after timeoutSeconds). extraEnv entries are NAME=VALUE; a bare
// NAME removes that variable.
Finished run(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv = {},
             int timeoutSeconds = 60);

// Runs work in a forked child process (to change its user or its limits without touching this
// one) and returns what it reported, or why it did not.
std::string inChild(const std::function<std::string()>& work);

class Background {
 public:
  explicit Background(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv = {});
  ~Background();
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;
  bool running() const;
  int pid() const { return pid_; }
  // Waits up to timeoutSeconds for it to exit by itself: its status (-1 for a signal) and what
  // it printed; nothing if it is still running then.
  std::optional<Finished> finish(double timeoutSeconds);
  // What it has printed on stderr so far.
  std::string errorOutput() const;

 private:
  int pid_ = -1;
  std::string outPath_, errPath_;
  mutable std::optional<int> status_;  // its wait status, once it has exited
};

// Polls until predicate(contents of path) holds, for up to timeoutSeconds.
bool waitForFile(const std::string& path, bool (*predicate)(const std::string&), double timeoutSeconds);
void sleepMs(int ms);

}  // namespace kg::test
