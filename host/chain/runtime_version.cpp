// SPDX-License-Identifier: Apache-2.0
#include "host/chain/runtime_version.hpp"

#include "codec/codec.hpp"

namespace rt::hostlib::chain {

std::optional<uint32_t> RuntimeVersion::api(const std::array<uint8_t, 8>& id) const {
  for (const auto& [api_id, version] : apis) {
    if (api_id == id) return version;
  }
  return std::nullopt;
}

rt::Result<RuntimeVersion, std::string> decodeRuntimeVersion(std::span<const uint8_t> bytes) {
  rt::codec::Decoder d(bytes);
  RuntimeVersion v;
  d(v.spec_name, v.impl_name, v.authoring_version, v.spec_version, v.impl_version, v.apis);
  if (d.ok() && d.remaining() >= 4) d(v.transaction_version);
  if (d.ok() && d.remaining() >= 1) {
    uint8_t sv = 0;
    d(sv);
    v.system_version = sv;
  }
  if (!d.ok()) return rt::Err(std::string("Core_version returned an undecodable RuntimeVersion"));
  return v;
}

}  // namespace rt::hostlib::chain
