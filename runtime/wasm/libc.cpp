// SPDX-License-Identifier: Apache-2.0
// The few C library functions the compiler and libc++'s headers call, for bare wasm32.
//
// No libc is linked (wasi-libc would pull WASI imports and memory.grow-based malloc), so these
// live here. Compiled with -fno-builtin so the loops are not turned back into calls to themselves.
// Bulk-memory's memory.copy/fill are post-MVP and not allowed, hence word-wise loops.
#include <cstddef>
#include <cstdint>

extern "C" {

// Wasm loads and stores take any address (alignment is only a hint), so the loops move 8 bytes
// at a time whatever the pointers' alignment: an interpreter (smoldot's wasmi, wabt) then runs an
// eighth of the instructions a byte loop would.
using UnalignedU64 = uint64_t __attribute__((aligned(1), may_alias));

void* memcpy(void* __restrict dst, const void* __restrict src, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  for (; n >= 32; n -= 32, d += 32, s += 32) {
    auto* dw = reinterpret_cast<UnalignedU64*>(d);
    const auto* sw = reinterpret_cast<const UnalignedU64*>(s);
    const uint64_t a = sw[0], b = sw[1], c = sw[2], e = sw[3];
    dw[0] = a;
    dw[1] = b;
    dw[2] = c;
    dw[3] = e;
  }
  for (; n >= 8; n -= 8, d += 8, s += 8) {
    *reinterpret_cast<UnalignedU64*>(d) = *reinterpret_cast<const UnalignedU64*>(s);
  }
  while (n--) *d++ = *s++;
  return dst;
}

void* memmove(void* dst, const void* src, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const auto* s = static_cast<const uint8_t*>(src);
  if (d == s || n == 0) return dst;
  if (d < s || d >= s + n) {
    // Forward: each 8-byte word is loaded before the store that could overlap it.
    for (; n >= 8; n -= 8, d += 8, s += 8) {
      *reinterpret_cast<UnalignedU64*>(d) = *reinterpret_cast<const UnalignedU64*>(s);
    }
    while (n--) *d++ = *s++;
    return dst;
  }
  // Backward (d inside [s, s + n)): words from the end.
  for (; n >= 8; n -= 8) {
    *reinterpret_cast<UnalignedU64*>(d + n - 8) = *reinterpret_cast<const UnalignedU64*>(s + n - 8);
  }
  while (n--) d[n] = s[n];
  return dst;
}

void* memset(void* dst, int value, size_t n) {
  auto* d = static_cast<uint8_t*>(dst);
  const uint64_t word = static_cast<uint8_t>(value) * 0x0101010101010101ull;
  for (; n >= 8; n -= 8, d += 8) *reinterpret_cast<UnalignedU64*>(d) = word;
  while (n--) *d++ = static_cast<uint8_t>(value);
  return dst;
}

int memcmp(const void* a, const void* b, size_t n) {
  const auto* x = static_cast<const uint8_t*>(a);
  const auto* y = static_cast<const uint8_t*>(b);
  // Equal 8-byte words are skipped; the first differing word is compared bytewise below.
  for (; n >= 8 && *reinterpret_cast<const UnalignedU64*>(x) == *reinterpret_cast<const UnalignedU64*>(y);
       n -= 8, x += 8, y += 8) {
  }
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
