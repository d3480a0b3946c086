// SPDX-License-Identifier: Apache-2.0
// pallet_balances transfers, after FRAME's own tests (substrate/frame/balances/src/tests/
// dispatchable_tests.rs, currency_tests.rs, fungible_tests.rs), with this runtime's ED of 500:
// transfer_allow_death / transfer_keep_alive / force_transfer / transfer_all, account creation and
// reaping at the ED, dust, the events FRAME emits, origins and lookups, and for every failure an
// unchanged state.
#include "balances/balances_fixture.hpp"
#include "pallets/balances/account.hpp"
#include "pallets/balances/fungible.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using balances::freeBalance;
using balances::TotalIssuance;
using rt::support::Origin;
using Kind = p::DispatchError::Kind;

TEST_CASE("transfer_allow_death to a new account: System.NewAccount, Endowed, Transfer") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 1'000)).has_value());
  CHECK(freeBalance(acc(1)) == 9'000);
  CHECK(freeBalance(acc(2)) == 1'000);
  CHECK(system::providers(acc(2)) == 1);
  CHECK(system::consumers(acc(2)) == 0);
  CHECK(balances::fungible::account(acc(2)).flags.isNewLogic());
  CHECK(events() == std::vector<Event>{newAccount(acc(2)), endowed(acc(2), 1'000), transferEv(acc(1), acc(2), 1'000)});
  CHECK(TotalIssuance::get() == 10'000);
  checkIssuance(chain);
}

TEST_CASE("transfer_allow_death between existing accounts: only Transfer") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 69)).has_value());
  CHECK(freeBalance(acc(1)) == 9'931);
  CHECK(freeBalance(acc(2)) == 1'069);
  CHECK(events() == std::vector<Event>{transferEv(acc(1), acc(2), 69)});
  checkIssuance(chain);
}

TEST_CASE("genesis endowment: providers, issuance, no events recorded at block 0") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 500}});
  CHECK(system::providers(acc(1)) == 1);
  CHECK(system::providers(acc(2)) == 1);
  CHECK(TotalIssuance::get() == 10'500);
  CHECK(events().empty());
  checkIssuance(chain);
}

TEST_CASE("dust_account_removal: a sender left below the ED is reaped, its dust burned") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  system::incAccountNonce(acc(1));
  REQUIRE(system::accountNonce(acc(1)) == 1);
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 9'700)).has_value());
  CHECK(!system::accountExists(acc(1)));
  CHECK(system::accountNonce(acc(1)) == 0);
  CHECK(freeBalance(acc(1)) == 0);
  CHECK(freeBalance(acc(2)) == 10'700);
  CHECK(events() ==
        std::vector<Event>{killedAccount(acc(1)), dustLost(acc(1), 300), transferEv(acc(1), acc(2), 9'700)});
  CHECK(TotalIssuance::get() == 11'000 - 300);
  checkIssuance(chain);
}

TEST_CASE("transferring everything reaps without dust") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 10'000)).has_value());
  CHECK(!system::accountExists(acc(1)));
  CHECK(events() == std::vector<Event>{killedAccount(acc(1)), transferEv(acc(1), acc(2), 10'000)});
  CHECK(TotalIssuance::get() == 11'000);
  checkIssuance(chain);
}

TEST_CASE("a transfer leaving exactly the ED keeps the account") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 9'500)).has_value());
  CHECK(system::accountExists(acc(1)));
  CHECK(freeBalance(acc(1)) == kEd);
  CHECK(events() == std::vector<Event>{transferEv(acc(1), acc(2), 9'500)});
  checkIssuance(chain);
}

TEST_CASE("default_indexing_on_new_accounts_should_not_work2: below the ED to a new account") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(5), kEd - 1)),
                 tokenError(p::TokenError::BelowMinimum));
  CHECK(freeBalance(acc(1)) == 10'000);
  // Below the ED is fine into an account that exists.
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(5), 1'000)).has_value());
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(5), 1)).has_value());
  CHECK(freeBalance(acc(5)) == 1'001);
  checkIssuance(chain);
}

TEST_CASE("insufficient balance: FundsUnavailable, nothing changes") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 5'000}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 10'001)),
                 tokenError(p::TokenError::FundsUnavailable));
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(3)), balances::kTransferAllowDeath, destValue(acc(2), 1)),
                 tokenError(p::TokenError::FundsUnavailable));
  // More than the whole issuance: can_withdraw's issuance check comes first (Underflow).
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 15'001)),
                 p::DispatchError::arithmeticError(p::ArithmeticError::Underflow));
}

TEST_CASE("transfer_keep_alive: NotExpendable when the sender would die, fine down to the ED") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferKeepAlive, destValue(acc(2), 10'000)),
                 tokenError(p::TokenError::NotExpendable));
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferKeepAlive, destValue(acc(2), 9'501)),
                 tokenError(p::TokenError::NotExpendable));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferKeepAlive, destValue(acc(2), 9'500)).has_value());
  CHECK(freeBalance(acc(1)) == kEd);
  CHECK(freeBalance(acc(2)) == 9'500);
  CHECK(events() == std::vector<Event>{newAccount(acc(2)), endowed(acc(2), 9'500), transferEv(acc(1), acc(2), 9'500)});
  checkIssuance(chain);
}

TEST_CASE("self-transfer: the checks apply, then nothing happens (no events)") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 5'000}});
  const auto before = chain.ext.storage.view({});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(1), 4'000)).has_value());
  CHECK(chain.ext.storage.view({}) == before);
  CHECK(events().empty());
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(1), 10'001)),
                 tokenError(p::TokenError::FundsUnavailable));
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferKeepAlive, destValue(acc(1), 10'000)),
                 tokenError(p::TokenError::NotExpendable));
}

TEST_CASE("a zero-value transfer still emits Transfer") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 0)).has_value());
  CHECK(events() == std::vector<Event>{transferEv(acc(1), acc(2), 0)});
  checkIssuance(chain);
}

TEST_CASE("transfer_all with keep_alive = false sends everything and reaps the sender") {
  BalancesChain chain({{acc(1), 2'000}, {acc(2), 1'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAll, destBool(acc(2), false)).has_value());
  CHECK(!system::accountExists(acc(1)));
  CHECK(freeBalance(acc(2)) == 3'000);
  CHECK(events() == std::vector<Event>{killedAccount(acc(1)), transferEv(acc(1), acc(2), 2'000)});
  checkIssuance(chain);
}

TEST_CASE("transfer_all with keep_alive = true leaves the ED") {
  BalancesChain chain({{acc(1), 2'000}});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAll, destBool(acc(2), true)).has_value());
  CHECK(freeBalance(acc(1)) == kEd);
  CHECK(freeBalance(acc(2)) == 1'500);
  CHECK(events() == std::vector<Event>{newAccount(acc(2)), endowed(acc(2), 1'500), transferEv(acc(1), acc(2), 1'500)});
  checkIssuance(chain);
}

TEST_CASE("transfer_all with reserved balance: the consumer keeps the ED, either way (works_3/works_4)") {
  for (const bool keep_alive : {false, true}) {
    BalancesChain chain({{acc(1), 2'100}});
    REQUIRE(balances::currency::reserve(acc(1), 100).has_value());
    REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAll, destBool(acc(2), keep_alive)).has_value());
    CHECK(balances::fungible::totalBalance(acc(1)) == kEd + 100);
    CHECK(balances::fungible::totalBalance(acc(2)) == 1'500);
    checkIssuance(chain);
  }
}

TEST_CASE("origins: transfers need Signed, force_transfer needs Root") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  const auto bad_origin = kindError(Kind::BadOrigin);
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), balances::kTransferAllowDeath, destValue(acc(2), 1'000)),
                 bad_origin);
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), balances::kTransferKeepAlive, destValue(acc(2), 1'000)),
                 bad_origin);
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), balances::kTransferAll, destBool(acc(2), false)),
                 bad_origin);
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kForceTransfer, sourceDestValue(acc(1), acc(2), 1'000)),
                 bad_origin);
  // force_transfer_works: root moves any account's balance.
  REQUIRE(chain.call(Origin::root(), balances::kForceTransfer, sourceDestValue(acc(1), acc(2), 1'000)).has_value());
  CHECK(freeBalance(acc(1)) == 9'000);
  CHECK(freeBalance(acc(2)) == 1'000);
  CHECK(events() == std::vector<Event>{newAccount(acc(2)), endowed(acc(2), 1'000), transferEv(acc(1), acc(2), 1'000)});
  checkIssuance(chain);
}

TEST_CASE("only MultiAddress::Id resolves: Index, Raw, Address32, Address20 are CannotLookup") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  std::vector<std::vector<uint8_t>> addresses;
  addresses.push_back({1});  // Index(()): Compact<()> is empty
  std::vector<uint8_t> raw{2, 32 << 2};
  raw.insert(raw.end(), 32, 7);
  addresses.push_back(raw);
  std::vector<uint8_t> a32{3};
  a32.insert(a32.end(), 32, 2);
  addresses.push_back(a32);
  std::vector<uint8_t> a20{4};
  a20.insert(a20.end(), 20, 2);
  addresses.push_back(a20);
  for (const auto& address : addresses) {
    std::vector<uint8_t> args = address;
    putCompact(args, 1'000);
    RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, args),
                   kindError(Kind::CannotLookup));
    std::vector<uint8_t> force = address;
    const auto dest = idAddress(acc(2));
    force.insert(force.end(), dest.begin(), dest.end());
    putCompact(force, 1'000);
    RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), balances::kForceTransfer, force),
                   kindError(Kind::CannotLookup));
  }
}

TEST_CASE("undecodable arguments and unknown calls: an error, never a trap, nothing changes") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  auto trailing = destValue(acc(2), 1'000);
  trailing.push_back(0);
  const std::vector<std::vector<uint8_t>> bad_args{{}, {0}, {0, 1, 2}, trailing};
  for (const auto& args : bad_args) {
    CHECK(!balances::isValidCall(balances::kTransferAllowDeath, args));
    const auto r = chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, args);
    REQUIRE(!r.has_value());
    CHECK(r.error().kind == Kind::Other);
  }
  auto bad_bool = destBool(acc(2), false);
  bad_bool.back() = 2;
  CHECK(!balances::isValidCall(balances::kTransferAll, bad_bool));
  for (const uint8_t index : {uint8_t{1}, uint8_t{7}, uint8_t{11}, uint8_t{255}}) {
    CHECK(!balances::isValidCall(index, destValue(acc(2), 1'000)));
    const auto r = chain.call(Origin::signedBy(acc(1)), index, destValue(acc(2), 1'000));
    REQUIRE(!r.has_value());
    CHECK(r.error().kind == Kind::Other);
  }
  CHECK(chain.ext.storage.view({}) == before);
  CHECK(balances::isValidCall(balances::kTransferAllowDeath, destValue(acc(2), 1'000)));
}

TEST_CASE("frozen balance is respected: TokenError::Frozen beyond free - frozen") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  // What update_locks does: frozen set through mutate_account, which takes a consumer reference.
  REQUIRE(balances::detail::mutateAccount(acc(1), [](system::AccountData& a) { a.frozen = 5'000; }).has_value());
  CHECK(system::consumers(acc(1)) == 1);
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 5'001)),
                 tokenError(p::TokenError::Frozen));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 5'000)).has_value());
  CHECK(freeBalance(acc(1)) == 5'000);
  CHECK(balances::fungible::reducibleBalance(acc(1), balances::Preservation::Expendable, balances::Fortitude::Polite) ==
        0);
  CHECK(balances::fungible::reducibleBalance(acc(1), balances::Preservation::Expendable, balances::Fortitude::Force) ==
        4'500);
  checkIssuance(chain);
}

TEST_CASE("reap_failed_due_to_provider_and_consumer: a consumer keeps the ED unless another provider exists") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  REQUIRE(system::incConsumers(acc(1)).has_value());
  CHECK(!system::canDecProvider(acc(1)));
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 10'000)),
                 tokenError(p::TokenError::Frozen));
  CHECK(system::accountExists(acc(1)));
  // More than one provider: the balance may go, the account stays.
  CHECK(system::incProviders(acc(1)) == system::IncRefStatus::Existed);
  CHECK(system::canDecProvider(acc(1)));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kTransferAllowDeath, destValue(acc(2), 10'000)).has_value());
  CHECK(system::providers(acc(1)) == 1);
  CHECK(system::accountExists(acc(1)));
  CHECK(freeBalance(acc(1)) == 0);
  checkIssuance(chain);
}

TEST_CASE("every failing dispatch rolls back, events included") {
  BalancesChain chain({{acc(1), 10'000}});
  // A transfer that fails after the sender's balance was already checked and about to change:
  // keep-alive below the ED to a new account fails in can_deposit.
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kTransferKeepAlive, destValue(acc(3), 1)),
                 tokenError(p::TokenError::BelowMinimum));
  CHECK(rt::pallets::system::EventCount::get() == 0);
}
