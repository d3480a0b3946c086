// SPDX-License-Identifier: Apache-2.0
// MultiAddress<AccountId, AccountIndex>: how a transaction names an account (the signer in an
// extrinsic, the destination of a transfer). Id(AccountId) = 0, Index(Compact<AccountIndex>) = 1,
// Raw(Vec<u8>) = 2, Address32([u8; 32]) = 3, Address20([u8; 20]) = 4.
//
// Mirrors `enum MultiAddress` in
// https://github.com/paritytech/polkadot-sdk/blob/503aee60968af6b582777b5033a41f1c37bd9d67/substrate/primitives/runtime/src/multiaddress.rs
// FRAME chains without pallet-indices use AccountIndex = () (node-template's
// `MultiAddress<AccountId, ()>`); parity-scale-codec encodes `Compact<()>` as nothing, so Index is
// then the lone byte 0x01. Pass rt::Unit for that; any unsigned integer type is encoded compact.
#pragma once

#include <array>
#include <type_traits>
#include <vector>

#include "codec/codec.hpp"
#include "rt/result.hpp"
#include "runtime/primitives/fixed_bytes.hpp"

namespace rt::runtime::primitives {

/// sp_runtime::MultiAddress. A kind tag plus the field of the active kind.
template <class AccountId = AccountId32, class AccountIndex = rt::Unit>
struct MultiAddress {
  static_assert(std::is_same_v<AccountIndex, rt::Unit> || codec::ScaleUnsigned<AccountIndex>,
                "AccountIndex is rt::Unit (Rust's ()) or an unsigned integer");

  /// The variant, with its on-chain index.
  enum class Kind : u8 {
    Id = 0,         ///< an account id (`id`)
    Index = 1,      ///< an account index (`index`), compact-encoded
    Raw = 2,        ///< arbitrary raw bytes (`raw`)
    Address32 = 3,  ///< a 32-byte representation (`address32`)
    Address20 = 4,  ///< a 20-byte representation (`address20`)
  };
  /// Valid indices of Kind (for decoding).
  friend constexpr bool scaleEnumValid(Kind k) { return static_cast<u8>(k) <= 4; }

  Kind kind = Kind::Id;             ///< which variant
  AccountId id{};                   ///< payload of Kind::Id
  AccountIndex index{};             ///< payload of Kind::Index
  std::vector<u8> raw;              ///< payload of Kind::Raw
  std::array<u8, 32> address32{};   ///< payload of Kind::Address32
  std::array<u8, 20> address20{};   ///< payload of Kind::Address20

  /// MultiAddress::Id(account) (Rust's `From<AccountId>`).
  static MultiAddress fromId(const AccountId& account) {
    MultiAddress a;
    a.id = account;
    return a;
  }
  /// MultiAddress::Index(i).
  static MultiAddress fromIndex(AccountIndex i) {
    MultiAddress a;
    a.kind = Kind::Index;
    a.index = i;
    return a;
  }
  /// MultiAddress::Raw(bytes).
  static MultiAddress fromRaw(std::vector<u8> bytes) {
    MultiAddress a;
    a.kind = Kind::Raw;
    a.raw = std::move(bytes);
    return a;
  }
  /// MultiAddress::Address32(bytes).
  static MultiAddress fromAddress32(const std::array<u8, 32>& bytes) {
    MultiAddress a;
    a.kind = Kind::Address32;
    a.address32 = bytes;
    return a;
  }
  /// MultiAddress::Address20(bytes).
  static MultiAddress fromAddress20(const std::array<u8, 20>& bytes) {
    MultiAddress a;
    a.kind = Kind::Address20;
    a.address20 = bytes;
    return a;
  }

  /// The account id of an Id address, or nullptr (StaticLookup of an IdentityLookup chain).
  const AccountId* asId() const { return kind == Kind::Id ? &id : nullptr; }

  /// Same kind and payload.
  friend bool operator==(const MultiAddress& a, const MultiAddress& b) {
    if (a.kind != b.kind) return false;
    switch (a.kind) {
      case Kind::Id: return a.id == b.id;
      case Kind::Index: return a.index == b.index;
      case Kind::Raw: return a.raw == b.raw;
      case Kind::Address32: return a.address32 == b.address32;
      case Kind::Address20: return a.address20 == b.address20;
    }
    return false;
  }

  /// SCALE: the index, then the active field (Index as a compact, nothing for rt::Unit).
  template <class Ar>
  friend void scale(Ar& ar, MultiAddress& v) {
    ar(v.kind);
    if constexpr (std::is_same_v<Ar, codec::MinSizeArchive>) return;  // lower bound: the tag
    switch (v.kind) {
      case Kind::Id: ar(v.id); break;
      case Kind::Index:
        if constexpr (!std::is_same_v<AccountIndex, rt::Unit>) ar(codec::asCompact(v.index));
        break;
      case Kind::Raw: ar(v.raw); break;
      case Kind::Address32: ar(v.address32); break;
      case Kind::Address20: ar(v.address20); break;
    }
  }
};

}  // namespace rt::runtime::primitives
