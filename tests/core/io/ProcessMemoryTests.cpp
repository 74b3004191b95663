#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/io/ProcessMemory.h"

using namespace kg;

namespace {

// A large block with every page written, so that it is resident.
char* touchedBlock(std::size_t bytes) {
  char* block = static_cast<char*>(std::malloc(bytes));
  REQUIRE(block);
  volatile char* pages = block;
  for (std::size_t i = 0; i < bytes; i += 4096) pages[i] = 1;
  return block;
}

void* volatile keep;  // so the compiler keeps every allocation below

}  // namespace

TEST_CASE("this process's resident memory is reported", "[memory]") {
  const auto before = residentMemoryBytes();
  REQUIRE(before);
  CHECK(*before > 1024 * 1024);
  char* block = touchedBlock(64 << 20);
  keep = block;
  const auto after = residentMemoryBytes();
  std::free(block);
  REQUIRE(after);
  CHECK(*after >= *before + (60 << 20));
}

// Whether a sanitizer's allocator stands in for the C library's (gcc says one way, clang another).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define KGATLAS_SANITIZER_ALLOCATOR 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define KGATLAS_SANITIZER_ALLOCATOR 1
#endif
#endif

#if defined(__GLIBC__) && !defined(KGATLAS_SANITIZER_ALLOCATOR)
// glibc's own allocator only: a sanitizer's allocator keeps freed blocks a while on purpose.
TEST_CASE("a large block freed goes back to the system, the second time too", "[memory]") {
  returnLargeBlocksToSystem();
  constexpr std::size_t kBlock = 16 << 20;
  char* first = touchedBlock(kBlock);
  keep = first;
  std::free(first);  // by default glibc now serves blocks this large from its heap
  const auto before = residentMemoryBytes();
  char* block = touchedBlock(kBlock);
  keep = block;
  void* pin = std::malloc(64);  // after the block, were it in the heap: the heap cannot shrink past it
  keep = pin;
  std::free(block);
  const auto after = residentMemoryBytes();
  std::free(pin);
  REQUIRE(before);
  REQUIRE(after);
  CHECK(*after < *before + kBlock / 2);
}
#endif
