// SPDX-License-Identifier: Apache-2.0
// Global operator new/delete and malloc/free for the wasm build.
//
// Every C++ allocation goes through the GC contract, in both modes: host_heap (size classes in
// host chunks, no per-object host calls; callEnd() hands all chunks back) and conservative (bdwgc
// in the GC region; delete is an early GC_free). Nothing outlives the call.
#include <cstddef>
#include <cstdint>
#include <new>

#include "gc/gc.hpp"

extern "C" {
void* malloc(size_t size) { return rt::gc::allocate(size); }
void free(void* ptr) { rt::gc::deallocate(ptr); }
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
