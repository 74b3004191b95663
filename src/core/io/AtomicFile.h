#pragma once
// Saving a file so that nothing a person wrote is lost: the new bytes go to a temporary file
// beside the target, are flushed to the disk, and only then renamed over it. A failure at any
// point (full disk, no permission, a crash, the power going) leaves the old file whole; the
// rename is the one moment the file changes, and it changes completely.
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "core/io/Result.h"

namespace kg {

// Whether commit() waits for the bytes to reach the disk (fsync) before the rename. A save a
// person made does; a file rewritten every frame for scripts (the state dump) need not, since the
// rename alone keeps readers from ever seeing half of it.
enum class Durability { SyncToDisk, RenameOnly };

class AtomicFile {
 public:
  // Creates the temporary file beside path: same folder (so the rename cannot cross file
  // systems), a name no other writer uses ("<path>.<pid>-<n>.part"). A link is followed: the file
  // it points to is replaced, not the link.
  static Result<AtomicFile> create(const std::string& path, Durability durability = Durability::SyncToDisk);
  AtomicFile(AtomicFile&& other) noexcept;
  AtomicFile& operator=(AtomicFile&& other) noexcept;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();  // without a commit, the temporary file is removed and the target untouched

  // Appends bytes to the temporary file. After a failure further writes do nothing, and
  // commit() reports the first failure.
  bool write(std::string_view bytes);
  // Flushes (and syncs), closes and renames the temporary file over the target. On failure the
  // temporary file is removed and the error names the file and the reason.
  Result<bool> commit();

  const std::string& path() const { return path_; }
  const std::string& temporaryPath() const { return temporary_; }

 private:
  AtomicFile(std::string path, std::string target, std::string temporary, int fd, Durability durability)
      : path_(std::move(path)), target_(std::move(target)), temporary_(std::move(temporary)), fd_(fd),
        durability_(durability) {}
  void abandon();  // closes and removes the temporary file

  std::string path_;    // as the caller named it, for messages
  std::string target_;  // the file replaced: path_, or what it links to
  std::string temporary_;
  int fd_ = -1;
  Durability durability_ = Durability::SyncToDisk;
  std::string failure_;  // the first write's failure, reported by commit()
};

// What an export writes, so that it replaces only its own earlier output: a file that is there
// and does not start like this kind is someone else's, and is never overwritten.
struct OwnFileKind {
  std::string name;       // "a PNG image", for "exists and is not a PNG image" (said: say("a PNG image"))
  const char* extension;  // ".png", for "is a folder; name a .png file to write"
  std::size_t headBytes;  // how much of an existing file `recognises` looks at
  bool (*recognises)(std::string_view head);
};
// Nothing when `path` may be written: it is not there, or is a file of this kind. Otherwise why not.
Result<bool> mayReplace(const std::string& path, const OwnFileKind& kind);

// The whole file at once: create, write, commit.
Result<bool> writeFileAtomically(const std::string& path, std::string_view bytes,
                                 Durability durability = Durability::SyncToDisk);

}  // namespace kg
