// SPDX-License-Identifier: Apache-2.0
// wasm32 side of the entry-point plumbing: each call is bracketed by the GC's call lifecycle, and
// results go back to the host in host-allocated blocks (the GC's memory is gone after callEnd).
#include "runtime/api/entry_point.hpp"

#include <cstring>

#include "gc/gc.hpp"
#include "runtime/host/allocator.hpp"

namespace rt::runtime::wasm {

void callBegin() {
  gc::callBegin();
}

uint64_t returnToHost(std::span<const uint8_t> output) {
  const auto len = static_cast<uint32_t>(output.size());
  uint8_t* block = host::malloc(len);
  if (len != 0) std::memcpy(block, output.data(), len);
  return (static_cast<uint64_t>(len) << 32) | static_cast<uint32_t>(reinterpret_cast<uintptr_t>(block));
}

void callEnd() {
  gc::callEnd();
}

}  // namespace rt::runtime::wasm
