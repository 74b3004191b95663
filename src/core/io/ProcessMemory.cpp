#include "core/io/ProcessMemory.h"

#include <unistd.h>

#include <cstdio>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace kg {

std::optional<std::size_t> residentMemoryBytes() {
  std::FILE* statm = std::fopen("/proc/self/statm", "r");
  if (!statm) return std::nullopt;
  unsigned long long sizePages = 0, residentPages = 0;
  const int read = std::fscanf(statm, "%llu %llu", &sizePages, &residentPages);
  std::fclose(statm);
  const long pageSize = sysconf(_SC_PAGESIZE);
  if (read != 2 || pageSize <= 0) return std::nullopt;
  return static_cast<std::size_t>(residentPages) * static_cast<std::size_t>(pageSize);
}

void returnLargeBlocksToSystem() {
#if defined(__GLIBC__)
  // Fixed thresholds (glibc's defaults, no longer raised as blocks are freed): blocks from 128 KiB
  // are mapped and unmapped on their own; up to 4 MiB free at the heap's top is kept, so the
  // heap is not shrunk and grown again every frame.
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
  mallopt(M_TRIM_THRESHOLD, 4 * 1024 * 1024);
#endif
}

}  // namespace kg
