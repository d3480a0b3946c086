// SPDX-License-Identifier: Apache-2.0
// fungible::{Inspect, Unbalanced, Mutate, Balanced} for Balances (see fungible.hpp). Each function
// follows the Rust default method or Balances' override line by line; the comments name what is
// easy to get wrong.
#include "pallets/balances/fungible.hpp"

#include "pallets/balances/account.hpp"
#include "pallets/balances/events.hpp"
#include "pallets/balances/math.hpp"
#include "pallets/system/accounts.hpp"

namespace rt::pallets::balances {

using runtime::primitives::ArithmeticError;
using runtime::primitives::TokenError;

support::DispatchResult intoResult(DepositConsequence c) {
  switch (c) {
    case DepositConsequence::BelowMinimum:
      return rt::Err(DispatchError::tokenError(TokenError::BelowMinimum));
    case DepositConsequence::CannotCreate:
      return rt::Err(DispatchError::tokenError(TokenError::CannotCreate));
    case DepositConsequence::UnknownAsset:
      return rt::Err(DispatchError::tokenError(TokenError::UnknownAsset));
    case DepositConsequence::Overflow:
      return rt::Err(DispatchError::arithmeticError(ArithmeticError::Overflow));
    case DepositConsequence::Blocked:
      return rt::Err(DispatchError::tokenError(TokenError::Blocked));
    case DepositConsequence::Success:
      break;
  }
  return rt::Unit{};
}

rt::Result<Balance, DispatchError> intoResult(WithdrawConsequence c, bool keep_nonzero) {
  using K = WithdrawConsequence::Kind;
  switch (c.kind) {
    case K::BalanceLow:
      return rt::Err(DispatchError::tokenError(TokenError::FundsUnavailable));
    case K::WouldDie:
      return rt::Err(DispatchError::tokenError(TokenError::OnlyProvider));
    case K::UnknownAsset:
      return rt::Err(DispatchError::tokenError(TokenError::UnknownAsset));
    case K::Underflow:
      return rt::Err(DispatchError::arithmeticError(ArithmeticError::Underflow));
    case K::Overflow:
      return rt::Err(DispatchError::arithmeticError(ArithmeticError::Overflow));
    case K::Frozen:
      return rt::Err(DispatchError::tokenError(TokenError::Frozen));
    case K::ReducedToZero:
      if (keep_nonzero) return rt::Err(DispatchError::tokenError(TokenError::NotExpendable));
      return c.reduced_to_zero;
    case K::Success:
      break;
  }
  return Balance{0};
}

namespace fungible {

// --- Inspect (impl_fungible.rs) ---

system::AccountData account(const AccountId32& who) { return system::accountData(who); }
Balance totalIssuance() { return TotalIssuance::get(); }
Balance activeIssuance() { return satSub(TotalIssuance::get(), InactiveIssuance::get()); }
Balance minimumBalance() { return kExistentialDeposit; }
Balance totalBalance(const AccountId32& who) { return account(who).total(); }
Balance balance(const AccountId32& who) { return account(who).free; }

Balance reducibleBalance(const AccountId32& who, Preservation preservation, Fortitude force) {
  const auto a = account(who);
  Balance untouchable = 0;
  if (force == Fortitude::Polite) {
    // Frozen balance applies to the total: anything on hold is discounted from the freeze.
    untouchable = satSub(a.frozen, a.reserved);
  }
  // Keep the ED when we keep our provider reference, or when the account may not die and our
  // reference is its only one, or when it may die but our reference is required (consumers).
  if (preservation == Preservation::Preserve ||
      (preservation == Preservation::Protect && a.free != 0 && system::providers(who) == 1) ||
      (preservation == Preservation::Expendable && a.free != 0 && !system::canDecProvider(who))) {
    untouchable = untouchable > kExistentialDeposit ? untouchable : kExistentialDeposit;
  }
  // Liquid balance is what is neither on hold nor frozen nor required for the provider.
  return satSub(a.free, untouchable);
}

DepositConsequence canDeposit(const AccountId32& who, Balance amount, Provenance provenance) {
  if (amount == 0) return DepositConsequence::Success;
  if (provenance == Provenance::Minted && !checkedAdd(TotalIssuance::get(), amount)) {
    return DepositConsequence::Overflow;
  }
  const auto a = account(who);
  const auto new_free = checkedAdd(a.free, amount);
  if (!new_free) return DepositConsequence::Overflow;
  if (*new_free < kExistentialDeposit) return DepositConsequence::BelowMinimum;
  if (!checkedAdd(a.reserved, *new_free)) return DepositConsequence::Overflow;
  // We are a provider, so account creation needs no further check.
  return DepositConsequence::Success;
}

WithdrawConsequence canWithdraw(const AccountId32& who, Balance amount) {
  using K = WithdrawConsequence::Kind;
  if (amount == 0) return {K::Success, 0};
  if (!checkedSub(TotalIssuance::get(), amount)) return {K::Underflow, 0};
  const auto a = account(who);
  const auto new_free = checkedSub(a.free, amount);
  if (!new_free) return {K::BalanceLow, 0};
  if (amount > reducibleBalance(who, Preservation::Expendable, Fortitude::Polite)) return {K::Frozen, 0};
  // The provider restriction: a total reduced below ED must be able to lose our provider.
  WithdrawConsequence success{K::Success, 0};
  if (*new_free < kExistentialDeposit) {
    if (!system::canDecProvider(who)) return {K::WouldDie, 0};
    success = {K::ReducedToZero, *new_free};
  }
  // Eventual free funds must be no less than the frozen balance.
  if (satAdd(*new_free, a.reserved) < a.frozen) return {K::Frozen, 0};
  return success;
}

// --- Unbalanced ---

rt::Result<std::optional<Balance>, DispatchError> writeBalance(const AccountId32& who, Balance amount) {
  const Balance max_reduction = reducibleBalance(who, Preservation::Expendable, Fortitude::Force);
  // The closure's own error is its result: the account is written (unchanged) either way, as in
  // FRAME's `let (result, maybe_dust) = mutate_account(..)?; result?;`.
  RT_TRY(auto mutated, detail::mutateAccount(who, [&](system::AccountData& a) -> support::DispatchResult {
           const Balance reduction = satSub(a.free, amount);
           if (reduction > max_reduction) return rt::Err(moduleError(Error::InsufficientBalance));
           a.free = amount;
           return rt::Unit{};
         }));
  if (!mutated.result.has_value()) return rt::Err(mutated.result.error());
  return mutated.dust;
}

void setTotalIssuance(Balance amount) { TotalIssuance::put(amount); }

void handleDust(Balance amount) { onDropCredit(amount); }

rt::Result<Balance, DispatchError> decreaseBalance(const AccountId32& who, Balance amount, Precision precision,
                                                   Preservation preservation, Fortitude force) {
  const Balance old_balance = balance(who);
  const Balance reducible = reducibleBalance(who, preservation, force);
  if (precision == Precision::BestEffort) {
    amount = amount < reducible ? amount : reducible;
  } else if (reducible < amount) {
    return rt::Err(DispatchError::tokenError(TokenError::FundsUnavailable));
  }
  const auto new_balance = checkedSub(old_balance, amount);
  if (!new_balance) return rt::Err(DispatchError::tokenError(TokenError::FundsUnavailable));
  RT_TRY(auto dust, writeBalance(who, *new_balance));
  if (dust) handleDust(*dust);
  return satSub(old_balance, *new_balance);
}

rt::Result<Balance, DispatchError> increaseBalance(const AccountId32& who, Balance amount, Precision precision) {
  const Balance old_balance = balance(who);
  Balance new_balance = 0;
  if (precision == Precision::BestEffort) {
    new_balance = satAdd(old_balance, amount);
  } else {
    const auto sum = checkedAdd(old_balance, amount);
    if (!sum) return rt::Err(DispatchError::arithmeticError(ArithmeticError::Overflow));
    new_balance = *sum;
  }
  if (new_balance < kExistentialDeposit) {
    // From zero to below the minimum: stays at zero.
    if (precision == Precision::BestEffort) return Balance{0};
    return rt::Err(DispatchError::tokenError(TokenError::BelowMinimum));
  }
  if (new_balance == old_balance) return Balance{0};
  RT_TRY(auto dust, writeBalance(who, new_balance));
  if (dust) handleDust(*dust);
  return satSub(new_balance, old_balance);
}

void deactivate(Balance amount) {
  InactiveIssuance::mutate([&](Balance& b) {
    // InactiveIssuance cannot be greater than TotalIssuance.
    const Balance total = TotalIssuance::get();
    const Balance sum = satAdd(b, amount);
    b = sum < total ? sum : total;
  });
}

void reactivate(Balance amount) {
  InactiveIssuance::mutate([&](Balance& b) { b = satSub(b, amount); });
}

// --- Mutate ---

rt::Result<Balance, DispatchError> mintInto(const AccountId32& who, Balance amount) {
  if (!checkedAdd(totalIssuance(), amount)) return rt::Err(DispatchError::arithmeticError(ArithmeticError::Overflow));
  RT_TRY(const Balance actual, increaseBalance(who, amount, Precision::Exact));
  setTotalIssuance(satAdd(totalIssuance(), actual));
  events::minted(who, amount);  // done_mint_into reports the requested amount
  return actual;
}

rt::Result<Balance, DispatchError> burnFrom(const AccountId32& who, Balance amount, Preservation preservation,
                                            Precision precision, Fortitude force) {
  const Balance reducible = reducibleBalance(who, preservation, force);
  Balance actual = reducible < amount ? reducible : amount;
  if (actual != amount && precision != Precision::BestEffort) {
    return rt::Err(DispatchError::tokenError(TokenError::FundsUnavailable));
  }
  // FRAME reports an issuance underflow here as ArithmeticError::Overflow (sic).
  if (!checkedSub(totalIssuance(), actual)) return rt::Err(DispatchError::arithmeticError(ArithmeticError::Overflow));
  RT_TRY(actual, decreaseBalance(who, actual, Precision::BestEffort, preservation, force));
  setTotalIssuance(satSub(totalIssuance(), actual));
  events::burned(who, actual);
  return actual;
}

rt::Result<Balance, DispatchError> transfer(const AccountId32& source, const AccountId32& dest, Balance amount,
                                            Preservation preservation) {
  RT_TRY_VOID(intoResult(canWithdraw(source, amount), preservation != Preservation::Expendable));
  RT_TRY_VOID(intoResult(canDeposit(dest, amount, Provenance::Extant)));
  if (source == dest) return amount;
  RT_TRY_VOID(decreaseBalance(source, amount, Precision::BestEffort, preservation, Fortitude::Polite));
  // Cannot fail after can_deposit; FRAME still goes best-effort and ignores the result.
  (void)increaseBalance(dest, amount, Precision::BestEffort);
  events::transfer(source, dest, amount);
  return amount;
}

// --- Balanced ---

Balance issue(Balance amount) {
  const Balance old_issuance = totalIssuance();
  const Balance new_issuance = satAdd(old_issuance, amount);
  setTotalIssuance(new_issuance);
  const Balance delta = new_issuance - old_issuance;
  if (delta != 0) events::issued(delta);
  return delta;
}

Balance rescind(Balance amount) {
  const Balance old_issuance = totalIssuance();
  const Balance new_issuance = satSub(old_issuance, amount);
  setTotalIssuance(new_issuance);
  const Balance delta = old_issuance - new_issuance;
  events::rescinded(delta);
  return delta;
}

rt::Result<Balance, DispatchError> deposit(const AccountId32& who, Balance value, Precision precision) {
  RT_TRY(const Balance increase, increaseBalance(who, value, precision));
  events::depositEvent(who, increase);
  return increase;
}

rt::Result<Balance, DispatchError> withdraw(const AccountId32& who, Balance value, Precision precision,
                                            Preservation preservation, Fortitude force) {
  RT_TRY(const Balance decrease, decreaseBalance(who, value, precision, preservation, force));
  events::withdraw(who, decrease);
  return decrease;
}

void onDropCredit(Balance amount) {
  if (amount == 0) return;
  setTotalIssuance(satSub(totalIssuance(), amount));
}

void onDropDebt(Balance amount) {
  if (amount == 0) return;
  setTotalIssuance(satAdd(totalIssuance(), amount));
}

}  // namespace fungible
}  // namespace rt::pallets::balances
