#include "support/Process.h"

#include "support/TestData.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <thread>

namespace kg::test {
namespace {

int spawn(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv, const std::string& outPath,
          const std::string& errPath) {
  const pid_t pid = fork();
  if (pid != 0) return pid;
  setpgid(0, 0);
  // Each run remembers its settings in a folder of its own (unless the test names one): a test
  // that switches the language must not start the next one in Kyrgyz.
  const std::string config = "/tmp/kgatlas-test-" + std::to_string(getppid()) + "/config-" + std::to_string(getpid());
  setenv("XDG_CONFIG_HOME", config.c_str(), 1);
  for (const std::string& e : extraEnv) {
    const auto eq = e.find('=');
    if (eq == std::string::npos) unsetenv(e.c_str());
    else setenv(e.substr(0, eq).c_str(), e.substr(eq + 1).c_str(), 1);
  }
  const int out = open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int err = open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  dup2(out, 1);
  dup2(err, 2);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  execvp(argv[0], argv.data());
  _exit(127);
}

std::string tempPath(const char* what) {
  static int counter = 0;
  return "/tmp/kgatlas-test-" + std::to_string(getpid()) + "-" + std::to_string(counter++) + "." + what;
}

}  // namespace

void sleepMs(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

Finished run(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv, int timeoutSeconds) {
  const std::string outPath = tempPath("out"), errPath = tempPath("err");
  const int pid = spawn(args, extraEnv, outPath, errPath);
  Finished result;
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(timeoutSeconds);
  while (waitpid(pid, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(-pid, SIGKILL);
      waitpid(pid, &status, 0);
      status = -1;
      break;
    }
    sleepMs(20);
  }
  result.status = status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = readText(outPath);
  result.err = readText(errPath);
  unlink(outPath.c_str());
  unlink(errPath.c_str());
  return result;
}

Background::Background(const std::vector<std::string>& args, const std::vector<std::string>& extraEnv)
    : outPath_(tempPath("bg.out")), errPath_(tempPath("bg.err")) {
  pid_ = spawn(args, extraEnv, outPath_, errPath_);
}

Background::~Background() {
  if (pid_ > 0 && !status_) {
    kill(-pid_, SIGTERM);
    int status = 0;
    for (int i = 0; i < 100 && waitpid(pid_, &status, WNOHANG) == 0; ++i) sleepMs(20);
    kill(-pid_, SIGKILL);
    waitpid(pid_, &status, WNOHANG);
  }
  unlink(outPath_.c_str());
  unlink(errPath_.c_str());
}

bool Background::running() const {
  if (pid_ <= 0 || status_) return false;
  int status = 0;
  if (waitpid(pid_, &status, WNOHANG) != pid_) return true;
  status_ = status;
  return false;
}

std::optional<Finished> Background::finish(double timeoutSeconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
  while (running()) {
    if (std::chrono::steady_clock::now() > deadline) return std::nullopt;
    sleepMs(20);
  }
  Finished result;
  result.status = status_ && WIFEXITED(*status_) ? WEXITSTATUS(*status_) : -1;
  result.out = readText(outPath_);
  result.err = readText(errPath_);
  return result;
}

std::string Background::errorOutput() const { return readText(errPath_); }

bool waitForFile(const std::string& path, bool (*predicate)(const std::string&), double timeoutSeconds) {
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(timeoutSeconds);
  while (std::chrono::steady_clock::now() < deadline) {
    if (predicate(readText(path))) return true;
    sleepMs(50);
  }
  return false;
}

std::string inChild(const std::function<std::string()>& work) {
  int pipeEnds[2];
  if (pipe(pipeEnds) != 0) return "cannot make a pipe";
  const pid_t pid = fork();
  if (pid < 0) return "cannot fork";
  if (pid == 0) {
    alarm(60);
    close(pipeEnds[0]);
    const std::string report = work();
    (void)!::write(pipeEnds[1], report.data(), report.size());
    _exit(0);
  }
  close(pipeEnds[1]);
  std::string report;
  char buffer[512];
  for (ssize_t n; (n = ::read(pipeEnds[0], buffer, sizeof buffer)) > 0;) report.append(buffer, static_cast<std::size_t>(n));
  close(pipeEnds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status)) return "the child did not finish";
  return report;
}

}  // namespace kg::test
