// SPDX-License-Identifier: Apache-2.0
// pallet_balances::Event: the variants with FRAME's indices and field order, and one deposit
// function per variant this runtime emits. A RuntimeEvent is the pallet index, the variant index,
// then the fields in declaration order (AccountId32 as 32 bytes, Balance as a 16-byte u128).
//
// Mirrors `pub enum Event` in
// https://github.com/paritytech/polkadot-sdk/blob/00a7a0f879ac585a3b1f3f6ac8e525511e103ee5/substrate/frame/balances/src/lib.rs
// Later FRAME appends Held, Released, ... after TotalIssuanceForced; holds are not part of this
// runtime, so the list stops there (no index moves).
#pragma once

#include <cstdint>
#include <vector>

#include "pallets/balances/balances.hpp"

namespace rt::pallets::balances {

/// pallet_balances::Event variant indices.
enum class EventIndex : uint8_t {
  Endowed = 0,               ///< { account, free_balance }
  DustLost = 1,              ///< { account, amount }
  Transfer = 2,              ///< { from, to, amount }
  BalanceSet = 3,            ///< { who, free }
  Reserved = 4,              ///< { who, amount }
  Unreserved = 5,            ///< { who, amount }
  ReserveRepatriated = 6,    ///< { from, to, amount, destination_status }
  Deposit = 7,               ///< { who, amount }
  Withdraw = 8,              ///< { who, amount }
  Slashed = 9,               ///< { who, amount }
  Minted = 10,               ///< { who, amount }
  Burned = 11,               ///< { who, amount }
  Suspended = 12,            ///< { who, amount }
  Restored = 13,             ///< { who, amount }
  Upgraded = 14,             ///< { who }
  Issued = 15,               ///< { amount }
  Rescinded = 16,            ///< { amount }
  Locked = 17,               ///< { who, amount }
  Unlocked = 18,             ///< { who, amount }
  Frozen = 19,               ///< { who, amount }
  Thawed = 20,               ///< { who, amount }
  TotalIssuanceForced = 21,  ///< { old, new }
};

/// frame_support::traits::tokens::BalanceStatus (ReserveRepatriated's destination_status).
enum class BalanceStatus : uint8_t {
  Free = 0,      ///< funds are free
  Reserved = 1,  ///< funds are reserved
};

/// pallet_balances::AdjustmentDirection (force_adjust_total_issuance's argument).
enum class AdjustmentDirection : uint8_t {
  Increase = 0,  ///< increase the total issuance
  Decrease = 1,  ///< decrease the total issuance
};
/// Valid indices of AdjustmentDirection (for decoding).
constexpr bool scaleEnumValid(AdjustmentDirection d) { return static_cast<uint8_t>(d) <= 1; }

namespace events {

/// The pallet-level encoding of an event: the variant index, then each field's SCALE encoding.
template <typename... Fields>
std::vector<uint8_t> encode(EventIndex variant, const Fields&... fields) {
  std::vector<uint8_t> out{static_cast<uint8_t>(variant)};
  (codec::encodeAppend(out, fields), ...);
  return out;
}

/// Deposits Balances event `variant` with `fields` (System.Events; nothing at genesis).
template <typename... Fields>
void deposit(EventIndex variant, const Fields&... fields) {
  system::depositEventOf(kIndex, static_cast<uint8_t>(variant), fields...);
}

/// Event::Endowed { account, free_balance }.
inline void endowed(const AccountId32& account, Balance free_balance) {
  deposit(EventIndex::Endowed, account, free_balance);
}
/// Event::DustLost { account, amount }.
inline void dustLost(const AccountId32& account, Balance amount) { deposit(EventIndex::DustLost, account, amount); }
/// Event::Transfer { from, to, amount }.
inline void transfer(const AccountId32& from, const AccountId32& to, Balance amount) {
  deposit(EventIndex::Transfer, from, to, amount);
}
/// Event::BalanceSet { who, free }.
inline void balanceSet(const AccountId32& who, Balance free) { deposit(EventIndex::BalanceSet, who, free); }
/// Event::Reserved { who, amount }.
inline void reserved(const AccountId32& who, Balance amount) { deposit(EventIndex::Reserved, who, amount); }
/// Event::Unreserved { who, amount }.
inline void unreserved(const AccountId32& who, Balance amount) { deposit(EventIndex::Unreserved, who, amount); }
/// Event::Deposit { who, amount }.
inline void depositEvent(const AccountId32& who, Balance amount) { deposit(EventIndex::Deposit, who, amount); }
/// Event::Withdraw { who, amount }.
inline void withdraw(const AccountId32& who, Balance amount) { deposit(EventIndex::Withdraw, who, amount); }
/// Event::Minted { who, amount }.
inline void minted(const AccountId32& who, Balance amount) { deposit(EventIndex::Minted, who, amount); }
/// Event::Burned { who, amount }.
inline void burned(const AccountId32& who, Balance amount) { deposit(EventIndex::Burned, who, amount); }
/// Event::Upgraded { who }.
inline void upgraded(const AccountId32& who) { deposit(EventIndex::Upgraded, who); }
/// Event::Issued { amount }.
inline void issued(Balance amount) { deposit(EventIndex::Issued, amount); }
/// Event::Rescinded { amount }.
inline void rescinded(Balance amount) { deposit(EventIndex::Rescinded, amount); }
/// Event::TotalIssuanceForced { old, new }.
inline void totalIssuanceForced(Balance old_issuance, Balance new_issuance) {
  deposit(EventIndex::TotalIssuanceForced, old_issuance, new_issuance);
}

}  // namespace events
}  // namespace rt::pallets::balances
