// SPDX-License-Identifier: Apache-2.0
// Entry-point plumbing shared by every runtime API.
//
// An API function is written once, portable, as `Output fn(std::span<const uint8_t> input)`;
// RT_ENTRY_POINT(ExportName, fn) turns it into what the host calls on wasm32: an export
// `(i32 ptr, i32 len) -> i64` that reads the SCALE input from linear memory, runs `fn` and
// returns `len << 32 | ptr` of the output copied into a host-allocated block (the host frees it
// with the instance). Native builds call `fn` directly (tests, differential checks).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "codec/codec.hpp"
#include "runtime/support/small_bytes.hpp"
#include "rt/assert.hpp"

namespace rt::runtime {

/// What an entry point returns: SCALE-encoded bytes.
using Output = std::vector<uint8_t>;
/// What an entry point with a short answer returns (apply_extrinsic's result): the bytes stay on
/// the stack until they are copied into the host's block, so the call needs no GC memory for them.
using SmallOutput = support::SmallBytes<64>;

/// Decodes an entry point's whole input as T, or panics as FRAME runtimes do on bad input
/// ("Bad input data provided to <api>"), which the host reports as a failed call.
template <typename T>
T decodeInputOrPanic(std::span<const uint8_t> input, const char* api) {
  auto decoded = codec::decode<T>(input);
  if (!decoded.has_value()) rt_panic("Bad input data provided to entry point", api, 0);
  return std::move(decoded).value();
}

}  // namespace rt::runtime

#if defined(__wasm__)
namespace rt::runtime::wasm {
/// Starts the GC's call (gc::callBegin).
void callBegin();
/// Copies `output` into a host-allocated block and packs it as `len << 32 | ptr`.
uint64_t returnToHost(std::span<const uint8_t> output);
/// Ends the GC's call: every GC byte goes back (gc::callEnd); the result block stays.
void callEnd();
}  // namespace rt::runtime::wasm

/// Exports `fn` to the host as the entry point `name`.
#define RT_ENTRY_POINT(name, fn)                                                           \
  extern "C" __attribute__((export_name(#name))) uint64_t name(uint32_t ptr, uint32_t len) { \
    ::rt::runtime::wasm::callBegin();                                                      \
    uint64_t result;                                                                       \
    {                                                                                      \
      const std::span<const uint8_t> input(                                                \
          reinterpret_cast<const uint8_t*>(static_cast<uintptr_t>(ptr)), len);             \
      result = ::rt::runtime::wasm::returnToHost(fn(input));                               \
    }                                                                                      \
    ::rt::runtime::wasm::callEnd();                                                        \
    return result;                                                                         \
  }
#else
#define RT_ENTRY_POINT(name, fn)
#endif
