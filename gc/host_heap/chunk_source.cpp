// SPDX-License-Identifier: Apache-2.0
// Chunk source implementations: the host allocator on wasm32, a per-call mimalloc heap natively.
#include "gc/host_heap/chunk_source.hpp"

#if defined(__wasm__)

#include "runtime/host/allocator.hpp"

namespace rt::gc::host_heap {

void* chunkAcquire(uint32_t size) { return rt::host::malloc(size); }
void chunkRelease(void* block) { rt::host::free(block); }
void chunkBeginCall() {}
void chunkEndCall() {}
uint8_t* chunkHostBuffer(uint32_t size) { return rt::host::malloc(size); }

}  // namespace rt::gc::host_heap

#else

#include <mimalloc.h>

#include <cstdlib>

namespace rt::gc::host_heap {
namespace {

/// The current call's heap; created lazily so allocation before callBegin() still works.
mi_heap_t* g_call_heap = nullptr;

mi_heap_t* callHeap() {
  if (g_call_heap == nullptr) g_call_heap = mi_heap_new();
  return g_call_heap;
}

}  // namespace

void* chunkAcquire(uint32_t size) { return mi_heap_malloc_aligned(callHeap(), size, 8); }

void chunkRelease(void* block) { mi_free(block); }

void chunkBeginCall() { (void)callHeap(); }

void chunkEndCall() {
  if (g_call_heap != nullptr) {
    mi_heap_destroy(g_call_heap);
    g_call_heap = nullptr;
  }
}

uint8_t* chunkHostBuffer(uint32_t size) {
  return static_cast<uint8_t*>(std::malloc(size == 0 ? 1 : size));
}

}  // namespace rt::gc::host_heap

#endif
