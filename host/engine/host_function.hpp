// SPDX-License-Identifier: Apache-2.0
// The seam between the engine and the host functions (host/api/): what an `ext_*` import is
// given when the runtime calls it, and how it answers.
//
// A host function sees the call's CallContext (linear memory, the freeing-bump allocator, the
// externalities: storage, logs, ...) and its arguments as u64 (i32 zero-extended). It returns the
// result value (ignored for functions without a result) or a reason, which traps the call with
// that message, as Substrate's host functions do on bad input (out-of-bounds pointers, ...).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "host/allocator/freeing_bump.hpp"
#include "host/engine/externalities.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::engine {

/// What a host function returns: its result, or a trap reason.
using HostResult = rt::Result<uint64_t, std::string>;

class CallContext;

/// A host function implementation.
using HostFunctionImpl = HostResult (*)(CallContext& context, std::span<const uint64_t> args);

/// The state of one runtime call, as host functions see it.
class CallContext {
 public:
  CallContext(allocator::Memory& memory, allocator::FreeingBumpAllocator& heap, Externalities& ext)
      : memory_(memory), heap_(heap), ext_(ext) {}

  /// `len` bytes of linear memory at `ptr`, or a reason if out of bounds.
  rt::Result<std::span<uint8_t>, std::string> slice(uint32_t ptr, uint32_t len);
  /// The bytes of a packed (len << 32 | ptr) pointer-size.
  rt::Result<std::span<uint8_t>, std::string> slice(uint64_t packed);
  /// Copies `bytes` into a fresh allocation and returns it packed (len << 32 | ptr).
  HostResult returnBytes(std::span<const uint8_t> bytes);
  /// An allocation of `size` bytes (ext_allocator_malloc); a reason if the heap is exhausted.
  rt::Result<uint32_t, std::string> allocate(uint32_t size);

  allocator::FreeingBumpAllocator& heap() { return heap_; }
  allocator::Memory& memory() { return memory_; }
  Externalities& ext() { return ext_; }

 private:
  allocator::Memory& memory_;
  allocator::FreeingBumpAllocator& heap_;
  Externalities& ext_;
};

/// Packs a pointer-size the way runtime entry points and host functions return them.
constexpr uint64_t packPointerSize(uint32_t ptr, uint32_t len) {
  return (uint64_t{len} << 32) | ptr;
}

/// The host function implementing import `env.<name>`, or null (host/api/registry.cpp).
HostFunctionImpl findHostFunction(std::string_view name);

}  // namespace rt::hostlib::engine
