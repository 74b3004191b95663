#pragma once
// This process's memory: how much it holds (the state dump reports it, the soak test watches it)
// and how the C library hands large blocks back.
#include <cstddef>
#include <optional>

namespace kg {

// Bytes of this process's memory resident in RAM now (Linux: /proc/self/statm); nothing where
// the system does not say.
std::optional<std::size_t> residentMemoryBytes();

// Makes a freed large block (the GL driver's frame-sized buffers, reallocated as the window is
// resized) go back to the system at once. glibc otherwise raises its threshold for mapping large
// blocks after the first is freed and serves later ones from its heap, where they fragment it:
// under the soak's random input the heap grew by 20-30 MB in the first few thousand frames and
// kept it, while the memory in use stayed flat. Call once, at start-up. Does nothing with another
// C library, or under a sanitizer's allocator.
void returnLargeBlocksToSystem();

}  // namespace kg
