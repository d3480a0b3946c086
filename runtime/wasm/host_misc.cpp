// SPDX-License-Identifier: Apache-2.0
// rt::host::misc on the wasm host imports (host_imports.hpp). The host returns an
// sp-runtime-interface Option<Vec<u8>> in a block it allocated with ext_allocator_malloc; it is
// copied into GC memory and freed at once, as the storage wrappers in host.cpp do.
#include "runtime/host/misc.hpp"

#include "runtime/host/allocator.hpp"
#include "runtime/wasm/host_imports.hpp"
#include "rt/assert.hpp"

namespace rt::host::misc {

std::optional<gc::ByteBuffer> runtimeVersion(std::span<const uint8_t> code) {
  const int64_t packed =
      ext_misc_runtime_version_version_1(wasm::packPtrLen(code.data(), static_cast<uint32_t>(code.size())));
  uint8_t* p = wasm::unpackPtr(packed);
  const uint32_t len = wasm::unpackLen(packed);
  std::optional<gc::ByteBuffer> out;
  if (len != 0 && p[0] == 1) {
    // Some: Compact<u32> length, then the bytes (written by sp-runtime-interface: well formed).
    uint32_t n = 0;
    uint32_t header = 0;
    RT_ASSERT(len >= 2);
    switch (p[1] & 3) {
      case 0:
        n = p[1] >> 2;
        header = 1;
        break;
      case 1:
        n = (p[1] | (uint32_t{p[2]} << 8)) >> 2;
        header = 2;
        break;
      case 2:
        n = (p[1] | (uint32_t{p[2]} << 8) | (uint32_t{p[3]} << 16) | (uint32_t{p[4]} << 24)) >> 2;
        header = 4;
        break;
      default:
        n = p[2] | (uint32_t{p[3]} << 8) | (uint32_t{p[4]} << 16) | (uint32_t{p[5]} << 24);
        header = 5;
        break;
    }
    RT_ASSERT(1 + header + uint64_t{n} <= len);
    out.emplace(p + 1 + header, p + 1 + header + n);
  }
  if (p != nullptr) host::free(p);
  return out;
}

}  // namespace rt::host::misc
