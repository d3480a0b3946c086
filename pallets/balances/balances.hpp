// SPDX-License-Identifier: Apache-2.0
// pallet_balances: the native currency (substrate/frame/balances/src/lib.rs and impl_currency.rs,
// impl_fungible.rs). Balances live in System.Account's `data` (AccountData { free, reserved,
// frozen, flags }); this pallet owns TotalIssuance and InactiveIssuance, the calls, events and
// errors. Accounts come and go with the existential deposit: an account whose total falls below
// it is reaped (its dust leaves the total issuance, DustLost), and System's provider reference
// counting decides when the account itself is created (NewAccount) and killed (KilledAccount).
//
// Interface contract (used by the executive, TransactionPayment and Sudo). The fungible and
// currency operations themselves (transfer, withdraw, reserve, ...) are in fungible.hpp; the
// events in events.hpp; the weights in weights.hpp.
//
// Pinned FRAME sources (each file cites the lines it ports):
//   lib.rs
//   https://github.com/paritytech/polkadot-sdk/blob/00a7a0f879ac585a3b1f3f6ac8e525511e103ee5/substrate/frame/balances/src/lib.rs
//   impl_fungible
//   https://github.com/paritytech/polkadot-sdk/blob/1520c005f6d5943ba128b05fa9eb0af4d510310e/substrate/frame/balances/src/impl_fungible.rs
//   impl_currency
//   https://github.com/paritytech/polkadot-sdk/blob/009c1010aa76648c6a8b2895fa02414212c73b8e/substrate/frame/balances/src/impl_currency.rs
//   fungible
//   https://github.com/paritytech/polkadot-sdk/blob/3d9a364f6c6a7ed6fbfc3cc938260fc11aac35fb/substrate/frame/support/src/traits/tokens/fungible/regular.rs
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "pallets/system/system.hpp"
#include "runtime/composition.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/fixed_bytes.hpp"
#include "runtime/primitives/weight.hpp"
#include "runtime/support/dispatch.hpp"
#include "runtime/support/storage.hpp"

namespace rt::pallets::balances {

using Balance = unsigned __int128;
using runtime::primitives::AccountId32;

inline constexpr uint8_t kIndex = runtime::kBalancesIndex;
inline constexpr Balance kExistentialDeposit = runtime::kExistentialDeposit;

using TotalIssuance = support::StorageValue<"Balances", "TotalIssuance", Balance>;
using InactiveIssuance = support::StorageValue<"Balances", "InactiveIssuance", Balance>;

/// pallet_balances::Error, variant indices as FRAME's.
enum class Error : uint8_t {
  VestingBalance = 0,           ///< vesting balance too high to send value
  LiquidityRestrictions = 1,    ///< account liquidity restrictions prevent withdrawal
  InsufficientBalance = 2,      ///< balance too low to send value
  ExistentialDeposit = 3,       ///< value too low to create account due to existential deposit
  Expendability = 4,            ///< transfer/payment would kill account
  ExistingVestingSchedule = 5,  ///< a vesting schedule already exists for this account
  DeadAccount = 6,              ///< beneficiary account must pre-exist
  TooManyReserves = 7,          ///< number of named reserves exceed MaxReserves
  TooManyHolds = 8,             ///< number of holds exceed the hold reasons' variant count
  TooManyFreezes = 9,           ///< number of freezes exceed MaxFreezes
  IssuanceDeactivated = 10,     ///< the issuance cannot be modified since it is already deactivated
  DeltaZero = 11,               ///< the delta cannot be zero
};

/// The variant's name (as the metadata spells it).
constexpr const char* toString(Error e) {
  switch (e) {
    case Error::VestingBalance:
      return "VestingBalance";
    case Error::LiquidityRestrictions:
      return "LiquidityRestrictions";
    case Error::InsufficientBalance:
      return "InsufficientBalance";
    case Error::ExistentialDeposit:
      return "ExistentialDeposit";
    case Error::Expendability:
      return "Expendability";
    case Error::ExistingVestingSchedule:
      return "ExistingVestingSchedule";
    case Error::DeadAccount:
      return "DeadAccount";
    case Error::TooManyReserves:
      return "TooManyReserves";
    case Error::TooManyHolds:
      return "TooManyHolds";
    case Error::TooManyFreezes:
      return "TooManyFreezes";
    case Error::IssuanceDeactivated:
      return "IssuanceDeactivated";
    case Error::DeltaZero:
      return "DeltaZero";
  }
  return "Unknown balances error";
}

/// The error as DispatchError::Module { index: kIndex, error: [variant, 0, 0, 0] }.
inline runtime::primitives::DispatchError moduleError(Error e) {
  return support::moduleError(kIndex, static_cast<uint8_t>(e), toString(e));
}

// --- calls (#[pallet::call_index] of lib.rs) ---

inline constexpr uint8_t kTransferAllowDeath = 0;        ///< transfer_allow_death(dest, Compact value)
inline constexpr uint8_t kForceTransfer = 2;             ///< force_transfer(source, dest, Compact value)
inline constexpr uint8_t kTransferKeepAlive = 3;         ///< transfer_keep_alive(dest, Compact value)
inline constexpr uint8_t kTransferAll = 4;               ///< transfer_all(dest, keep_alive: bool)
inline constexpr uint8_t kForceUnreserve = 5;            ///< force_unreserve(who, amount: u128)
inline constexpr uint8_t kUpgradeAccounts = 6;           ///< upgrade_accounts(who: Vec<AccountId32>)
inline constexpr uint8_t kForceSetBalance = 8;           ///< force_set_balance(who, Compact new_free)
inline constexpr uint8_t kForceAdjustTotalIssuance = 9;  ///< force_adjust_total_issuance(direction, Compact delta)
inline constexpr uint8_t kBurn = 10;                     ///< burn(Compact value, keep_alive: bool)

/// The free balance of `who` (0 for an account that does not exist).
Balance freeBalance(const AccountId32& who);

/// Decodes and dispatches Balances call `call_index` whose arguments are `args` (exactly), as
/// `origin`. Unknown index or undecodable arguments: DispatchError::Other / an error result, never
/// a trap. Runs in a storage transaction: a failing call leaves storage unchanged. The call's
/// declared weight is callWeight(call_index, args).
support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args);

/// As dispatch(), and `post` receives the call's PostDispatchInfo (FRAME's
/// DispatchResultWithPostInfo): upgrade_accounts waives the fee (Pays::No) when at least 90 % of
/// the accounts needed upgrading; every other call leaves the declared weight and Pays::Yes.
support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args,
                                 runtime::primitives::PostDispatchInfo& post);

/// The length of call `call_index`'s arguments at the start of `bytes` (more may follow: a call
/// nested in another, e.g. Sudo's), or none when they do not decode.
std::optional<size_t> argsLength(uint8_t call_index, std::span<const uint8_t> bytes);

/// True when `call_index` is a Balances call and `args` decode as its arguments, exactly (what a
/// RuntimeCall decode checks before a transaction is valid).
bool isValidCall(uint8_t call_index, std::span<const uint8_t> args);

/// The call's declared weight (FRAME's SubstrateWeight with RocksDbWeight, weights.hpp), zero for
/// an unknown index. Argument-dependent weights use their smallest case here (upgrade_accounts
/// with one account; burn with keep_alive = false); callWeight(call_index, args) is exact.
runtime::primitives::Weight callWeight(uint8_t call_index);

/// The call's declared weight for these arguments (upgrade_accounts: per account in `who`;
/// burn: by `keep_alive`); undecodable arguments fall back to callWeight(call_index).
runtime::primitives::Weight callWeight(uint8_t call_index, std::span<const uint8_t> args);

/// Withdraws `amount` from `who`'s free balance for a fee, keeping the account alive
/// (pallet_transaction_payment's FungibleAdapter::withdraw_fee with Preservation::Preserve).
/// Error when the balance cannot pay without dropping below the existential deposit.
/// Emits Withdraw { who, amount } (nothing for a zero fee). The total issuance is NOT reduced
/// here: the fee is a Credit until correctAndDepositFee() settles it after the dispatch.
support::DispatchResult withdrawFee(const AccountId32& who, Balance amount);

/// FungibleAdapter::can_withdraw_fee: true when withdrawing `amount` would leave `who` alive and
/// within its freezes (fungible::Inspect::can_withdraw is Success); always true for zero.
bool canWithdrawFee(const AccountId32& who, Balance amount);

/// FungibleAdapter::correct_and_deposit_fee for this runtime (OnUnbalanced = (): fees burned):
/// `paid` was withdrawn by withdrawFee(); the part above `corrected_fee` is refunded to `who` if
/// it still exists (Balanced::deposit, BestEffort: Deposit event), and the rest of the credit is
/// dropped, which lowers TotalIssuance (fungible::DecreaseIssuance). `tip` is part of `paid`
/// (only split off for the handler, which here burns both).
support::DispatchResult correctAndDepositFee(const AccountId32& who, Balance paid, Balance corrected_fee, Balance tip);

/// Mints `amount` into `who` (genesis endowment, tests): creates the account if needed.
/// fungible::Mutate::mint_into: TotalIssuance grows; NewAccount, Endowed and Minted are emitted
/// from block 1 on (System records no events at genesis). Panics, as FRAME's genesis build
/// asserts, when the result would be a new account below the existential deposit or an overflow.
void deposit(const AccountId32& who, Balance amount);

}  // namespace rt::pallets::balances
