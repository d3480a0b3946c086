// SPDX-License-Identifier: Apache-2.0
// Shared helpers of the conservative-backend tests: the few bdwgc entry points they call directly
// (to force collections and read the heap), a call scope, byte patterns that show whether memory
// was reclaimed and reused, and stack scrubbing against false retention by stale stack slots.
#pragma once

#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "gc/gc.hpp"

// bdwgc's include folder is private to rt_gc_conservative (gc/conservative/CMakeLists.txt links
// rt_bdwgc PRIVATE), so the tests declare the four bdwgc functions they call; the linker finds
// them in the backend's static libraries. Signatures as in bdwgc 8.2.2's gc.h.
extern "C" {
void GC_gcollect(void);
size_t GC_get_heap_size(void);
size_t GC_get_free_bytes(void);
size_t GC_get_bytes_since_gc(void);
}

namespace rt::gc::test {

constexpr size_t kKiB = 1024;
constexpr size_t kMiB = 1024 * 1024;

/// Brackets a test in callBegin()/callEnd(). The conservative backend cannot check for leaks at
/// callEnd() per object (natively the objects stay for bdwgc); tests that care measure the heap.
struct CallScope {
  CallScope() { callBegin(); }
  ~CallScope() { callEnd(); }
  CallScope(const CallScope&) = delete;
  CallScope& operator=(const CallScope&) = delete;
};

/// Bytes of bdwgc's heap in use: what it obtained from the OS minus its free blocks. Blocks that
/// hold only garbage after a collection count as free (bdwgc frees empty blocks at once).
/// (bdwgc 8.2.2's GC_get_memory_use() is not used: it scales hb_sz, already in bytes, by the word
/// size, so it overstates every block of objects larger than 512 bytes.)
inline size_t heapInUse() { return GC_get_heap_size() - GC_get_free_bytes(); }

/// Overwrites 64 KiB of stack below the caller, so that pointers left in the dead frames of
/// earlier helpers cannot end up inside the collector's own (scanned) frames.
[[gnu::noinline]] inline void scrubStack() {
  volatile uintptr_t words[8192];
  for (auto& w : words) w = 0;
}

/// A full collection with a scrubbed stack (twice: the first one may still see a stale pointer in
/// a register of a frame that is gone by the second).
[[gnu::noinline]] inline void collectNow() {
  scrubStack();
  GC_gcollect();
  scrubStack();
  GC_gcollect();
}

/// The byte at `i` of the pattern of `seed`: differs between seeds, rarely zero, never constant.
inline uint8_t patternByte(uint64_t seed, size_t i) {
  uint64_t x = (seed + 1) * 0x9E3779B97F4A7C15ull + i * 0xD6E8FEB86659FD93ull;
  return static_cast<uint8_t>((x >> 56) | 1);
}

/// Fills `size` bytes at `p` with the pattern of `seed`.
inline void fillPattern(void* p, size_t size, uint64_t seed) {
  auto* b = static_cast<uint8_t*>(p);
  for (size_t i = 0; i < size; ++i) b[i] = patternByte(seed, i);
}

/// True when `size` bytes at `p` still hold the pattern of `seed`.
inline bool holdsPattern(const void* p, size_t size, uint64_t seed) {
  auto* b = static_cast<const uint8_t*>(p);
  for (size_t i = 0; i < size; ++i)
    if (b[i] != patternByte(seed, i)) return false;
  return true;
}

/// Allocates `bytes` of garbage in pieces of assorted sizes (16 B to 16 KiB, some larger) and
/// fills it with 0xA5, then drops it: an object the collector wrongly reclaimed is likely to be
/// handed out again here and overwritten.
[[gnu::noinline]] inline void churn(size_t bytes) {
  uint32_t x = 12345;
  for (size_t done = 0; done < bytes;) {
    x = x * 1103515245u + 12345u;
    size_t size = 16u << ((x >> 16) % 11);  // 16 B .. 16 KiB
    if ((x >> 8) % 64 == 0) size = 64 * kKiB + (x >> 4) % (64 * kKiB);
    std::memset(allocate(size), 0xA5, size);
    done += size;
  }
}

}  // namespace rt::gc::test
