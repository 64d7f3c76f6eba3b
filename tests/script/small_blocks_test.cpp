// Tests of the Lua state's small blocks: distinct, aligned blocks of at least the size asked for,
// reused by size class once given back.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <set>
#include <vector>

#include "game/script/runtime/small_blocks.hpp"

using accord::script::SmallBlocks;

TEST_CASE("[script] small blocks are distinct, aligned and reused by size class") {
  if (!SmallBlocks::small(1)) return;  // under AddressSanitizer every block is the general allocator's
  SmallBlocks blocks;
  struct Taken {
    void* at;
    size_t size;
  };
  std::vector<Taken> taken;
  // Enough of every size to fill several chunks.
  for (int round = 0; round < 40; ++round) {
    for (size_t size = 1; size <= SmallBlocks::kLargest; size += 7) {
      void* b = blocks.take(size);
      REQUIRE(b != nullptr);
      CHECK(reinterpret_cast<uintptr_t>(b) % 16 == 0);
      std::memset(b, 0xAB, size);
      taken.push_back({b, size});
    }
  }
  // No two blocks overlap.
  std::set<std::pair<uintptr_t, uintptr_t>> spans;
  for (const auto& t : taken) spans.emplace(reinterpret_cast<uintptr_t>(t.at), reinterpret_cast<uintptr_t>(t.at) + t.size);
  uintptr_t end = 0;
  for (const auto& [from, to] : spans) {
    CHECK(from >= end);
    end = to;
  }

  CHECK(SmallBlocks::sameClass(17, 32));
  CHECK_FALSE(SmallBlocks::sameClass(16, 17));
  // A block given back is the next one taken of its class, and not one of another class.
  void* given = taken[3].at;
  const size_t size = taken[3].size;
  blocks.give(given, size);
  void* other = blocks.take(size + SmallBlocks::kGrain <= SmallBlocks::kLargest ? size + SmallBlocks::kGrain : size - SmallBlocks::kGrain);
  CHECK(other != given);
  CHECK(blocks.take(size) == given);
}
