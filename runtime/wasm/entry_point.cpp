// SPDX-License-Identifier: Apache-2.0
// wasm32 side of the entry-point plumbing: results go back to the host in host-allocated blocks.
#include "runtime/api/entry_point.hpp"

#include <cstring>

#include "runtime/host/allocator.hpp"

namespace rt::runtime::wasm {

uint64_t returnToHost(const Output& output) {
  const auto len = static_cast<uint32_t>(output.size());
  uint8_t* block = host::malloc(len);
  if (len != 0) std::memcpy(block, output.data(), len);
  return (static_cast<uint64_t>(len) << 32) | static_cast<uint32_t>(reinterpret_cast<uintptr_t>(block));
}

}  // namespace rt::runtime::wasm
