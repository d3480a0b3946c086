// SPDX-License-Identifier: Apache-2.0
// The block header: parent hash, number (compact), state root, extrinsics root, digest. The block
// hash is BlakeTwo256 of this encoding, which the runtime computes through the host
// (rt::host::hashing::blake2_256(encode(header))).
//
// Mirrors `struct Header<Number, Hash>` (number `#[codec(compact)]`) in
// https://github.com/paritytech/polkadot-sdk/blob/1f0c9dd9ca270f1789fac83281b4ca1cfa4d90ad/substrate/primitives/runtime/src/generic/header.rs
#pragma once

#include "codec/codec.hpp"
#include "runtime/primitives/digest.hpp"
#include "runtime/primitives/fixed_bytes.hpp"

namespace rt::runtime::primitives {

/// sp_runtime::generic::Header<Number, BlakeTwo256>; the runtime's is Header<u32>.
template <class Number = u32, class Hash = H256>
struct Header {
  static_assert(codec::ScaleUnsigned<Number>, "block numbers are unsigned integers (encoded compact)");

  Hash parent_hash{};      ///< hash of the parent block
  Number number = 0;       ///< the block number
  Hash state_root{};       ///< root of the state trie after this block
  Hash extrinsics_root{};  ///< ordered trie root of the block's extrinsics
  Digest digest;           ///< consensus and runtime log items

  /// Field-wise equality.
  bool operator==(const Header&) const = default;
  /// SCALE: parent_hash, Compact(number), state_root, extrinsics_root, digest.
  template <class Ar>
  friend void scale(Ar& ar, Header& v) {
    ar(v.parent_hash, codec::asCompact(v.number), v.state_root, v.extrinsics_root, v.digest);
  }
};

}  // namespace rt::runtime::primitives
