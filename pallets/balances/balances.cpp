// SPDX-License-Identifier: Apache-2.0
// pallet_balances' entry points for the rest of the runtime (balances.hpp): the free balance, the
// fee hooks pallet_transaction_payment's FungibleAdapter<Balances, ()> drives, and the genesis
// endowment.
//
// withdrawFee / canWithdrawFee / correctAndDepositFee mirror FungibleAdapter's withdraw_fee,
// can_withdraw_fee and correct_and_deposit_fee in
// substrate/frame/transaction-payment/src/payment.rs, over the fungible operations of
// fungible.hpp; deposit() is fungible::Mutate::mint_into.
#include "pallets/balances/balances.hpp"

#include "pallets/balances/fungible.hpp"
#include "pallets/balances/math.hpp"
#include "runtime/support/transactional.hpp"

namespace rt::pallets::balances {

Balance freeBalance(const AccountId32& who) { return fungible::balance(who); }

support::DispatchResult withdrawFee(const AccountId32& who, Balance amount) {
  if (amount == 0) return rt::Unit{};
  return support::withTransaction([&]() -> support::DispatchResult {
    RT_TRY_VOID(fungible::withdraw(who, amount, Precision::Exact, Preservation::Preserve, Fortitude::Polite));
    return rt::Unit{};
  });
}

bool canWithdrawFee(const AccountId32& who, Balance amount) {
  if (amount == 0) return true;
  return fungible::canWithdraw(who, amount).kind == WithdrawConsequence::Kind::Success;
}

support::DispatchResult correctAndDepositFee(const AccountId32& who, Balance paid, Balance corrected_fee, Balance tip) {
  (void)tip;  // the tip is split off for OnUnbalanced, which burns fee and tip alike here
  return support::withTransaction([&]() -> support::DispatchResult {
    // Refund what was paid above the corrected fee, if the payer still exists.
    const Balance refund_amount = satSub(paid, corrected_fee);
    Balance refunded = 0;
    if (refund_amount > 0 && fungible::totalBalance(who) > 0) {
      auto debt = fungible::deposit(who, refund_amount, Precision::BestEffort);
      refunded = debt.has_value() ? debt.value() : Balance{0};
    }
    // paid.offset(refund): the refund cannot exceed the credit.
    if (refunded > paid) return rt::Err(DispatchError::other("Balances: refund above the fee paid"));
    // The remaining credit (fee and tip) goes to OnUnbalanced = (): dropped, burned.
    fungible::onDropCredit(paid - refunded);
    return rt::Unit{};
  });
}

void deposit(const AccountId32& who, Balance amount) {
  auto minted = support::withTransaction([&]() { return fungible::mintInto(who, amount); });
  if (!minted.has_value()) {
    rt_panic("the balance of any account should always be at least the existential deposit.", __FILE__, __LINE__);
  }
}

}  // namespace rt::pallets::balances
