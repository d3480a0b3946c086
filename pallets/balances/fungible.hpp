// SPDX-License-Identifier: Apache-2.0
// What pallet_balances implements of FRAME's token traits, as free functions named after the
// trait methods: fungible::{Inspect, Unbalanced, Mutate, Balanced} (the modern API the calls use)
// and the ReservableCurrency subset (reserve, unreserve) behind force_unreserve.
//
// The rules, in FRAME's words:
//   Preservation  Expendable: the account may die; Protect: it may not die, but may be dusted
//                 if another provider keeps it; Preserve: it keeps its provider reference, i.e.
//                 at least ED of free balance.
//   Fortitude     Polite respects freezes (frozen applies to free + reserved); Force does not.
//   Precision     Exact: all or nothing; BestEffort: as much as possible, up to the amount.
//
// Mirrors the trait default methods of
// https://github.com/paritytech/polkadot-sdk/blob/3d9a364f6c6a7ed6fbfc3cc938260fc11aac35fb/substrate/frame/support/src/traits/tokens/fungible/regular.rs
// the consequence enums of
// https://github.com/paritytech/polkadot-sdk/blob/04f4a57417c2cce3982df04984b4cdcd95bee3df/substrate/frame/support/src/traits/tokens/misc.rs
// and Balances' implementations in
// https://github.com/paritytech/polkadot-sdk/blob/1520c005f6d5943ba128b05fa9eb0af4d510310e/substrate/frame/balances/src/impl_fungible.rs
// https://github.com/paritytech/polkadot-sdk/blob/009c1010aa76648c6a8b2895fa02414212c73b8e/substrate/frame/balances/src/impl_currency.rs
#pragma once

#include <cstdint>
#include <optional>

#include "pallets/balances/balances.hpp"
#include "pallets/system/system.hpp"

namespace rt::pallets::balances {

using runtime::primitives::DispatchError;

/// frame_support::traits::tokens::Preservation.
enum class Preservation : uint8_t {
  Expendable = 0,  ///< the account may be killed
  Protect = 1,     ///< the account may not be killed, but may be dusted
  Preserve = 2,    ///< the account may not be killed and keeps its provider reference
};

/// frame_support::traits::tokens::Fortitude.
enum class Fortitude : uint8_t {
  Polite = 0,  ///< regular privilege: freezes apply
  Force = 1,   ///< forced (slashing): freezes do not apply
};

/// frame_support::traits::tokens::Precision.
enum class Precision : uint8_t {
  Exact = 0,       ///< exactly the amount, or nothing
  BestEffort = 1,  ///< as much as possible, up to the amount
};

/// frame_support::traits::tokens::Provenance.
enum class Provenance : uint8_t {
  Minted = 0,  ///< the funds are minted (the total issuance grows)
  Extant = 1,  ///< the funds already exist
};

/// frame_support::traits::tokens::DepositConsequence.
enum class DepositConsequence : uint8_t {
  BelowMinimum = 0,  ///< the account would not reach the minimum balance
  CannotCreate = 1,  ///< the account cannot be created
  UnknownAsset = 2,  ///< the asset is unknown
  Overflow = 3,      ///< an overflow would occur
  Success = 4,       ///< the deposit can happen
  Blocked = 5,       ///< the account cannot receive the assets
};

/// frame_support::traits::tokens::WithdrawConsequence<Balance>.
struct WithdrawConsequence {
  /// The variant.
  enum class Kind : uint8_t {
    BalanceLow = 0,     ///< less than the amount in the account
    WouldDie = 1,       ///< the account must exist (it has consumers) and would die
    UnknownAsset = 2,   ///< the asset is unknown
    Underflow = 3,      ///< the total issuance would underflow
    Overflow = 4,       ///< an overflow would occur
    Frozen = 5,         ///< not enough of the funds are free of freezes
    ReducedToZero = 6,  ///< the account would be reduced to zero, losing `reduced_to_zero`
    Success = 7,        ///< the account continues to exist
  };
  Kind kind = Kind::Success;    ///< which variant
  Balance reduced_to_zero = 0;  ///< ReducedToZero's payload: the balance destroyed with it

  /// Same variant and payload.
  constexpr bool operator==(const WithdrawConsequence&) const = default;
};

/// DepositConsequence::into_result.
support::DispatchResult intoResult(DepositConsequence c);

/// WithdrawConsequence::into_result(keep_nonzero): the extra balance the account loses, or the
/// error (ReducedToZero is NotExpendable when `keep_nonzero`).
rt::Result<Balance, DispatchError> intoResult(WithdrawConsequence c, bool keep_nonzero);

namespace fungible {

// --- Inspect ---

/// The account's data (Pallet::account: AccountStore::get).
system::AccountData account(const AccountId32& who);
/// total_issuance.
Balance totalIssuance();
/// active_issuance: total minus inactive, saturating.
Balance activeIssuance();
/// minimum_balance: the existential deposit.
Balance minimumBalance();
/// total_balance: free + reserved.
Balance totalBalance(const AccountId32& who);
/// balance: the free balance.
Balance balance(const AccountId32& who);
/// reducible_balance: what can leave the free balance under `preservation` and `force`.
Balance reducibleBalance(const AccountId32& who, Preservation preservation, Fortitude force);
/// can_deposit.
DepositConsequence canDeposit(const AccountId32& who, Balance amount, Provenance provenance);
/// can_withdraw.
WithdrawConsequence canWithdraw(const AccountId32& who, Balance amount);

// --- Unbalanced (LOW-LEVEL: the caller keeps the total issuance) ---

/// write_balance: sets the free balance (a reduction at most reducible_balance(Expendable,
/// Force), otherwise InsufficientBalance); returns the dust the account left, if any.
rt::Result<std::optional<Balance>, DispatchError> writeBalance(const AccountId32& who, Balance amount);
/// set_total_issuance.
void setTotalIssuance(Balance amount);
/// handle_dust: DustRemoval is (): the dust's Credit is dropped (TotalIssuance - amount).
void handleDust(Balance amount);
/// decrease_balance: returns the amount taken.
rt::Result<Balance, DispatchError> decreaseBalance(const AccountId32& who, Balance amount, Precision precision,
                                                   Preservation preservation, Fortitude force);
/// increase_balance: returns the amount added.
rt::Result<Balance, DispatchError> increaseBalance(const AccountId32& who, Balance amount, Precision precision);
/// deactivate: InactiveIssuance grows, capped at the total issuance.
void deactivate(Balance amount);
/// reactivate: InactiveIssuance shrinks, saturating.
void reactivate(Balance amount);

// --- Mutate ---

/// mint_into: new tokens into `who` (Minted).
rt::Result<Balance, DispatchError> mintInto(const AccountId32& who, Balance amount);
/// burn_from: tokens out of `who` and out of existence (Burned).
rt::Result<Balance, DispatchError> burnFrom(const AccountId32& who, Balance amount, Preservation preservation,
                                            Precision precision, Fortitude force);
/// transfer: `amount` from `source` to `dest` (Transfer); source == dest is a no-op after the
/// checks.
rt::Result<Balance, DispatchError> transfer(const AccountId32& source, const AccountId32& dest, Balance amount,
                                            Preservation preservation);

// --- Balanced (the imbalance is the returned amount; drop it with onDropCredit/onDropDebt) ---

/// issue: TotalIssuance + amount (saturating), Issued when non-zero; returns the Credit's amount.
Balance issue(Balance amount);
/// rescind: TotalIssuance - amount (saturating), Rescinded; returns the Debt's amount.
Balance rescind(Balance amount);
/// deposit: increase_balance + Deposit; returns the Debt's amount.
rt::Result<Balance, DispatchError> deposit(const AccountId32& who, Balance value, Precision precision);
/// withdraw: decrease_balance + Withdraw; returns the Credit's amount.
rt::Result<Balance, DispatchError> withdraw(const AccountId32& who, Balance value, Precision precision,
                                            Preservation preservation, Fortitude force);
/// A dropped Credit: fungible::DecreaseIssuance (TotalIssuance - amount, saturating).
void onDropCredit(Balance amount);
/// A dropped Debt: fungible::IncreaseIssuance (TotalIssuance + amount, saturating).
void onDropDebt(Balance amount);

}  // namespace fungible

namespace currency {

/// Currency::ensure_can_withdraw: after the withdrawal, free must cover `frozen`
/// (LiquidityRestrictions); always fine for a zero amount.
support::DispatchResult ensureCanWithdraw(const AccountId32& who, Balance amount, Balance new_balance);
/// ReservableCurrency::reserved_balance.
Balance reservedBalance(const AccountId32& who);
/// ReservableCurrency::can_reserve.
bool canReserve(const AccountId32& who, Balance value);
/// ReservableCurrency::reserve: free to reserved (Reserved); no-op for zero.
support::DispatchResult reserve(const AccountId32& who, Balance value);
/// ReservableCurrency::unreserve: reserved to free (Unreserved); returns what could not be
/// unreserved. No-op for zero or an account with no balance.
Balance unreserve(const AccountId32& who, Balance value);

}  // namespace currency
}  // namespace rt::pallets::balances
