// The Lua state's small blocks: free lists by size class, carved from chunks the runtime owns.
//
// Most of what a game's Lua allocates is a few dozen bytes (tables, their parts, strings,
// closures), made and dropped by the thousand each turn. Taking such a block from a free list is
// a few instructions where the general allocator, asked through realloc and free, needs dozens,
// and the blocks of one game stay close together. Blocks larger than kLargest, and every block
// under AddressSanitizer (so that it still sees each one), come from the general allocator.
#pragma once

#include <array>
#include <cstddef>
#include <cstdlib>
#include <vector>

namespace accord::script {

class SmallBlocks {
 public:
#if defined(__SANITIZE_ADDRESS__)
  static constexpr size_t kLargest = 0;
#else
  static constexpr size_t kLargest = 256;
#endif
  static constexpr size_t kGrain = 16;

  SmallBlocks() = default;
  SmallBlocks(const SmallBlocks&) = delete;
  SmallBlocks& operator=(const SmallBlocks&) = delete;
  ~SmallBlocks();

  static bool small(size_t size) { return size <= kLargest; }
  static bool sameClass(size_t a, size_t b) { return classOf(a) == classOf(b); }
  // A block of at least `size` bytes (1..kLargest), or nullptr when no memory is left.
  void* take(size_t size);
  // Gives back a block taken for `size` bytes.
  void give(void* block, size_t size);
  // A block of `size` bytes (at least 1): a small block, or the general allocator's; nullptr when
  // no memory is left.
  void* acquire(size_t size) { return small(size) ? take(size) : std::malloc(size); }
  // Gives back a block acquired for `size` bytes to where it came from.
  void release(void* block, size_t size) {
    if (small(size)) give(block, size);
    else std::free(block);
  }
  // Takes on a block of the general allocator that is from now on given back as a small one, so
  // that it is freed with the chunks.
  void adopt(void* block) noexcept;

 private:
  static constexpr size_t kChunk = 32 * 1024;
  static constexpr size_t kClasses = kLargest / kGrain + 1;
  static size_t classOf(size_t size) { return (size + kGrain - 1) / kGrain; }
  struct Free {
    Free* next;
  };
  std::array<Free*, kClasses> m_free{};
  std::vector<void*> m_chunks;
  char* m_cursor = nullptr;
  char* m_end = nullptr;
};

}  // namespace accord::script
