// SPDX-License-Identifier: Apache-2.0
// The conservative backend: gc/gc.hpp on bdwgc.
//
// Objects come from GC_malloc (zeroed, found by scanning), pointer-free data from
// GC_malloc_atomic (never scanned, not zeroed); deallocate() is GC_free, an early
// release the collector would otherwise do itself. bdwgc collects when its heap would have to grow
// and the bytes allocated since the last collection pass heap/GC_free_space_divisor; on wasm32 the
// heap cannot grow past the region (port/wasm32.cpp), so a full region means collect, retry, and
// only then the out-of-memory handler: one log line under target "gc", then a trap.
//
// Stress knob: RT_GC_COLLECT_EVERY=N (build option) runs a full collection before every Nth
// allocation, which is where a pointer kept only in a wasm local would be missed.
#include <gc.h>

#include <cstdlib>

#include "gc/conservative/platform.hpp"
#include "gc/gc.hpp"
#include "rt/assert.hpp"

#if defined(__wasm__)
#include "runtime/host/allocator.hpp"
#include "runtime/host/log.hpp"
#endif

#ifndef RT_GC_COLLECT_EVERY
#define RT_GC_COLLECT_EVERY 0
#endif

extern "C" size_t rt_bdwgc_marked_bytes(void);  // port/bdwgc_stats.c

namespace rt::gc {
namespace {

struct State {
  bool initialized = false;
  bool in_call = false;
  Stats stats;
  uint64_t gc_no_at_begin = 0;   ///< GC_get_gc_no() when the call began
  uint64_t live_after_gc = 0;    ///< reachable bytes found by the last collection
  uint32_t until_collect = RT_GC_COLLECT_EVERY;
};

State g_state;

void logError(const char* message) {
#if defined(__wasm__)
  rt::host::log(rt::host::LogLevel::kError, "gc", message);
#else
  (void)message;
#endif
}

// Out of memory after bdwgc collected and retried: deterministic (same input, same allocation
// sequence, same region) and final.
void* GC_CALLBACK onOutOfMemory(size_t bytes) {
  (void)bytes;
  logError("conservative GC region exhausted (RT_GC_REGION_SIZE): live data does not fit");
  rt_panic("gc: GC region exhausted", __FILE__, __LINE__);
}

void GC_CALLBACK onAbort(const char* message) {
  logError(message);
  rt_panic(message != nullptr ? message : "bdwgc abort", "bdwgc", 0);
}

void GC_CALLBACK onCollectionEvent(GC_EventType event) {
  if (event != GC_EVENT_RECLAIM_END) return;
  g_state.live_after_gc = rt_bdwgc_marked_bytes();
  if (g_state.live_after_gc > g_state.stats.peak_live_bytes) {
    g_state.stats.peak_live_bytes = g_state.live_after_gc;
  }
}

void addRoots(void* begin, void* end) { GC_add_roots(begin, end); }

void ensureInitialized() {
  if (g_state.initialized) return;
  g_state.initialized = true;
  GC_set_oom_fn(onOutOfMemory);
  GC_set_abort_func(onAbort);
  GC_set_on_collection_event(onCollectionEvent);
#if RT_DEBUG == 0
  // "Failed to expand heap" and the like are normal once the region is full; the one failure
  // that matters is reported by onOutOfMemory. Debug builds keep bdwgc's warnings (target "gc").
  GC_set_warn_proc(GC_ignore_warn_proc);
#endif
  // No collection inside GC_init: on wasm32 every call starts on a fresh, empty heap, so bdwgc's
  // initial "precollect" (a full mark and sweep of nothing, about 100k instructions per call)
  // finds nothing.
  GC_set_dont_precollect(1);
  GC_INIT();
  conservative::platformStaticRoots(addRoots);
}

}  // namespace

Stats stats() {
  Stats s = g_state.stats;
  s.collections = GC_get_gc_no() - g_state.gc_no_at_begin;
  s.live_bytes = g_state.live_after_gc + GC_get_bytes_since_gc();
  s.region_high_water = conservative::region().high_water;
  return s;
}

void callBegin() {
  // bdwgc is initialised by the first allocation (allocateWith), not here: a call that allocates
  // nothing (a transfer's apply_extrinsic builds its keys, values, events and result on the stack)
  // never pays for GC_init on its fresh instance.
  if (g_state.in_call) return;
  g_state.in_call = true;
  g_state.stats = Stats{};
  g_state.gc_no_at_begin = GC_get_gc_no();
  g_state.live_after_gc = 0;
}

void callEnd() {
  // The region is forgotten with the instance; natively the objects stay for bdwgc to reclaim.
  g_state.in_call = false;
}

namespace {

/// allocate() and allocateAtomic(): the stress knob, the allocation, the counters.
template <void* (*Malloc)(size_t)>
void* allocateWith(size_t size) {
  ensureInitialized();
  if constexpr (RT_GC_COLLECT_EVERY != 0) {
    if (--g_state.until_collect == 0) {
      g_state.until_collect = RT_GC_COLLECT_EVERY;
      GC_gcollect();
    }
  }
  void* p = Malloc(size);
  if (p == nullptr) onOutOfMemory(size);
  Stats& s = g_state.stats;
  s.allocations += 1;
  s.allocated_bytes += size;
  return p;
}

void* mallocScanned(size_t size) { return GC_malloc(size); }
void* mallocAtomic(size_t size) { return GC_malloc_atomic(size); }

}  // namespace

void* allocate(size_t size) { return allocateWith<mallocScanned>(size); }

void* allocateAtomic(size_t size) { return allocateWith<mallocAtomic>(size); }

void deallocate(void* ptr, size_t) noexcept {
  if (ptr != nullptr) GC_free(ptr);
}

uint8_t* hostBuffer(uint32_t size) {
#if defined(__wasm__)
  uint8_t* p = rt::host::malloc(size);
#else
  auto* p = static_cast<uint8_t*>(std::malloc(size == 0 ? 1 : size));
#endif
  if (p == nullptr) rt_panic("gc: out of memory (host buffer)", __FILE__, __LINE__);
  return p;  // a result for the host, not GC memory: not in the GC's counters (as host_heap)
}

void safePoint() {
  // Collect between units of work when more than a quarter of the heap was allocated since the
  // last collection and the heap has used half of what it may take (the region on wasm32).
  const uint64_t heap = GC_get_heap_size();
  const conservative::Region r = conservative::region();
  const uint64_t limit = r.end > r.begin ? r.end - r.begin : heap;
  if (heap * 2 >= limit && GC_get_bytes_since_gc() * 4 >= heap) GC_gcollect();
}

}  // namespace rt::gc
