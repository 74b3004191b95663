#include "core/io/AtomicFile.h"
#include "core/io/Say.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <utility>

namespace kg {
namespace {

std::string reason(int error) { return std::strerror(error); }

Error failure(const std::string& path, const std::string& why) {
  return Error{say("{file}: cannot write the file ({why})", {{"file", path}, {"why", why}})};
}

// The file a save replaces: the one a link points to, so the link stays a link.
std::string resolvedTarget(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_symlink(path, ec)) return path;
  const std::filesystem::path link(path);
  std::filesystem::path target = std::filesystem::read_symlink(link, ec);
  if (ec) return path;
  if (target.is_relative()) target = link.parent_path() / target;
  return target.string();
}

// The folder that holds path, for syncing the rename itself to the disk.
std::string folderOf(const std::string& path) {
  const std::string parent = std::filesystem::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

}  // namespace

Result<AtomicFile> AtomicFile::create(const std::string& path, Durability durability) {
  const std::string target = resolvedTarget(path);
  // Unique among this process's writers by the counter, among processes by the pid; O_EXCL
  // refuses a name that is somehow taken (a leftover of a killed writer with a recycled pid).
  static std::atomic<unsigned> counter{0};
  int fd = -1;
  std::string temporary;
  for (int attempt = 0; attempt < 100 && fd < 0; ++attempt) {
    temporary = target + "." + std::to_string(getpid()) + "-" + std::to_string(counter++) + ".part";
    fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0 && errno != EEXIST) return failure(path, reason(errno));
  }
  if (fd < 0) return failure(path, say("no free name for a temporary file beside it"));
  // A replaced file keeps its permissions (a file a person made private stays private).
  struct stat existing {};
  if (::stat(target.c_str(), &existing) == 0) (void)::fchmod(fd, existing.st_mode & 07777);
  return AtomicFile(path, target, std::move(temporary), fd, durability);
}

AtomicFile::AtomicFile(AtomicFile&& other) noexcept
    : path_(std::move(other.path_)),
      target_(std::move(other.target_)),
      temporary_(std::move(other.temporary_)),
      fd_(std::exchange(other.fd_, -1)),
      durability_(other.durability_),
      failure_(std::move(other.failure_)) {}

AtomicFile& AtomicFile::operator=(AtomicFile&& other) noexcept {
  if (this != &other) {
    abandon();
    path_ = std::move(other.path_);
    target_ = std::move(other.target_);
    temporary_ = std::move(other.temporary_);
    fd_ = std::exchange(other.fd_, -1);
    durability_ = other.durability_;
    failure_ = std::move(other.failure_);
  }
  return *this;
}

AtomicFile::~AtomicFile() { abandon(); }

void AtomicFile::abandon() {
  if (fd_ < 0) return;
  ::close(fd_);
  fd_ = -1;
  ::unlink(temporary_.c_str());
}

bool AtomicFile::write(std::string_view bytes) {
  if (fd_ < 0 || !failure_.empty()) return false;
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd_, bytes.data(), bytes.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      failure_ = reason(errno);
      return false;
    }
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

Result<bool> AtomicFile::commit() {
  if (fd_ < 0) return failure(path_, say("already saved or abandoned"));
  if (!failure_.empty()) {
    abandon();
    return failure(path_, failure_);
  }
  if (durability_ == Durability::SyncToDisk && ::fsync(fd_) != 0) {
    const int error = errno;
    abandon();
    return failure(path_, reason(error));
  }
  // close() is where some file systems (NFS) report a failed write.
  const int closed = ::close(fd_);
  const int closeError = errno;
  fd_ = -1;
  if (closed != 0) {
    ::unlink(temporary_.c_str());
    return failure(path_, reason(closeError));
  }
  if (::rename(temporary_.c_str(), target_.c_str()) != 0) {
    const int error = errno;
    ::unlink(temporary_.c_str());
    return failure(path_, reason(error));
  }
  if (durability_ == Durability::SyncToDisk) {
    // The rename is a change to the folder: sync it too, or a power cut may undo it. The new
    // file is in place either way, so a folder that cannot be synced is no failure.
    const int folder = ::open(folderOf(target_).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folder >= 0) {
      (void)::fsync(folder);
      ::close(folder);
    }
  }
  return true;
}

Result<bool> writeFileAtomically(const std::string& path, std::string_view bytes, Durability durability) {
  auto file = AtomicFile::create(path, durability);
  if (!file) return Error{file.error()};
  file->write(bytes);
  return file->commit();
}

Result<bool> mayReplace(const std::string& path, const OwnFileKind& kind) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return true;
  if (std::filesystem::is_directory(path, ec))
    return Error{say("{file}: is a folder; name a {extension} file to write", {{"file", path}, {"extension", kind.extension}})};
  std::ifstream existing(path, std::ios::binary);
  std::string head(kind.headBytes, '\0');
  existing.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(existing.gcount()));
  if (!kind.recognises(head))
    return Error{say("{file}: exists and is not {kind}; not overwriting it", {{"file", path}, {"kind", kind.name}})};
  return true;
}

}  // namespace kg
