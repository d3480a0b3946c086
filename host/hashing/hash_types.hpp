// SPDX-License-Identifier: Apache-2.0
// Fixed-size digests and the one error of the hashing functions (a blake2b output or key length
// outside what BLAKE2b allows). Shared by every file of host/hashing/.
#pragma once

#include <array>
#include <cstdint>

namespace rt::hostlib::hashing {

/// 8-byte digest (twox_64, blake2b-64).
using Hash64 = std::array<uint8_t, 8>;
/// 16-byte digest (twox_128, blake2_128).
using Hash128 = std::array<uint8_t, 16>;
/// 32-byte digest (twox_256, blake2_256, keccak_256, sha2_256).
using Hash256 = std::array<uint8_t, 32>;
/// 64-byte digest (blake2b-512, keccak_512, sha2-512).
using Hash512 = std::array<uint8_t, 64>;

/// Why a variable-length hash could not be computed.
enum class HashError : uint8_t {
  OutputLength,  ///< blake2b output length outside 1..64 bytes
  KeyLength,     ///< blake2b key longer than 64 bytes
};

/// Human-readable name of `e`.
const char* toString(HashError e);

}  // namespace rt::hostlib::hashing
