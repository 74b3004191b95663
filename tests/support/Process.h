#pragma once
// Runs the real kgatlas binary (and xdotool) from tests.
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

class Background {
 public:
  explicit Background(const std::vector<std::string>& args);
  ~Background();
  Background(const Background&) = delete;
  Background& operator=(const Background&) = delete;
  bool running() const;

 private:
  int pid_ = -1;
};

// Polls until predicate(contents of path) holds, for up to timeoutSeconds.
bool waitForFile(const std::string& path, bool (*predicate)(const std::string&), double timeoutSeconds);
void sleepMs(int ms);

}  // namespace kg::test
