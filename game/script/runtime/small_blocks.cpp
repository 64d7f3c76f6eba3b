// The Lua state's small blocks; see small_blocks.hpp.
#include "game/script/runtime/small_blocks.hpp"

#include <cstdlib>

namespace accord::script {

SmallBlocks::~SmallBlocks() {
  for (void* chunk : m_chunks) std::free(chunk);
}

void* SmallBlocks::take(size_t size) {
  const size_t c = classOf(size);
  if (Free* f = m_free[c]) {
    m_free[c] = f->next;
    return f;
  }
  const size_t bytes = c * kGrain;
  if (static_cast<size_t>(m_end - m_cursor) < bytes) {
    // What is left of the chunk goes to the free lists rather than to waste.
    while (static_cast<size_t>(m_end - m_cursor) >= kGrain) {
      const size_t rest = static_cast<size_t>(m_end - m_cursor) / kGrain;
      const size_t piece = rest < kClasses - 1 ? rest : kClasses - 1;
      give(m_cursor, piece * kGrain);
      m_cursor += piece * kGrain;
    }
    void* chunk = std::malloc(kChunk);
    if (chunk == nullptr) return nullptr;
    try {
      m_chunks.push_back(chunk);
    } catch (...) {  // Lua calls this from C: nothing may be thrown through it
      std::free(chunk);
      return nullptr;
    }
    m_cursor = static_cast<char*>(chunk);
    m_end = m_cursor + kChunk;
  }
  void* block = m_cursor;
  m_cursor += bytes;
  return block;
}

void SmallBlocks::give(void* block, size_t size) {
  const size_t c = classOf(size);
  auto* f = static_cast<Free*>(block);
  f->next = m_free[c];
  m_free[c] = f;
}

void SmallBlocks::adopt(void* block) noexcept {
  try {
    m_chunks.push_back(block);
  } catch (...) {  // out of memory as it is: the block is kept for the game and lost after it
  }
}

}  // namespace accord::script
