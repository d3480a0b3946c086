// SPDX-License-Identifier: Apache-2.0
#include <cstring>

#include "host/engine/host_function.hpp"

namespace rt::hostlib::engine {

rt::Result<std::span<uint8_t>, std::string> CallContext::slice(uint32_t ptr, uint32_t len) {
  if (uint64_t{ptr} + len > memory_.size()) {
    return rt::Err("out of bounds memory access: " + std::to_string(len) + " bytes at " +
                   std::to_string(ptr));
  }
  return std::span<uint8_t>(memory_.data() + ptr, len);
}

rt::Result<std::span<uint8_t>, std::string> CallContext::slice(uint64_t packed) {
  return slice(static_cast<uint32_t>(packed), static_cast<uint32_t>(packed >> 32));
}

rt::Result<uint32_t, std::string> CallContext::allocate(uint32_t size) {
  auto p = heap_.allocate(memory_, size);
  if (!p) {
    const auto& e = p.error();
    std::string why = e.kind == allocator::AllocatorError::Kind::kAllocatorOutOfSpace
                          ? "allocator out of space"
                      : e.kind == allocator::AllocatorError::Kind::kRequestedAllocationTooLarge
                          ? "requested allocation too large"
                          : std::string(e.message);
    return rt::Err("ext_allocator_malloc(" + std::to_string(size) + "): " + why);
  }
  return p.value();
}

HostResult CallContext::returnBytes(std::span<const uint8_t> bytes) {
  RT_TRY(const uint32_t ptr, allocate(static_cast<uint32_t>(bytes.size())));
  RT_TRY(auto out, slice(ptr, static_cast<uint32_t>(bytes.size())));
  if (!bytes.empty()) std::memcpy(out.data(), bytes.data(), bytes.size());
  return packPointerSize(ptr, static_cast<uint32_t>(bytes.size()));
}

}  // namespace rt::hostlib::engine
