// SPDX-License-Identifier: Apache-2.0
// rt::host::misc for the native build of the runtime: the very host function a wasm build imports,
// called through the native binding (host/native/native_host.hpp) on the current
// NativeCallScope's externalities.
#include "runtime/host/misc.hpp"

#include <vector>

#include "codec/codec.hpp"
#include "host/native/native_host.hpp"
#include "rt/assert.hpp"

namespace rt::host::misc {

std::optional<gc::ByteBuffer> runtimeVersion(std::span<const uint8_t> code) {
  auto r = hostlib::native::callHost("ext_misc_runtime_version_version_1", {code},
                                     hostlib::native::ReturnKind::kBytes);
  if (!r) rt_panic(r.error().c_str(), __FILE__, __LINE__);  // a wasm runtime would trap here
  auto decoded = rt::codec::decode<std::optional<std::vector<uint8_t>>>(r.value().bytes);
  if (!decoded) rt_panic("host returned a malformed Option<Vec<u8>>", __FILE__, __LINE__);
  if (!decoded.value()) return std::nullopt;
  return gc::ByteBuffer(decoded.value()->begin(), decoded.value()->end());
}

}  // namespace rt::host::misc
