// SPDX-License-Identifier: Apache-2.0
// host_heap: the precise, reference-counted backend of gc/gc.hpp.
//
// Small allocations (slot <= kMaxSmallSlot) are carved from chunks with a bump pointer and
// recycled through one LIFO free list per size class; a chunk's unusable tail is carved into the
// largest classes that fit when the heap moves on to a new chunk. Large allocations are their
// own chunk-source block, linked into a list so callEnd() can find them, and given back to the
// source as soon as they are released. callEnd() gives every chunk and large block back.
//
// Chunk sizes are powers of two, 512 B growing to 1 MiB (1/16 of what is already held, so the
// last chunk's unused part stays a small fraction). The host's freeing-bump allocator rounds each
// request up to a power of two and adds an 8-byte header outside it
// (substrate/client/allocator/src/freeing_bump.rs, Order::from_size and HEADER_SIZE,
// https://github.com/paritytech/polkadot-sdk/blob/1eef7ea5f690198481adc9abe9fc662899c114dd/substrate/client/allocator/src/freeing_bump.rs),
// so a 2^k request costs exactly 2^k + 8: nothing is lost to its rounding.
#include <cstring>

#include "gc/gc.hpp"
#include "gc/host_heap/chunk_source.hpp"
#include "gc/host_heap/object.hpp"
#include "gc/host_heap/size_class.hpp"
#include "rt/assert.hpp"

namespace rt::gc::host_heap {
namespace {

// --- configuration ---

constexpr uint32_t kMinChunk = 512;          // first chunk of a call: small calls stay small
constexpr uint32_t kMaxChunk = 1024 * 1024;  // chunks never grow beyond this
constexpr uint32_t kChunkGrowthDivisor = 16;  // next chunk <= held chunk bytes / 16
[[maybe_unused]] constexpr uint8_t kPoisonByte = 0xdd;         // freed memory at RT_DEBUG >= 3
[[maybe_unused]] constexpr uint8_t kCanaryByte = 0xc5;         // after each payload at RT_DEBUG >= 3

// --- data structures ---

/// A free slot: the link lives in the payload, so the header keeps its size and freed bit.
struct FreeSlot {
  FreeSlot* next;
};

/// At the start of every chunk; the chunks of a call form a singly linked list.
struct alignas(8) ChunkHead {
  ChunkHead* next;
  uint32_t size;
};

/// At the start of every large block, before the allocation header.
struct alignas(8) LargeHead {
  LargeHead* prev;
  LargeHead* next;
  uint32_t size;
};

/// An object whose count reached zero while another release was running.
struct PendingRelease {
  void* payload;
  DestroyFn destroy;
};

/// The whole backend state; zero-initialised, so no global constructor runs on wasm.
struct HeapState {
  FreeSlot* free_lists[kClassCount];
  char* bump;
  char* bump_end;
  ChunkHead* chunks;
  LargeHead* large;
  uint64_t chunk_bytes;  // bytes of chunks held (drives the next chunk size)
  // The release queue: a stack in GC memory, grown by doubling (internal, not in the stats).
  PendingRelease* pending;
  uint32_t pending_count;
  uint32_t pending_capacity;
  bool releasing;
  bool in_call;
  Stats stats;
};

constinit HeapState g_heap{};

// --- statistics ---

void noteHostAcquire(uint32_t size) {
  Stats& s = g_heap.stats;
  ++s.host_malloc_calls;
  s.host_bytes += hostCost(size);
  if (s.host_bytes > s.peak_host_bytes) s.peak_host_bytes = s.host_bytes;
}

void noteHostRelease(uint32_t size) {
  Stats& s = g_heap.stats;
  ++s.host_free_calls;
  RT_ASSERT_INTERNAL(s.host_bytes >= hostCost(size));
  s.host_bytes -= hostCost(size);
}

void noteAllocate(uint64_t size) {
  Stats& s = g_heap.stats;
  ++s.allocations;
  s.allocated_bytes += size;
  s.live_bytes += size;
  if (s.live_bytes > s.peak_live_bytes) s.peak_live_bytes = s.live_bytes;
}

void noteRelease(uint64_t size) {
  RT_ASSERT_INTERNAL(g_heap.stats.live_bytes >= size);
  g_heap.stats.live_bytes -= size;
}

// --- chunk source ---

void* acquire(uint32_t size) {
  void* block = chunkAcquire(size);
  if (block == nullptr) rt_panic("gc: out of memory (host allocator returned null)", __FILE__, __LINE__);
  RT_ASSERT_INTERNAL((reinterpret_cast<uintptr_t>(block) & 7) == 0);
  noteHostAcquire(size);
  return block;
}

void release(void* block, uint32_t size) {
  noteHostRelease(size);
  chunkRelease(block);
}

// --- slots ---

void pushFree(char* slot, uint32_t cls) {
  auto* h = reinterpret_cast<Header*>(slot);
  h->refs = 0;
  h->info = kFreedBit;
#if RT_DEBUG >= 3
  std::memset(slot + kHeaderSize, kPoisonByte, slotOfClass(cls) - kHeaderSize);
#endif
  auto* f = reinterpret_cast<FreeSlot*>(slot + kHeaderSize);
  f->next = g_heap.free_lists[cls];
  g_heap.free_lists[cls] = f;
}

/// Carves what is left of the current chunk into free slots of the largest classes that fit.
void retireTail() {
  uint32_t rest = static_cast<uint32_t>(g_heap.bump_end - g_heap.bump);
  while (rest >= kMinSlot) {
    uint32_t cls = classFloor(rest < kMaxSmallSlot ? rest : kMaxSmallSlot);
    pushFree(g_heap.bump, cls);
    g_heap.bump += slotOfClass(cls);
    rest -= slotOfClass(cls);
  }
  g_heap.bump = g_heap.bump_end = nullptr;
}

/// A new chunk with room for at least one slot of `slot_size` bytes.
void newChunk(uint32_t slot_size) {
  uint64_t want = g_heap.chunk_bytes / kChunkGrowthDivisor;
  uint32_t size = kMinChunk;
  while (size < kMaxChunk && size * uint64_t{2} <= want) size *= 2;
  while (size < sizeof(ChunkHead) + uint64_t{slot_size}) size *= 2;  // <= 32 KiB: slots are <= 16 KiB
  auto* chunk = static_cast<ChunkHead*>(acquire(size));
  chunk->next = g_heap.chunks;
  chunk->size = size;
  g_heap.chunks = chunk;
  g_heap.chunk_bytes += size;
  g_heap.bump = reinterpret_cast<char*>(chunk) + sizeof(ChunkHead);
  g_heap.bump_end = reinterpret_cast<char*>(chunk) + size;
}

/// Pops a free slot of class `cls`, or null.
char* popFree(uint32_t cls) {
  FreeSlot* f = g_heap.free_lists[cls];
  if (f == nullptr) return nullptr;
  g_heap.free_lists[cls] = f->next;
  char* slot = reinterpret_cast<char*>(f) - kHeaderSize;
  RT_ASSERT_INTERNAL(reinterpret_cast<Header*>(slot)->info == kFreedBit);
#if RT_DEBUG >= 3
  // Use-after-free check: everything past the link must still be poison.
  const auto* p = reinterpret_cast<const uint8_t*>(slot) + kHeaderSize + sizeof(FreeSlot);
  for (uint32_t i = kHeaderSize + sizeof(FreeSlot); i < slotOfClass(cls); ++i, ++p)
    RT_ASSERT_EXPENSIVE(*p == kPoisonByte);
#endif
  return slot;
}

/// A slot of class `cls` or up to kMaxClassStep classes above (header uninitialised); `step`
/// receives how many classes above. A free slot of a slightly larger class is reused before fresh
/// chunk memory is carved: with segregated free lists, the host bytes held would otherwise follow
/// the sum of every class's own peak rather than the peak of their sum.
char* takeSlot(uint32_t cls, uint32_t& step) {
  for (step = 0; step <= kMaxClassStep && cls + step < kClassCount; ++step) {
    if (char* slot = popFree(cls + step)) return slot;
  }
  step = 0;
  uint32_t slot_size = slotOfClass(cls);
  if (static_cast<uint64_t>(g_heap.bump_end - g_heap.bump) < slot_size) {
    if (g_heap.bump) retireTail();
    newChunk(slot_size);
  }
  char* slot = g_heap.bump;
  g_heap.bump += slot_size;
  return slot;
}

/// Header + payload for `size` requested bytes, header initialised; not counted in the stats.
void* allocateRaw(size_t size, uint32_t flags) {
  if (size > kMaxRequest) rt_panic("gc: out of memory (allocation too large)", __FILE__, __LINE__);
  uint64_t slot_size = slotSizeFor(size);
  char* slot;
  uint32_t step = 0;
  if (slot_size <= kMaxSmallSlot) {
    slot = takeSlot(classOfSlot(static_cast<uint32_t>(slot_size)), step);
  } else {
    uint32_t block_size = static_cast<uint32_t>(sizeof(LargeHead) + slot_size);
    auto* large = static_cast<LargeHead*>(acquire(block_size));
    large->prev = nullptr;
    large->next = g_heap.large;
    large->size = block_size;
    if (g_heap.large) g_heap.large->prev = large;
    g_heap.large = large;
    slot = reinterpret_cast<char*>(large) + sizeof(LargeHead);
  }
  auto* h = reinterpret_cast<Header*>(slot);
  h->refs = (flags & kObjectBit) ? 1 : 0;
  h->info = static_cast<uint32_t>(size) | (step << kClassStepShift) | flags;
#if RT_DEBUG >= 3
  std::memset(slot + kHeaderSize + size, kCanaryByte, kCanarySize);
#endif
  return slot + kHeaderSize;
}

/// Frees an allocation from allocateRaw(); returns its requested size.
uint32_t freeRaw(void* payload) {
  Header* h = headerOf(payload);
  RT_ASSERT(!(h->info & kFreedBit));  // double free
  uint32_t size = h->info & kSizeMask;
  uint32_t step = (h->info & kClassStepMask) >> kClassStepShift;
#if RT_DEBUG >= 3
  const auto* canary = static_cast<const uint8_t*>(payload) + size;
  for (uint32_t i = 0; i < kCanarySize; ++i) RT_ASSERT_EXPENSIVE(canary[i] == kCanaryByte);
#endif
  char* slot = reinterpret_cast<char*>(h);
  uint64_t slot_size = slotSizeFor(size);
  if (slot_size <= kMaxSmallSlot) {
    pushFree(slot, classOfSlot(static_cast<uint32_t>(slot_size)) + step);
  } else {
    auto* large = reinterpret_cast<LargeHead*>(slot - sizeof(LargeHead));
    if (large->prev) large->prev->next = large->next;
    else g_heap.large = large->next;
    if (large->next) large->next->prev = large->prev;
    release(large, large->size);
  }
  return size;
}

// --- release queue ---

void pushPending(void* payload, DestroyFn destroy) {
  if (g_heap.pending_count == g_heap.pending_capacity) {
    uint32_t capacity = g_heap.pending_capacity ? g_heap.pending_capacity * 2 : 64;
    auto* grown = static_cast<PendingRelease*>(allocateRaw(capacity * sizeof(PendingRelease), 0));
    if (g_heap.pending) {
      std::memcpy(grown, g_heap.pending, g_heap.pending_count * sizeof(PendingRelease));
      freeRaw(g_heap.pending);
    }
    g_heap.pending = grown;
    g_heap.pending_capacity = capacity;
  }
  g_heap.pending[g_heap.pending_count++] = PendingRelease{payload, destroy};
}

void destroyAndFree(void* payload, DestroyFn destroy) {
  destroy(payload);
  RT_ASSERT_INTERNAL(headerOf(payload)->refs == 0);
  noteRelease(freeRaw(payload));
}

}  // namespace

// --- object layer (object.hpp) ---

void* allocateObject(size_t size) {
  void* p = allocateRaw(size, kObjectBit);
  noteAllocate(size);
  return p;
}

void releaseObject(void* payload, DestroyFn destroy) noexcept {
  if (g_heap.releasing) {
    pushPending(payload, destroy);
    return;
  }
  g_heap.releasing = true;
  destroyAndFree(payload, destroy);
  while (g_heap.pending_count > 0) {
    PendingRelease next = g_heap.pending[--g_heap.pending_count];
    destroyAndFree(next.payload, next.destroy);
  }
  g_heap.releasing = false;
}

}  // namespace rt::gc::host_heap

// --- the contract (gc.hpp) ---

namespace rt::gc {

using namespace host_heap;

Stats stats() { return g_heap.stats; }

void callBegin() {
  if (g_heap.in_call) return;
  g_heap.in_call = true;
  chunkBeginCall();
  // Per-call counters start afresh; what is held (normally nothing) stays accounted.
  Stats& s = g_heap.stats;
  s = Stats{.live_bytes = s.live_bytes,
            .peak_live_bytes = s.live_bytes,
            .host_bytes = s.host_bytes,
            .peak_host_bytes = s.host_bytes};
}

void callEnd() {
  RT_ASSERT(!g_heap.releasing);
  while (ChunkHead* chunk = g_heap.chunks) {
    g_heap.chunks = chunk->next;
    release(chunk, chunk->size);
  }
  while (LargeHead* large = g_heap.large) {
    g_heap.large = large->next;
    release(large, large->size);
  }
  chunkEndCall();
  RT_ASSERT_INTERNAL(g_heap.stats.host_bytes == 0);
  Stats kept = g_heap.stats;
  kept.live_bytes = 0;
  kept.host_bytes = 0;
  g_heap = HeapState{};
  g_heap.stats = kept;
}

void* allocate(size_t size) {
  void* p = allocateRaw(size, 0);
  noteAllocate(size);
  return p;
}

void deallocate(void* ptr, size_t size) noexcept {
  if (ptr == nullptr) return;
  (void)size;  // only checked at RT_DEBUG >= 2: the header knows the size
  RT_ASSERT(!(headerOf(ptr)->info & kFreedBit));  // double free
  RT_ASSERT_INTERNAL(!(headerOf(ptr)->info & kObjectBit));
  RT_ASSERT_INTERNAL(size == 0 || size == (headerOf(ptr)->info & kSizeMask));
  noteRelease(freeRaw(ptr));
}

void* allocateAtomic(size_t size) { return allocate(size); }

uint8_t* hostBuffer(uint32_t size) {
  uint8_t* p = chunkHostBuffer(size);
  if (p == nullptr) rt_panic("gc: out of memory (host buffer)", __FILE__, __LINE__);
  return p;
}

void safePoint() {}

}  // namespace rt::gc
