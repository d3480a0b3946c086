// SPDX-License-Identifier: Apache-2.0
// The value of System.Account: AccountInfo<Nonce, AccountData> with the reference counters, and
// pallet-balances' AccountData (free, reserved, frozen, flags) stored inside it.
//
// Mirrors `struct AccountInfo<Nonce, AccountData>` (RefCount = u32) in
// https://github.com/paritytech/polkadot-sdk/blob/9c968834987f41ca738003ce98c5ed1cfa910be4/substrate/frame/system/src/lib.rs
// and `struct AccountData<Balance>`, `struct ExtraFlags(u128)`, `IS_NEW_LOGIC` in
// https://github.com/paritytech/polkadot-sdk/blob/5c5a023a43c7ce4ab64d4178ded5f11443b2bb6d/substrate/frame/balances/src/types.rs
#pragma once

#include "codec/codec.hpp"

namespace rt::runtime::primitives {

/// frame_system::RefCount.
using RefCount = u32;

/// pallet_balances::ExtraFlags: a u128 whose top bit says the account uses the new (holds and
/// freezes) reference-counting logic. Rust's Default sets that bit.
struct ExtraFlags {
  /// IS_NEW_LOGIC: the most significant bit.
  static constexpr u128 kIsNewLogic = u128{1} << 127;

  u128 bits = kIsNewLogic;  ///< the raw flags

  /// Rust's `old_logic()`: no flags.
  static constexpr ExtraFlags oldLogic() { return ExtraFlags{0}; }
  /// Rust's `set_new_logic`.
  constexpr void setNewLogic() { bits |= kIsNewLogic; }
  /// Rust's `is_new_logic`.
  constexpr bool isNewLogic() const { return (bits & kIsNewLogic) == kIsNewLogic; }

  /// Same bits.
  constexpr bool operator==(const ExtraFlags&) const = default;
  /// SCALE: the u128, little-endian.
  template <class Ar>
  friend void scale(Ar& ar, ExtraFlags& v) {
    ar(v.bits);
  }
};

/// pallet_balances::AccountData<Balance>.
template <class Balance = u128>
struct AccountData {
  Balance free = 0;      ///< balance the holder can use (subject to `frozen`)
  Balance reserved = 0;  ///< balance on hold (holds and legacy reserves)
  Balance frozen = 0;    ///< `free + reserved` may not drop below this (except for slashing)
  ExtraFlags flags;      ///< new-logic flag and reserved bits

  /// Rust's `usable`: free minus frozen, saturating.
  constexpr Balance usable() const { return free > frozen ? free - frozen : Balance{0}; }
  /// Rust's `total`: free plus reserved, saturating.
  constexpr Balance total() const {
    const Balance sum = free + reserved;
    return sum < free ? static_cast<Balance>(~Balance{0}) : sum;
  }

  /// Field-wise equality.
  constexpr bool operator==(const AccountData&) const = default;
  /// SCALE: free, reserved, frozen, flags.
  template <class Ar>
  friend void scale(Ar& ar, AccountData& v) {
    ar(v.free, v.reserved, v.frozen, v.flags);
  }
};

/// frame_system::AccountInfo<Nonce, AccountData>.
template <class Nonce = u32, class Data = AccountData<>>
struct AccountInfo {
  Nonce nonce = 0;            ///< transactions this account has sent
  RefCount consumers = 0;     ///< modules depending on the account's existence
  RefCount providers = 0;     ///< modules allowing the account to exist
  RefCount sufficients = 0;   ///< modules allowing it to exist for their own purposes only
  Data data{};                ///< the account's data (balances)

  /// Field-wise equality.
  constexpr bool operator==(const AccountInfo&) const = default;
  /// SCALE: nonce, consumers, providers, sufficients, data.
  template <class Ar>
  friend void scale(Ar& ar, AccountInfo& v) {
    ar(v.nonce, v.consumers, v.providers, v.sufficients, v.data);
  }
};

}  // namespace rt::runtime::primitives
