// SPDX-License-Identifier: Apache-2.0
// sp_version::RuntimeVersion as Core_version returns it, decoded (system_version / state_version
// is absent before Core v4; transaction_version before v3 is read if present).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "rt/result.hpp"

namespace rt::hostlib::chain {

struct RuntimeVersion {
  std::string spec_name, impl_name;
  uint32_t authoring_version = 0, spec_version = 0, impl_version = 0;
  std::vector<std::pair<std::array<uint8_t, 8>, uint32_t>> apis;
  uint32_t transaction_version = 0;
  std::optional<uint8_t> system_version;

  /// The version of API `id` the runtime implements, if any.
  std::optional<uint32_t> api(const std::array<uint8_t, 8>& id) const;
  /// The trie state version its state uses (system_version, 0 when absent).
  uint8_t stateVersion() const { return system_version.value_or(0); }
};

rt::Result<RuntimeVersion, std::string> decodeRuntimeVersion(std::span<const uint8_t> bytes);

/// API ids (blake2b-64 of the trait name, as sp_api computes them).
inline constexpr std::array<uint8_t, 8> kAuraApiId = {0xdd, 0x71, 0x8d, 0x5c, 0xc5, 0x32, 0x62, 0xd4};

}  // namespace rt::hostlib::chain
