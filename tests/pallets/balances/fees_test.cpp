// SPDX-License-Identifier: Apache-2.0
// pallet_balances under pallet_transaction_payment's FungibleAdapter<Balances, ()>: withdrawFee
// (Balanced::withdraw, Exact, Preserve, Polite: Withdraw), canWithdrawFee, correctAndDepositFee
// (refund by Balanced::deposit, the rest burned), and deposit() (mint_into) after genesis.
#include "balances/balances_fixture.hpp"
#include "pallets/balances/account.hpp"
#include "pallets/balances/fungible.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using balances::freeBalance;
using balances::TotalIssuance;

TEST_CASE("withdrawFee: Withdraw; the fee burns when correctAndDepositFee settles, minus the refund") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(balances::withdrawFee(acc(1), 1'000).has_value());
  CHECK(freeBalance(acc(1)) == 9'000);
  CHECK(TotalIssuance::get() == 10'000);  // the Credit is outstanding until it is dropped
  REQUIRE(balances::correctAndDepositFee(acc(1), 1'000, 600, 0).has_value());
  CHECK(freeBalance(acc(1)) == 9'400);
  CHECK(TotalIssuance::get() == 9'400);
  CHECK(events() == std::vector<Event>{withdrawEv(acc(1), 1'000), depositEv(acc(1), 400)});
  checkIssuance(chain);
}

TEST_CASE("withdrawFee keeps the payer alive: FundsUnavailable below the ED, nothing changes") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, balances::withdrawFee(acc(1), 9'501), tokenError(p::TokenError::FundsUnavailable));
  RT_ASSERT_NOOP(chain, before, balances::withdrawFee(acc(1), 20'000), tokenError(p::TokenError::FundsUnavailable));
  RT_ASSERT_NOOP(chain, before, balances::withdrawFee(acc(2), 1), tokenError(p::TokenError::FundsUnavailable));
  CHECK(!balances::canWithdrawFee(acc(1), 9'501));
  CHECK(!balances::canWithdrawFee(acc(1), 10'001));
  CHECK(balances::canWithdrawFee(acc(1), 9'500));
  CHECK(balances::canWithdrawFee(acc(2), 0));
  REQUIRE(balances::withdrawFee(acc(1), 9'500).has_value());
  CHECK(freeBalance(acc(1)) == kEd);
  REQUIRE(balances::correctAndDepositFee(acc(1), 9'500, 9'500, 0).has_value());
  CHECK(events() == std::vector<Event>{withdrawEv(acc(1), 9'500)});
  checkIssuance(chain);
}

TEST_CASE("a zero fee: nothing at all") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  REQUIRE(balances::withdrawFee(acc(1), 0).has_value());
  REQUIRE(balances::correctAndDepositFee(acc(1), 0, 0, 0).has_value());
  CHECK(chain.ext.storage.view({}) == before);
}

TEST_CASE("withdrawFee respects freezes") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(balances::detail::mutateAccount(acc(1), [](system::AccountData& a) { a.frozen = 5'000; }).has_value());
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, balances::withdrawFee(acc(1), 5'001), tokenError(p::TokenError::FundsUnavailable));
  CHECK(!balances::canWithdrawFee(acc(1), 5'001));
  REQUIRE(balances::withdrawFee(acc(1), 5'000).has_value());
}

TEST_CASE("correctAndDepositFee: no refund to an account that is gone, the whole credit burns") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  REQUIRE(balances::withdrawFee(acc(1), 1'000).has_value());
  REQUIRE(balances::fungible::transfer(acc(1), acc(2), 9'000, balances::Preservation::Expendable).has_value());
  REQUIRE(balances::correctAndDepositFee(acc(1), 1'000, 100, 10).has_value());
  CHECK(!system::accountExists(acc(1)));
  CHECK(TotalIssuance::get() == 10'000);
  checkIssuance(chain);
}

TEST_CASE("deposit after genesis is mint_into: NewAccount, Endowed, Minted") {
  BalancesChain chain;
  balances::deposit(acc(4), 2'000);
  balances::deposit(acc(4), 1);
  CHECK(freeBalance(acc(4)) == 2'001);
  CHECK(TotalIssuance::get() == 2'001);
  CHECK(events() ==
        std::vector<Event>{newAccount(acc(4)), endowed(acc(4), 2'000), mintedEv(acc(4), 2'000), mintedEv(acc(4), 1)});
  checkIssuance(chain);
}
