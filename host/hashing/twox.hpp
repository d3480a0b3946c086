// SPDX-License-Identifier: Apache-2.0
// twox: xxHash64 (XXH64) run with seeds 0, 1, 2, 3 over the same input, each 64-bit result written
// little-endian and concatenated: twox64 = seed 0, twox128 = seeds 0..1, twox256 = seeds 0..3.
// ext_hashing_twox_64/128/256, and the Twox64Concat / Twox128 (storage prefixes) / Twox256 storage
// hashers. Mirrors
// https://github.com/paritytech/polkadot-sdk/blob/18de1fda65ec2eacc40323299d4075cd0dbfa313/substrate/primitives/crypto/hashing/src/lib.rs#L64-L108
// (twox_64_into, twox_128_into, twox_256_into: twox_hash::XxHash::with_seed(i), LittleEndian).
#pragma once

#include <cstdint>
#include <span>

#include "host/hashing/hash_types.hpp"

namespace rt::hostlib::hashing {

/// XXH64 of `data` with `seed` (the building block of the twox hashes).
uint64_t xxh64(std::span<const uint8_t> data, uint64_t seed);

/// twox-64: XXH64 seed 0, little-endian (ext_hashing_twox_64).
Hash64 twox64(std::span<const uint8_t> data);
/// twox-128: XXH64 seeds 0 and 1, each little-endian (ext_hashing_twox_128).
Hash128 twox128(std::span<const uint8_t> data);
/// twox-256: XXH64 seeds 0..3, each little-endian (ext_hashing_twox_256).
Hash256 twox256(std::span<const uint8_t> data);

}  // namespace rt::hostlib::hashing
