// SPDX-License-Identifier: Apache-2.0
// Byte types shared by every scheme in host/crypto: fixed-size arrays for keys, signatures and
// chain codes (their sizes are part of each scheme's contract), spans for messages.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace rt::hostlib::crypto {

/// A fixed-size byte string (a key, a signature, a hash).
template <size_t N>
using Bytes = std::array<uint8_t, N>;

/// A read-only view of bytes (messages, encoded inputs).
using ByteSpan = std::span<const uint8_t>;

/// A growable byte string.
using ByteVec = std::vector<uint8_t>;

/// A 256-bit hash (blake2b-256 output, ecdsa message digests).
using Hash256 = Bytes<32>;

/// Substrate's 32-byte derivation chain code (`JUNCTION_ID_LEN` = schnorrkel's `CHAIN_CODE_LENGTH`).
using ChainCode = Bytes<32>;

/// The bytes of a string literal or view, without its terminator.
inline ByteSpan asBytes(std::string_view s) {
  return {reinterpret_cast<const uint8_t*>(s.data()), s.size()};
}

}  // namespace rt::hostlib::crypto
