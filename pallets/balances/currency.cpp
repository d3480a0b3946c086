// SPDX-License-Identifier: Apache-2.0
// The legacy Currency side of Balances that this runtime needs: ensure_upgraded (lib.rs), the dust
// trap-door, and ReservableCurrency's reserve / unreserve (impl_currency.rs) behind
// force_unreserve. Sources as cited in fungible.hpp and account.hpp.
#include "pallets/balances/account.hpp"
#include "pallets/balances/events.hpp"
#include "pallets/balances/fungible.hpp"
#include "pallets/balances/math.hpp"
#include "pallets/system/accounts.hpp"

namespace rt::pallets::balances {

using runtime::primitives::ArithmeticError;

namespace detail {

bool ensureUpgraded(const AccountId32& who) {
  AccountData a = system::accountData(who);
  if (a.flags.isNewLogic()) return false;
  a.flags.setNewLogic();
  if (a.reserved != 0 && a.frozen == 0) {
    if (system::providers(who) == 0) {
      // No provider reference (should not happen, FRAME logs it): the failsafe gives the account
      // enough for an ED.
      a.free = a.free > kExistentialDeposit ? a.free : kExistentialDeposit;
      system::incProviders(who);
    }
    // `.defensive()`: an error is logged and otherwise ignored.
    (void)system::incConsumersWithoutLimit(who);
  }
  // Should never fail: only a bit is set.
  (void)system::tryMutateExistsData(who, [&](std::optional<AccountData>& account) -> support::DispatchResult {
    account = a;
    return rt::Unit{};
  });
  events::upgraded(who);
  return true;
}

void handleRawDust(Balance amount) {
  const Balance cap = satSub(kExistentialDeposit, 1);
  fungible::handleDust(amount < cap ? amount : cap);
}

}  // namespace detail

namespace currency {

support::DispatchResult ensureCanWithdraw(const AccountId32& who, Balance amount, Balance new_balance) {
  if (amount == 0) return rt::Unit{};
  if (new_balance < fungible::account(who).frozen) return rt::Err(moduleError(Error::LiquidityRestrictions));
  return rt::Unit{};
}

Balance reservedBalance(const AccountId32& who) { return fungible::account(who).reserved; }

bool canReserve(const AccountId32& who, Balance value) {
  if (value == 0) return true;
  const auto new_balance = checkedSub(fungible::account(who).free, value);
  return new_balance && *new_balance >= kExistentialDeposit && ensureCanWithdraw(who, value, *new_balance).has_value();
}

support::DispatchResult reserve(const AccountId32& who, Balance value) {
  if (value == 0) return rt::Unit{};
  RT_TRY_VOID(
      detail::tryMutateAccountHandlingDust(who, [&](detail::AccountData& account, bool) -> support::DispatchResult {
        const auto free = checkedSub(account.free, value);
        if (!free) return rt::Err(moduleError(Error::InsufficientBalance));
        account.free = *free;
        const auto reserved = checkedAdd(account.reserved, value);
        if (!reserved) return rt::Err(DispatchError::arithmeticError(ArithmeticError::Overflow));
        account.reserved = *reserved;
        return ensureCanWithdraw(who, value, account.free);
      }));
  events::reserved(who, value);
  return rt::Unit{};
}

Balance unreserve(const AccountId32& who, Balance value) {
  if (value == 0) return 0;
  if (fungible::totalBalance(who) == 0) return value;
  auto actual = detail::mutateAccountHandlingDust(who, [&](detail::AccountData& account) -> Balance {
    const Balance moved = account.reserved < value ? account.reserved : value;
    account.reserved -= moved;
    // Defensive only: free + reserved fits, as the total issuance does.
    account.free = satAdd(account.free, moved);
    return moved;
  });
  // Cannot happen (the total does not change); if it did, nothing was unreserved.
  if (!actual.has_value()) return value;
  events::unreserved(who, actual.value());
  return value - actual.value();
}

}  // namespace currency
}  // namespace rt::pallets::balances
