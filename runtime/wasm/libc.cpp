// SPDX-License-Identifier: Apache-2.0
// The few C library functions the compiler and libc++'s headers call, for bare wasm32.
//
// No libc is linked (wasi-libc would pull WASI imports and memory.grow-based malloc), so these
// live here. Compiled with -fno-builtin so the loops are not turned back into calls to themselves.
// Bulk-memory's memory.copy/fill are post-MVP and not allowed, hence word-wise loops.
#include <cstddef>
#include <cstdint>

extern "C" {

void* memcpy(void* __restrict dst, const void* __restrict src, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  if (((reinterpret_cast<uintptr_t>(d) | reinterpret_cast<uintptr_t>(s)) & 3) == 0) {
    for (; n >= 16; n -= 16, d += 16, s += 16) {
      auto* dw = reinterpret_cast<uint32_t*>(d);
      const auto* sw = reinterpret_cast<const uint32_t*>(s);
      dw[0] = sw[0];
      dw[1] = sw[1];
      dw[2] = sw[2];
      dw[3] = sw[3];
    }
    for (; n >= 4; n -= 4, d += 4, s += 4) {
      *reinterpret_cast<uint32_t*>(d) = *reinterpret_cast<const uint32_t*>(s);
    }
  }
  while (n--) *d++ = *s++;
  return dst;
}

void* memmove(void* dst, const void* src, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  if (d == s || n == 0) return dst;
  if (d < s || d >= s + n) return memcpy(dst, src, n);
  while (n--) d[n] = s[n];
  return dst;
}

void* memset(void* dst, int value, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const auto byte = static_cast<uint8_t>(value);
  if ((reinterpret_cast<uintptr_t>(d) & 3) == 0) {
    const uint32_t word = byte * 0x01010101u;
    for (; n >= 4; n -= 4, d += 4) *reinterpret_cast<uint32_t*>(d) = word;
  }
  while (n--) *d++ = byte;
  return dst;
}

int memcmp(const void* a, const void* b, size_t n) {
  const auto* x = static_cast<const uint8_t*>(a);
  const auto* y = static_cast<const uint8_t*>(b);
  for (size_t i = 0; i < n; ++i) {
    if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return 0;
}

size_t strlen(const char* s) {
  size_t n = 0;
  while (s[n] != 0) ++n;
  return n;
}

// Static destructors never run (each call gets a fresh instance), so registrations are dropped.
int __cxa_atexit(void (*)(void*), void*, void*) { return 0; }

}  // extern "C"
