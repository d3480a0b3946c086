// SPDX-License-Identifier: Apache-2.0
// Fixed-size byte strings: AccountId32, H256, H512 and ConsensusEngineId. Each is N raw bytes in
// SCALE, with no length prefix (a Rust `[u8; N]` newtype), and each is a distinct C++ type so that
// an account id cannot be passed where a block hash is meant.
//
// Mirrors sp_core's AccountId32 (substrate/primitives/core/src/crypto.rs) and the H256/H512 hashes
// of primitive-types, and sp_runtime's `pub type ConsensusEngineId = [u8; 4];`:
// https://github.com/paritytech/polkadot-sdk/blob/0bc9235f2f96e65fa12adf1d6ba4efff85dfb600/substrate/primitives/runtime/src/lib.rs
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <cstddef>
#include <span>

#include "codec/codec.hpp"
#include "rt/result.hpp"

namespace rt::runtime::primitives {

/// Why bytes could not become a fixed-size value (a key, a signature, a hash).
enum class LengthError : u8 {
  WrongLength = 1,  ///< the input is not exactly the size the type needs
};

/// A short English name for the error, for logs.
constexpr const char* toString(LengthError e) {
  return e == LengthError::WrongLength ? "wrong length for a fixed-size value" : "unknown length error";
}

/// N bytes with a tag that makes each use a separate type. Value semantics, ordered bytewise (as
/// Rust's derived Ord on byte arrays), zero-initialized.
template <std::size_t N, class Tag>
struct FixedBytes {
  static constexpr std::size_t kSize = N;  ///< number of bytes
  std::array<u8, N> bytes{};               ///< the raw bytes

  /// The bytes copied from `s`, which must hold exactly N bytes.
  static rt::Result<FixedBytes, LengthError> create(std::span<const u8> s) {
    if (s.size() != N) return rt::Err(LengthError::WrongLength);
    FixedBytes out;
    std::copy(s.begin(), s.end(), out.bytes.begin());
    return out;
  }
  /// Every byte set to `b` (sp_core's `repeat_byte`).
  static constexpr FixedBytes repeatByte(u8 b) {
    FixedBytes out;
    out.bytes.fill(b);
    return out;
  }

  /// Pointer to the first byte.
  constexpr const u8* data() const { return bytes.data(); }
  /// Always N.
  static constexpr std::size_t size() { return N; }
  /// The bytes as a span.
  constexpr std::span<const u8, N> span() const { return std::span<const u8, N>(bytes); }
  /// True when every byte is zero.
  constexpr bool isZero() const {
    return std::all_of(bytes.begin(), bytes.end(), [](u8 b) { return b == 0; });
  }

  /// Bytewise equality.
  constexpr bool operator==(const FixedBytes&) const = default;
  /// Bytewise (lexicographic) order.
  constexpr auto operator<=>(const FixedBytes&) const = default;

  /// SCALE: the N bytes.
  template <class Ar>
  friend void scale(Ar& ar, FixedBytes& v) {
    ar(v.bytes);
  }
};

/// Tag of AccountId32.
struct AccountId32Tag {};
/// Tag of H256.
struct H256Tag {};
/// Tag of H512.
struct H512Tag {};

/// sp_core::crypto::AccountId32: a 32-byte account id (the public key for sr25519/ed25519).
using AccountId32 = FixedBytes<32, AccountId32Tag>;
/// primitive_types::H256: a 32-byte hash (BlakeTwo256's output: block hashes, state roots).
using H256 = FixedBytes<32, H256Tag>;
/// primitive_types::H512: a 64-byte value.
using H512 = FixedBytes<64, H512Tag>;
/// sp_runtime::ConsensusEngineId: four ASCII bytes naming a consensus engine (b"aura", b"BABE").
using ConsensusEngineId = std::array<u8, 4>;

/// The engine id spelled by a four-character literal: `engineId("aura")`.
constexpr ConsensusEngineId engineId(const char (&name)[5]) {
  return {static_cast<u8>(name[0]), static_cast<u8>(name[1]), static_cast<u8>(name[2]),
          static_cast<u8>(name[3])};
}

}  // namespace rt::runtime::primitives
