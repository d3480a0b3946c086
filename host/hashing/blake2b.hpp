// SPDX-License-Identifier: Apache-2.0
// BLAKE2b (RFC 7693), unkeyed or keyed, with any output length from 1 to 64 bytes, computed by
// libsodium's crypto_generichash. blake2b128/blake2b256 are ext_hashing_blake2_128/256 and
// sp_core::hashing::blake2_128/256: plain BLAKE2b with the digest length set in the parameter
// block (so blake2b-128 is NOT a truncated blake2b-256). Mirrors
// https://github.com/paritytech/polkadot-sdk/blob/18de1fda65ec2eacc40323299d4075cd0dbfa313/substrate/primitives/crypto/hashing/src/lib.rs#L29
// (blake2::<N>: blake2b_simd with hash_length(N), no key) and #L49-L61 (blake2_256/128/64).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "host/hashing/hash_types.hpp"
#include "rt/assert.hpp"
#include "rt/result.hpp"

namespace rt::hostlib::hashing {

/// Largest BLAKE2b digest and key, in bytes (RFC 7693 §2.1).
inline constexpr std::size_t kBlake2bMaxBytes = 64;

/// BLAKE2b of `data` into all of `out` (1..64 bytes), keyed when `key` is not empty (0..64 bytes).
/// HashError::OutputLength / KeyLength for lengths BLAKE2b does not define.
rt::Result<rt::Unit, HashError> blake2bInto(std::span<uint8_t> out, std::span<const uint8_t> data,
                                            std::span<const uint8_t> key = {});

/// BLAKE2b of `data` with an `out_len`-byte digest (1..64), keyed when `key` is not empty.
rt::Result<std::vector<uint8_t>, HashError> blake2b(std::size_t out_len,
                                                    std::span<const uint8_t> data,
                                                    std::span<const uint8_t> key = {});

/// Unkeyed BLAKE2b with an N-byte digest, N fixed at compile time (sp_core's `blake2::<N>`).
template <std::size_t N>
std::array<uint8_t, N> blake2b(std::span<const uint8_t> data) {
  static_assert(N >= 1 && N <= kBlake2bMaxBytes, "BLAKE2b digests are 1..64 bytes");
  std::array<uint8_t, N> out{};
  const auto r = blake2bInto(out, data);
  RT_ASSERT(r.has_value());
  return out;
}

/// blake2b-64 (sp_core::hashing::blake2_64).
inline Hash64 blake2b64(std::span<const uint8_t> data) { return blake2b<8>(data); }
/// blake2b-128: ext_hashing_blake2_128, the Blake2_128 / Blake2_128Concat storage hasher.
inline Hash128 blake2b128(std::span<const uint8_t> data) { return blake2b<16>(data); }
/// blake2b-256: ext_hashing_blake2_256, the trie hasher, block and extrinsic hashes.
inline Hash256 blake2b256(std::span<const uint8_t> data) { return blake2b<32>(data); }
/// blake2b-512 (sp_core::hashing::blake2_512; the SS58 checksum hashes with it).
inline Hash512 blake2b512(std::span<const uint8_t> data) { return blake2b<64>(data); }

}  // namespace rt::hostlib::hashing
