// SPDX-License-Identifier: Apache-2.0
// Declarations of the host functions the runtime may import, generated from the spec'd list in
// base/include/rt/host_functions.def with their exact wasm signatures (i32/i64 only). The linker
// keeps only the ones the runtime actually calls, and wasm-check re-verifies the imports against
// the same list, so a declaration here can never drift from what the build gate accepts.
#pragma once

#include <cstdint>

#define RT_WASM_TYPE_void void
#define RT_WASM_TYPE_i32 int32_t
#define RT_WASM_TYPE_i64 int64_t
#define RT_WASM_PARAMS_0()
#define RT_WASM_PARAM(t) RT_WASM_TYPE_##t

// Maps `i32, i64, ...` to `int32_t, int64_t, ...` (up to 8 parameters).
#define RT_WASM_MAP(...) __VA_OPT__(RT_WASM_MAP_1(__VA_ARGS__))
#define RT_WASM_MAP_1(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_2(__VA_ARGS__))
#define RT_WASM_MAP_2(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_3(__VA_ARGS__))
#define RT_WASM_MAP_3(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_4(__VA_ARGS__))
#define RT_WASM_MAP_4(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_5(__VA_ARGS__))
#define RT_WASM_MAP_5(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_6(__VA_ARGS__))
#define RT_WASM_MAP_6(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_7(__VA_ARGS__))
#define RT_WASM_MAP_7(a, ...) RT_WASM_PARAM(a) __VA_OPT__(, RT_WASM_MAP_8(__VA_ARGS__))
#define RT_WASM_MAP_8(a) RT_WASM_PARAM(a)

extern "C" {
#define RT_HOST_FUNCTION(name, result, ...)                                          \
  __attribute__((import_module("env"), import_name(#name))) RT_WASM_TYPE_##result \
  name(RT_WASM_MAP(__VA_ARGS__));
#include "rt/host_functions.def"
#undef RT_HOST_FUNCTION
}

namespace rt::wasm {

/// Packs a (pointer, length) pair the way the host ABI passes byte slices: len << 32 | ptr.
inline int64_t packPtrLen(const void* ptr, uint32_t len) {
  return static_cast<int64_t>((static_cast<uint64_t>(len) << 32) |
                              static_cast<uint32_t>(reinterpret_cast<uintptr_t>(ptr)));
}

/// The pointer half of a packed (pointer, length) value.
inline uint8_t* unpackPtr(int64_t packed) {
  return reinterpret_cast<uint8_t*>(static_cast<uintptr_t>(static_cast<uint32_t>(packed)));
}

/// The length half of a packed (pointer, length) value.
inline uint32_t unpackLen(int64_t packed) {
  return static_cast<uint32_t>(static_cast<uint64_t>(packed) >> 32);
}

}  // namespace rt::wasm
