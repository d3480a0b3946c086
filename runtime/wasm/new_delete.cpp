// SPDX-License-Identifier: Apache-2.0
// Global operator new/delete and malloc/free for the wasm build.
//
// host_heap mode: every C++ allocation goes through the GC contract (size classes in host chunks,
// no per-object host calls); the entry point's callEnd() hands all chunks back.
// conservative mode: until the bdwgc port lands (gc/conservative/, issue #4), allocations are
// host allocator blocks. Either way nothing outlives the call.
#include <cstddef>
#include <cstdint>
#include <new>

#if RT_GC_HOST_HEAP
#include "gc/gc.hpp"
#else
#include "runtime/host/allocator.hpp"
#endif

extern "C" {
#if RT_GC_HOST_HEAP
void* malloc(size_t size) { return rt::gc::allocate(size); }
void free(void* ptr) { rt::gc::deallocate(ptr); }
#else
void* malloc(size_t size) { return rt::host::malloc(static_cast<uint32_t>(size)); }
void free(void* ptr) { rt::host::free(ptr); }
#endif
void* calloc(size_t count, size_t size) {
  const size_t total = count * size;
  if (size != 0 && total / size != count) return nullptr;
  auto* p = static_cast<unsigned char*>(malloc(total));
  for (size_t i = 0; i < total; ++i) p[i] = 0;
  return p;
}
}

void* operator new(size_t size) { return malloc(size); }
void* operator new[](size_t size) { return malloc(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return malloc(size); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return malloc(size); }
void operator delete(void* p) noexcept { free(p); }
void operator delete[](void* p) noexcept { free(p); }
void operator delete(void* p, size_t) noexcept { free(p); }
void operator delete[](void* p, size_t) noexcept { free(p); }

// Over-aligned new (e.g. containers of u128 under -fnew-alignment=8): over-allocate and keep the
// host block's address just below the aligned pointer.
namespace {
void* allocateAligned(size_t size, std::align_val_t alignment) {
  const auto align = static_cast<size_t>(alignment);
  if (align <= 8) return malloc(size);
  auto* block = static_cast<unsigned char*>(malloc(size + align));
  auto aligned = (reinterpret_cast<uintptr_t>(block) + align) & ~(uintptr_t{align} - 1);
  reinterpret_cast<void**>(aligned)[-1] = block;
  return reinterpret_cast<void*>(aligned);
}
void freeAligned(void* p, std::align_val_t alignment) {
  if (p == nullptr) return;
  if (static_cast<size_t>(alignment) <= 8) return free(p);
  free(static_cast<void**>(p)[-1]);
}
}  // namespace

void* operator new(size_t size, std::align_val_t a) { return allocateAligned(size, a); }
void* operator new[](size_t size, std::align_val_t a) { return allocateAligned(size, a); }
void operator delete(void* p, std::align_val_t a) noexcept { freeAligned(p, a); }
void operator delete[](void* p, std::align_val_t a) noexcept { freeAligned(p, a); }
void operator delete(void* p, size_t, std::align_val_t a) noexcept { freeAligned(p, a); }
void operator delete[](void* p, size_t, std::align_val_t a) noexcept { freeAligned(p, a); }
