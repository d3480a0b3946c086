// SPDX-License-Identifier: Apache-2.0
// The GC contract: the one interface codec, runtime and pallets allocate through. Written like a
// platform contract (mimalloc's prim.h): every promise a backend makes is stated here, once.
//
// Backends (chosen at build time, RT_GC_HOST_HEAP / RT_GC_CONSERVATIVE):
//   gc/host_heap/     precise and reference-counted: an object is released exactly when its last
//                     Ref goes. Small objects live in size-class free lists inside large chunks
//                     taken from the host allocator (ext_allocator_malloc); large objects are
//                     their own host blocks. Natively: one mimalloc heap per call.
//   gc/conservative/  bdwgc on the GC region [linker __heap_base, exported __heap_base); Refs are
//                     plain pointers found by scanning data/bss and the shadow stack.
//
// Promises common to all backends
//   - allocate() returns 8-byte aligned memory, never null: exhaustion logs one line under target
//     "gc" and traps (deterministically, same input -> same trap).
//   - Nothing outlives a runtime call: callEnd() gives every byte back (host_heap returns all
//     chunks to the host; conservative forgets the region, which the host never touches).
//   - Memory handed to the host as an entry point's result is a host block (hostBuffer()), never
//     GC memory, because the host reads it after callEnd().
//   - No per-object host calls for small objects.
//   - Not thread-safe: a runtime call is single-threaded.
#pragma once

#include <cstddef>
#include <cstdint>

namespace rt::gc {

// --- statistics ---

/// Counters of the current call, readable from tests and bench/. All sizes in bytes.
/// host_heap counts exactly. conservative cannot see frees: live_bytes is an upper bound (bytes
/// the last collection found reachable + bytes allocated since) and peak_live_bytes the most bytes
/// any collection of the call found reachable (0 if none ran); it holds nothing from the host, so
/// the host_* counters stay 0 and region_high_water tells its footprint.
struct Stats {
  uint64_t live_bytes = 0;          ///< requested bytes of objects not yet released/collected
  uint64_t peak_live_bytes = 0;     ///< high-water mark of live_bytes (conservative: see above)
  uint64_t allocated_bytes = 0;     ///< requested bytes over the whole call
  uint64_t allocations = 0;         ///< number of allocate()/make() calls
  uint64_t host_malloc_calls = 0;   ///< ext_allocator_malloc calls made by the backend
  uint64_t host_free_calls = 0;     ///< ext_allocator_free calls made by the backend
  uint64_t host_bytes = 0;          ///< bytes held from the host now, incl. its 8-byte header and
                                    ///< power-of-two rounding (freeing-bump accounting)
  uint64_t peak_host_bytes = 0;     ///< high-water mark of host_bytes
  uint64_t collections = 0;         ///< conservative: completed collections
  uint64_t region_high_water = 0;   ///< conservative: bytes of the GC region handed to bdwgc
                                    ///< (natively: bdwgc's heap size)
};

/// The current call's counters.
Stats stats();

// --- call lifecycle (driven by RT_ENTRY_POINT; tests call them directly) ---

/// Starts a runtime call; resets the counters. Idempotent per call.
void callBegin();

/// Ends a runtime call: every object and chunk is released; later allocations start afresh.
void callEnd();

// --- raw memory ---

/// `size` bytes, 8-byte aligned, uninitialised (conservative: zeroed). Never null; traps when
/// memory is exhausted. size 0 returns a unique non-null pointer.
[[nodiscard]] void* allocate(size_t size);

/// Like allocate(), for memory the caller promises never holds a pointer to GC memory (bytes,
/// numbers): conservative does not scan it (GC_malloc_atomic) and does not zero it; host_heap
/// treats it as allocate(). Released with deallocate() like any other.
[[nodiscard]] void* allocateAtomic(size_t size);

/// Releases memory from allocate(). `size` is the size passed to allocate(), or 0 when the caller
/// does not know it (backends keep enough metadata to cope). Null is ignored.
void deallocate(void* ptr, size_t size = 0) noexcept;

/// `size` bytes from the host allocator itself (for results handed to the host). Not GC memory:
/// survives callEnd(); freed only by the host.
[[nodiscard]] uint8_t* hostBuffer(uint32_t size);

// --- collection ---

/// A point between units of work (e.g. between two extrinsics): conservative collects here when
/// the heap has used half of the region and a quarter of it was allocated since the last
/// collection; host_heap releases nothing extra (reference counting is already exact).
void safePoint();

}  // namespace rt::gc

// Typed handles and the allocator adaptor, per backend:
//   rt::gc::Ref<T>             owning handle; copy shares, last one releases (host_heap: count)
//   rt::gc::make<T>(args...)   constructs a T in GC memory, returns Ref<T>
//   rt::gc::Allocator<T>       standard allocator over allocate()/deallocate() (allocateAtomic()
//                              for arithmetic T)
//   rt::gc::ByteBuffer         growable byte buffer: std::vector<uint8_t, Allocator<uint8_t>>
#include "gc/ref.hpp"
#include "gc/allocator.hpp"
