// SPDX-License-Identifier: Apache-2.0
// The runtime version as Core_version returns it: decodes back to the declared constants with
// the layout of sp_version::RuntimeVersion, and the runtime_apis section is 12 bytes per API.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <vector>

#include "codec/codec.hpp"
#include "runtime/api/core.hpp"
#include "runtime/version.hpp"

namespace {

// An owning mirror of sp_version::RuntimeVersion for decoding.
struct DecodedVersion {
  std::string spec_name;
  std::string impl_name;
  uint32_t authoring_version = 0;
  uint32_t spec_version = 0;
  uint32_t impl_version = 0;
  std::vector<std::pair<std::array<uint8_t, 8>, uint32_t>> apis;
  uint32_t transaction_version = 0;
  uint8_t system_version = 0;

  template <class Ar>
  friend void scale(Ar& ar, DecodedVersion& v) {
    ar(v.spec_name, v.impl_name, v.authoring_version, v.spec_version, v.impl_version, v.apis,
       v.transaction_version, v.system_version);
  }
};

}  // namespace

TEST_CASE("Core_version decodes as sp_version::RuntimeVersion with the declared values") {
  using rt::runtime::kRuntimeVersion;
  const auto bytes = rt::runtime::api::coreVersion({});
  auto decoded = rt::codec::decode<DecodedVersion>(bytes);
  REQUIRE(decoded.has_value());
  const DecodedVersion& v = decoded.value();
  CHECK(v.spec_name == kRuntimeVersion.spec_name);
  CHECK(v.impl_name == kRuntimeVersion.impl_name);
  CHECK(v.authoring_version == kRuntimeVersion.authoring_version);
  CHECK(v.spec_version == kRuntimeVersion.spec_version);
  CHECK(v.impl_version == kRuntimeVersion.impl_version);
  REQUIRE(v.apis.size() == kRuntimeVersion.apis.size());
  for (size_t i = 0; i < v.apis.size(); ++i) {
    CHECK(v.apis[i].first == kRuntimeVersion.apis[i].id);
    CHECK(v.apis[i].second == kRuntimeVersion.apis[i].version);
  }
  CHECK(v.transaction_version == kRuntimeVersion.transaction_version);
  // smoldot accepts only system_version 0 or 1 (lib/src/executor/host/runtime_version.rs).
  CHECK(v.system_version <= 1);
  CHECK(v.system_version == kRuntimeVersion.system_version);
}

TEST_CASE("Core_version starts with the spec name as a SCALE string") {
  const auto bytes = rt::runtime::encodeRuntimeVersion();
  REQUIRE(bytes.size() > 12);
  CHECK(bytes[0] == (rt::runtime::kRuntimeVersion.spec_name.size() << 2));
  CHECK(std::string(bytes.begin() + 1, bytes.begin() + 12) == "cpp-runtime");
}

TEST_CASE("runtime_apis section: 8-byte id + u32 LE version per API, no length prefix") {
  const auto section = rt::runtime::encodeRuntimeApisSection();
  REQUIRE(section.size() == 12 * rt::runtime::kApis.size());
  const auto& core = rt::runtime::kCoreApi;
  CHECK(std::equal(core.id.begin(), core.id.end(), section.begin()));
  CHECK(section[8] == core.version);
  CHECK(section[9] == 0);
  CHECK(section[10] == 0);
  CHECK(section[11] == 0);
}
