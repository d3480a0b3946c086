// SPDX-License-Identifier: Apache-2.0
// Global operator new/delete and malloc/free for the wasm build.
//
// Until the GC library (gc/, issue #4) takes over, every C++ allocation is a host allocator block.
// Allocations never outlive the call (the host discards the instance), so this is correct, only
// costlier than an arena for many small objects.
#include <cstddef>
#include <new>

#include "runtime/host/allocator.hpp"

extern "C" {
void* malloc(size_t size) { return rt::host::malloc(static_cast<uint32_t>(size)); }
void free(void* ptr) { rt::host::free(ptr); }
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
