// Runs one row of the bad-input catalogue against the real kgatlas binary:
//   catalogue_runner TABLE ID WORKDIR   makes the row's input in WORKDIR/ID, runs kgatlas, checks
//   catalogue_runner TABLE --check      checks that the table itself is well formed
// A row fails when kgatlas exits with another status (or by a signal, or past the row's time
// limit), when its output does not match the row's regex or further checks, or when it holds a
// sanitizer report.
#include <regex.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "catalogue/Inputs.h"
#include "catalogue/Table.h"
#include "support/Process.h"

namespace fs = std::filesystem;
using namespace kg::catalogue;

namespace {

constexpr int kMinimumRows = 40;

std::string replaceAll(std::string text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

std::string regexEscaped(const std::string& literal) {
  std::string out;
  for (char c : literal) {
    if (std::string(".[]()*+?{}|^$\\").find(c) != std::string::npos) out += '\\';
    out += c;
  }
  return out;
}

// Everything under `path` made accessible again, so the row's old folder can be removed.
// Links are left alone: the data folder mirrors the source tree through them.
void makeRemovable(const fs::path& path) {
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(path, ec))) return;
  fs::permissions(path, fs::perms::owner_all, fs::perm_options::add, ec);
  if (fs::is_directory(fs::symlink_status(path, ec)))
    for (const auto& entry : fs::directory_iterator(path, ec)) makeRemovable(entry.path());
}

// A copy of the viewer's data folder made of links to the real one, except that `relative`
// is the row's input: how a row gives the viewer other passages or articles (KGATLAS_DATA_DIR).
std::string dataDirWith(const std::string& dir, const std::string& relative, const std::string& input) {
  const fs::path root = dir + "/data";
  fs::create_directories(root);
  fs::path source = sourceRoot(), mirror = root;
  const fs::path target(relative);
  for (auto part = target.begin(); part != target.end(); ++part) {
    const bool last = std::next(part) == target.end();
    for (const auto& entry : fs::directory_iterator(source)) {
      const fs::path link = mirror / entry.path().filename();
      if (entry.path().filename() != *part && !fs::exists(fs::symlink_status(link))) fs::create_symlink(entry.path(), link);
    }
    if (last) {
      fs::create_symlink(input, mirror / *part);
    } else {
      source /= *part;
      mirror /= *part;
      fs::create_directories(mirror);
    }
  }
  return root.string();
}

struct Placeholders {
  std::string input, dir;

  std::string expand(std::string text) const {
    text = replaceAll(text, "{input}", input);
    text = replaceAll(text, "{dir}", dir);
    text = replaceAll(text, "{source}", sourceRoot());
    for (auto at = text.find("{datadir:"); at != std::string::npos; at = text.find("{datadir:")) {
      const auto close = text.find('}', at);
      const std::string relative = text.substr(at + 9, close - at - 9);
      text.replace(at, close - at + 1, dataDirWith(dir, relative, input));
    }
    return expandText(text);
  }
  std::string pattern(std::string text) const {
    text = replaceAll(text, "{input}", regexEscaped(input));
    text = replaceAll(text, "{dir}", regexEscaped(dir));
    text = replaceAll(text, "{source}", regexEscaped(sourceRoot()));
    return replaceAll(text, "\\t", "\t");
  }
};

// Words separated by spaces; "double quotes" keep spaces in one word.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string word;
  bool quoted = false, any = false;
  for (char c : text) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) out.push_back(word);
      word.clear();
      any = false;
    } else {
      word += c;
      any = true;
    }
  }
  if (any) out.push_back(word);
  return out;
}

bool matches(const std::string& pattern, std::string text) {
  regex_t re;
  if (regcomp(&re, pattern.c_str(), REG_EXTENDED | REG_NEWLINE | REG_NOSUB) != 0)
    throw std::runtime_error("bad regex '" + pattern + "'");
  for (char& c : text)
    if (c == '\0') c = '?';
  const bool found = regexec(&re, text.c_str(), 0, nullptr, 0) == 0;
  regfree(&re);
  return found;
}

int lineCount(const std::string& text) {
  int lines = 0;
  for (char c : text) lines += c == '\n';
  return lines + (!text.empty() && text.back() != '\n');
}

std::string readBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  if (in) bytes << in.rdbuf();
  return bytes.str();
}

std::string excerpt(const std::string& text, std::size_t limit = 3000) {
  std::string out = text.size() > limit ? text.substr(0, limit) + "\n[... " + std::to_string(text.size() - limit) + " more bytes]" : text;
  for (char& c : out)
    if (c == '\0') c = '?';
  return out;
}

struct Outcome {
  std::vector<std::string> failures;
  void require(bool ok, const std::string& what) {
    if (!ok) failures.push_back(what);
  }
};

int runRow(const Row& row, const std::string& workDir) {
  const std::string dir = fs::absolute(workDir + "/" + row.id).string();
  makeRemovable(dir);
  fs::remove_all(dir);
  fs::create_directories(dir);
  const Input input = makeInput(row.input, dir);
  const Placeholders places{input.path, dir};
  // Only a plain file is read: a pipe would wait for a writer.
  const std::string before = fs::is_regular_file(input.path) ? readBytes(input.path) : "";
  const bool wasFolder = !input.path.empty() && fs::is_directory(input.path);

  std::vector<std::string> command, env;
  if (row.runs == "none") env = {"DISPLAY", "WAYLAND_DISPLAY"};
  if (input.unreadable && ::geteuid() == 0)  // root reads anything: run as nobody instead
    command = {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"};
  command.push_back(KGATLAS_BINARY);
  bool inOptions = false;
  for (const std::string& word : words(row.args)) {
    const std::string value = places.expand(word);
    const auto eq = word.find('=');
    if (!inOptions && eq != std::string::npos && word.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ_") == eq) {
      env.push_back(value);
      continue;
    }
    inOptions = true;
    command.push_back(value);
  }

  const auto started = std::chrono::steady_clock::now();
  const int limitSeconds = row.limitSeconds * KGATLAS_SLOWDOWN;  // scaled in sanitizer builds
  const kg::test::Finished run = kg::test::run(command, env, limitSeconds);
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();

  Outcome o;
  if (run.status < 0)
    o.require(false, seconds >= limitSeconds ? "did not finish within " + std::to_string(limitSeconds) + " s"
                                                 : "was ended by a signal (a crash)");
  else
    o.require(run.status == row.exitStatus,
              "exit status " + std::to_string(run.status) + ", expected " + std::to_string(row.exitStatus));
  for (const char* report : {"Sanitizer", "runtime error", "LeakSanitizer"})
    o.require(run.err.find(report) == std::string::npos && run.out.find(report) == std::string::npos,
              std::string("a sanitizer report (") + report + ")");
  const bool onStdout = row.expect.rfind("out:", 0) == 0;
  const std::string pattern = places.pattern(onStdout ? row.expect.substr(4) : row.expect);
  o.require(matches(pattern, onStdout ? run.out : run.err),
            std::string(onStdout ? "stdout" : "stderr") + " does not match /" + pattern + "/");
  for (const std::string& check : words(row.checks == "-" ? "" : row.checks)) {
    const auto colon = check.find(':');
    const std::string name = check.substr(0, colon), arg = colon == std::string::npos ? "" : check.substr(colon + 1);
    if (check == "unchanged") {
      o.require(wasFolder ? fs::is_directory(input.path) : readBytes(input.path) == before,
                input.path + " was changed");
    } else if (name == "png") {
      o.require(readBytes(places.expand(arg)).rfind("\x89PNG\r\n\x1a\n", 0) == 0, places.expand(arg) + " is not a PNG");
    } else if (name == "absent") {
      o.require(!fs::exists(fs::symlink_status(places.expand(arg))), places.expand(arg) + " was written");
    } else if (check.rfind("err-lines<=", 0) == 0) {
      o.require(lineCount(run.err) <= std::stoi(check.substr(11)), "stderr has " + std::to_string(lineCount(run.err)) + " lines");
    } else if (check.rfind("out-lines=", 0) == 0) {
      o.require(lineCount(run.out) == std::stoi(check.substr(10)), "stdout has " + std::to_string(lineCount(run.out)) + " lines");
    } else if (name == "out-has") {
      o.require(matches(places.pattern(arg), run.out), "stdout does not match /" + arg + "/");
    } else if (name == "err-has") {
      o.require(matches(places.pattern(arg), run.err), "stderr does not match /" + arg + "/");
    } else if (name == "err-lacks") {
      o.require(!matches(places.pattern(arg), run.err), "stderr matches /" + arg + "/");
    } else if (name == "out-lacks") {
      o.require(!matches(places.pattern(arg), run.out), "stdout matches /" + arg + "/");
    } else {
      throw std::runtime_error("unknown check '" + check + "'");
    }
  }

  std::printf("%s (table line %d): %s\n", row.id.c_str(), row.line, row.what.c_str());
  std::printf("kgatlas %s\n", excerpt(row.args, 300).c_str());
  std::printf("exit %d after %.1f s\n", run.status, seconds);
  if (o.failures.empty()) {
    std::printf("stderr: %s\n", excerpt(run.err, 600).c_str());
    return 0;
  }
  for (const std::string& f : o.failures) std::printf("FAILED: %s\n", excerpt(f, 600).c_str());
  std::printf("--- stderr\n%s\n--- stdout\n%s\n", excerpt(run.err).c_str(), excerpt(run.out).c_str());
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: catalogue_runner TABLE ID WORKDIR | catalogue_runner TABLE --check\n");
    return 2;
  }
  try {
    const std::vector<Row> rows = readTable(argv[1]);
    const std::string id = argv[2];
    if (id == "--check") {
      if (rows.size() < kMinimumRows) throw std::runtime_error("the catalogue has only " + std::to_string(rows.size()) + " rows");
      std::printf("%zu rows\n", rows.size());
      return 0;
    }
    if (argc < 4) throw std::runtime_error("no work folder given");
    for (const Row& row : rows)
      if (row.id == id) return runRow(row, argv[3]);
    throw std::runtime_error("no row '" + id + "' in " + argv[1]);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "catalogue_runner: %s\n", e.what());
    return 2;
  }
}
