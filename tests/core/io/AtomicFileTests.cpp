#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <functional>
#include <thread>

#include "core/io/AtomicFile.h"
#include "support/Process.h"
#include "support/TestData.h"

using namespace kg;
using Catch::Matchers::Contains;
namespace fs = std::filesystem;

namespace {

// The temporary files left in a folder (none, after any save that returned).
std::vector<std::string> partFiles(const std::string& dir) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".part") found.push_back(entry.path().string());
  return found;
}

// Kills and reaps a forked child when the test is done with it, or leaves early on a failure.
struct ChildGuard {
  pid_t pid;
  int status = 0;
  void kill() {
    if (pid <= 0) return;
    ::kill(pid, SIGKILL);
    waitpid(pid, &status, 0);
    pid = -1;
  }
  ~ChildGuard() { kill(); }
};

std::string saved(const std::string& path, const std::string& bytes) {
  const auto r = writeFileAtomically(path, bytes);
  return r ? "saved" : r.error();
}

}  // namespace

TEST_CASE("a save writes the file, or replaces the old one whole", "[atomic-file]") {
  const std::string dir = test::scratchDir("atomic-save");
  const std::string path = dir + "/lesson.txt";
  REQUIRE(writeFileAtomically(path, "first version").ok());
  CHECK(test::readText(path) == "first version");
  REQUIRE(writeFileAtomically(path, "second, longer version").ok());
  CHECK(test::readText(path) == "second, longer version");
  REQUIRE(writeFileAtomically(path, "").ok());
  CHECK(fs::file_size(path) == 0);
  CHECK(partFiles(dir).empty());
}

TEST_CASE("a save keeps the old file's permissions and its link", "[atomic-file]") {
  const std::string dir = test::scratchDir("atomic-keep");
  const std::string path = dir + "/private.txt";
  test::writeFile(path, "old");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write);
  fs::create_symlink("private.txt", dir + "/link.txt");
  REQUIRE(writeFileAtomically(dir + "/link.txt", "new").ok());
  CHECK(fs::is_symlink(dir + "/link.txt"));
  CHECK(test::readText(path) == "new");
  CHECK((fs::status(path).permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("a save that is abandoned or written in pieces", "[atomic-file]") {
  const std::string dir = test::scratchDir("atomic-pieces");
  const std::string path = dir + "/notes.txt";
  test::writeFile(path, "old");
  {
    auto file = AtomicFile::create(path);
    REQUIRE(file.ok());
    CHECK(fs::path(file->temporaryPath()).parent_path() == fs::path(dir));
    file->write("never committed");
  }
  CHECK(test::readText(path) == "old");
  CHECK(partFiles(dir).empty());
  auto file = AtomicFile::create(path);
  REQUIRE(file.ok());
  CHECK(file->write("one, "));
  CHECK(file->write("two"));
  CHECK(test::readText(path) == "old");  // nothing changes before the commit
  REQUIRE(file->commit().ok());
  CHECK(test::readText(path) == "one, two");
  CHECK_FALSE(file->commit().ok());  // once only
  CHECK(partFiles(dir).empty());
}

TEST_CASE("a save into a folder it may not write leaves the old file whole", "[atomic-file][bad-input]") {
  const std::string dir = test::scratchDir("atomic-readonly");
  const std::string path = dir + "/kept.txt";
  test::writeFile(path, "the old text");
  fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read | fs::perms::group_exec |
                           fs::perms::others_read | fs::perms::others_exec);
  // root may write anywhere: the save runs as nobody then.
  const std::string report = test::inChild([&] {
    if (geteuid() == 0 && setuid(65534) != 0) return std::string("cannot become nobody");
    return saved(path, "new text");
  });
  fs::permissions(dir, fs::perms::owner_all);
  CHECK(report == path + ": cannot write the file (" + std::strerror(EACCES) + ")");
  CHECK(test::readText(path) == "the old text");
  CHECK(partFiles(dir).empty());
}

TEST_CASE("a save that fails half way (the disk is full) leaves the old file whole", "[atomic-file][bad-input]") {
  const std::string dir = test::scratchDir("atomic-full");
  const std::string path = dir + "/kept.txt";
  test::writeFile(path, "the old text");
  // A file size limit makes write() fail after the first 4 KiB, as a full disk would.
  const std::string report = test::inChild([&] {
    signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    if (setrlimit(RLIMIT_FSIZE, &limit) != 0) return std::string("cannot limit the file size");
    return saved(path, std::string(1 << 20, 'x'));
  });
  CHECK(report == path + ": cannot write the file (" + std::strerror(EFBIG) + ")");
  CHECK(test::readText(path) == "the old text");
  CHECK(partFiles(dir).empty());
}

TEST_CASE("a save whose rename fails leaves what was there", "[atomic-file][bad-input]") {
  const std::string dir = test::scratchDir("atomic-rename");
  fs::create_directories(dir + "/taken/inside");
  const auto r = writeFileAtomically(dir + "/taken", "text");
  REQUIRE_FALSE(r.ok());
  CHECK_THAT(r.error(), Contains(dir + "/taken: cannot write the file ("));
  CHECK(fs::is_directory(dir + "/taken/inside"));
  CHECK(partFiles(dir).empty());
}

TEST_CASE("a save killed half way leaves the old file whole", "[atomic-file][bad-input]") {
  const std::string dir = test::scratchDir("atomic-kill");
  const std::string path = dir + "/briefing.txt";
  const std::string oldBytes = "the briefing as it was saved last time\n";
  test::writeFile(path, oldBytes);
  const std::string newBytes(8 << 20, 'n');

  int ready[2];
  REQUIRE(pipe(ready) == 0);
  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    // Half the new file written, then the process is killed (the machine loses power). The alarm
    // ends it should the test not get as far as the kill.
    alarm(60);
    close(ready[0]);
    auto file = AtomicFile::create(path);
    if (file) file->write(std::string_view(newBytes).substr(0, newBytes.size() / 2));
    (void)!::write(ready[1], "w", 1);
    for (;;) pause();
  }
  ChildGuard guard{pid};
  close(ready[1]);
  char byte = 0;
  const bool wrote = ::read(ready[0], &byte, 1) == 1;
  close(ready[0]);
  const auto parts = partFiles(dir);
  guard.kill();
  REQUIRE(wrote);
  CHECK(WIFSIGNALED(guard.status));
  // The target has exactly its old bytes...
  CHECK(test::readText(path) == oldBytes);
  // ...and the half-written file was beside it.
  REQUIRE(parts.size() == 1);
  CHECK(fs::file_size(parts[0]) == newBytes.size() / 2);
  fs::remove_all(dir);
}

TEST_CASE("a save killed at whatever moment leaves the old file or the new one, whole", "[atomic-file][bad-input]") {
  const std::string dir = test::scratchDir("atomic-kill-anytime");
  const std::string path = dir + "/map.txt";
  const std::string oldBytes(100000, 'o');
  test::writeFile(path, oldBytes);
  const std::string newBytes(64 << 20, 'n');

  const pid_t pid = fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    alarm(60);
    const bool ok = writeFileAtomically(path, newBytes).ok();
    _exit(ok ? 0 : 1);
  }
  ChildGuard guard{pid};
  // Killed as soon as the save has started to change anything in the folder.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  bool changed = false;
  while (!changed && std::chrono::steady_clock::now() < deadline) {
    std::error_code ec;
    changed = !partFiles(dir).empty() || fs::file_size(path, ec) != oldBytes.size();
    if (!changed) std::this_thread::yield();
  }
  guard.kill();
  CHECK(changed);
  const std::string now = test::readText(path);
  INFO("the file holds " << now.size() << " bytes");
  CHECK((now == oldBytes || now == newBytes));
  fs::remove_all(dir);
}
