// SPDX-License-Identifier: Apache-2.0
// The one place an account's balances change: Pallet::try_mutate_account and its wrappers. Every
// mutation enforces the existential deposit law and keeps System's reference counts in step:
//   - a provider reference while free >= ED (inc_providers creates the account: NewAccount);
//   - a consumer reference while reserved or frozen is non-zero;
//   - losing the provider goes last, as it may reap the account (KilledAccount) or fail with
//     ConsumerRemaining;
//   - free below ED with nothing reserved drops the account's data; the free part is dust
//     (DustLost), for the caller to take out of the total issuance (handleRawDust);
//   - a new account's first mutation emits Endowed.
// LOW-LEVEL: the total issuance is the caller's business, as in FRAME.
//
// Mirrors try_mutate_account, mutate_account, mutate_account_handling_dust,
// try_mutate_account_handling_dust and ensure_upgraded of
// https://github.com/paritytech/polkadot-sdk/blob/00a7a0f879ac585a3b1f3f6ac8e525511e103ee5/substrate/frame/balances/src/lib.rs
#pragma once

#include <optional>
#include <type_traits>
#include <utility>

#include "pallets/balances/balances.hpp"
#include "pallets/balances/events.hpp"
#include "pallets/system/accounts.hpp"

namespace rt::pallets::balances::detail {

using runtime::primitives::DispatchError;
using AccountData = system::AccountData;

/// A mutation's result R and the dust it left (Rust's `(R, Option<Balance>)`).
template <typename R>
struct Mutated {
  R result;                     ///< what the closure returned
  std::optional<Balance> dust;  ///< free balance dropped with the account's data, if any
};

/// ensure_upgraded: moves an account still on the old (pre-holds) reference logic to the new one,
/// giving it a consumer reference for its reserve (and, failsafe, a provider and an ED of free
/// balance if it had none). Upgraded { who }. False when there was nothing to do.
bool ensureUpgraded(const AccountId32& who);

/// Unbalanced::handle_raw_dust: dust capped at ED - 1, dropped (DustRemoval is () here, so the
/// Credit's drop lowers TotalIssuance: fungible::DecreaseIssuance).
void handleRawDust(Balance amount);

/// try_mutate_account: `f(account, is_new)` returns rt::Result<R, DispatchError>. On error nothing
/// of the account is written. See the file comment for what happens around `f`.
template <typename F>
auto tryMutateAccount(const AccountId32& who, F&& f)
    -> rt::Result<Mutated<typename std::invoke_result_t<F&, AccountData&, bool>::value_type>, DispatchError> {
  using R = typename std::invoke_result_t<F&, AccountData&, bool>::value_type;
  struct Outcome {
    std::optional<Balance> endowed;
    std::optional<Balance> dust;
    R result;
  };
  ensureUpgraded(who);
  const Balance ed = kExistentialDeposit;
  auto outcome = system::tryMutateExistsData(
      who, [&](std::optional<AccountData>& maybe_account) -> rt::Result<Outcome, DispatchError> {
        const bool is_new = !maybe_account.has_value();
        AccountData account = maybe_account.value_or(AccountData{});
        maybe_account.reset();
        const bool did_provide = account.free >= ed;
        const bool did_consume = !is_new && (account.reserved != 0 || account.frozen != 0);

        auto result = f(account, is_new);
        if (!result.has_value()) return rt::Err(result.error());

        const bool does_provide = account.free >= ed;
        const bool does_consume = account.reserved != 0 || account.frozen != 0;

        if (!did_provide && does_provide) system::incProviders(who);
        if (did_consume && !does_consume) system::decConsumers(who);
        if (!did_consume && does_consume) {
          RT_TRY_VOID(system::incConsumers(who));
        }
        if (does_consume && system::consumers(who) == 0) {
          // Failsafe (FRAME logs "Defensively bumping a consumer ref"): a consuming account should
          // have got its reference in `!did_consume && does_consume` at some point.
          RT_TRY_VOID(system::incConsumers(who));
        }
        if (did_provide && !does_provide) {
          // This could reap the account, so it goes last.
          auto dec = system::decProviders(who);
          if (!dec.has_value()) {
            // Best-effort revert of the consumer change (the whole dispatch rolls back anyway).
            if (did_consume && !does_consume) (void)system::incConsumers(who);
            if (!did_consume && does_consume) system::decConsumers(who);
            return rt::Err(dec.error());
          }
        }

        std::optional<Balance> maybe_endowed;
        if (is_new) maybe_endowed = account.free;

        // Below ED with nothing reserved: the data goes, the free part is dust. Reserved balance
        // implies a consumer reference, so keeping such an account is economically safe.
        std::optional<Balance> maybe_dust;
        if (account.free < ed && account.reserved == 0) {
          if (account.free != 0) maybe_dust = account.free;
        } else {
          maybe_account = account;
        }
        return Outcome{maybe_endowed, maybe_dust, std::move(result).value()};
      });
  if (!outcome.has_value()) return rt::Err(outcome.error());
  Outcome out = std::move(outcome).value();
  if (out.endowed) events::endowed(who, *out.endowed);
  if (out.dust) events::dustLost(who, *out.dust);
  return Mutated<R>{std::move(out.result), out.dust};
}

/// mutate_account: an infallible `f(account)` returning R (void becomes rt::Unit).
template <typename F>
auto mutateAccount(const AccountId32& who, F&& f) {
  using Raw = std::invoke_result_t<F&, AccountData&>;
  using R = std::conditional_t<std::is_void_v<Raw>, rt::Unit, Raw>;
  return tryMutateAccount(who, [&](AccountData& a, bool) -> rt::Result<R, DispatchError> {
    if constexpr (std::is_void_v<Raw>) {
      f(a);
      return rt::Unit{};
    } else {
      return f(a);
    }
  });
}

/// try_mutate_account_handling_dust: tryMutateAccount, then the dust is handled.
template <typename F>
auto tryMutateAccountHandlingDust(const AccountId32& who, F&& f)
    -> rt::Result<typename std::invoke_result_t<F&, AccountData&, bool>::value_type, DispatchError> {
  RT_TRY(auto mutated, tryMutateAccount(who, std::forward<F>(f)));
  if (mutated.dust) handleRawDust(*mutated.dust);
  return std::move(mutated.result);
}

/// mutate_account_handling_dust: mutateAccount, then the dust is handled.
template <typename F>
auto mutateAccountHandlingDust(const AccountId32& who, F&& f) {
  auto mutated = mutateAccount(who, std::forward<F>(f));
  using R = decltype(std::move(mutated).value().result);
  if (!mutated.has_value()) return rt::Result<R, DispatchError>(rt::Err(mutated.error()));
  if (mutated.value().dust) handleRawDust(*mutated.value().dust);
  return rt::Result<R, DispatchError>(std::move(mutated.value().result));
}

}  // namespace rt::pallets::balances::detail
