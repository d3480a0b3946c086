// SPDX-License-Identifier: Apache-2.0
// SHA-256 (ext_hashing_sha2_256, sp_core::hashing::sha2_256) and SHA-512, both FIPS 180-4, computed
// by libsodium. Mirrors
// https://github.com/paritytech/polkadot-sdk/blob/18de1fda65ec2eacc40323299d4075cd0dbfa313/substrate/primitives/crypto/hashing/src/lib.rs#L121
#pragma once

#include <cstdint>
#include <span>

#include "host/hashing/hash_types.hpp"

namespace rt::hostlib::hashing {

/// SHA-256 of `data` (ext_hashing_sha2_256).
Hash256 sha256(std::span<const uint8_t> data);
/// SHA-512 of `data` (no host function; for ed25519/sr25519 helpers and tests).
Hash512 sha512(std::span<const uint8_t> data);

}  // namespace rt::hostlib::hashing
