// SPDX-License-Identifier: Apache-2.0
// SCALE encodings of the runtime version (see version.hpp for the layouts and their sources).
#include "runtime/version.hpp"

#include "codec/codec.hpp"

namespace rt::runtime {

// (id: [u8; 8], version: u32), as in RuntimeVersion.apis; the name is not encoded.
template <class Ar>
void scale(Ar& ar, ApiVersion& api) {
  ar(api.id, api.version);
}

// sp_version::RuntimeVersion field order (substrate/primitives/version/src/lib.rs).
template <class Ar>
void scale(Ar& ar, RuntimeVersion& v) {
  ar(v.spec_name, v.impl_name, v.authoring_version, v.spec_version, v.impl_version, v.apis,
     v.transaction_version, v.system_version);
}

std::vector<uint8_t> encodeRuntimeVersion(const RuntimeVersion& version) {
  return codec::encode(version);
}

std::vector<uint8_t> encodeRuntimeApisSection(std::span<const ApiVersion> apis) {
  std::vector<uint8_t> out;
  for (const ApiVersion& api : apis) codec::encodeAppend(out, api);
  return out;
}

}  // namespace rt::runtime
