// SPDX-License-Identifier: Apache-2.0
// pallet_balances' root and maintenance calls, after FRAME's dispatchable_tests.rs and
// currency_tests.rs: force_set_balance (creating, lowering, reaping, ConsumerRemaining), reserves
// and force_unreserve, force_adjust_total_issuance, burn, upgrade_accounts; the declared weights
// and the storage keys.
#include "balances/balances_fixture.hpp"
#include "pallets/balances/account.hpp"
#include "pallets/balances/events.hpp"
#include "pallets/balances/fungible.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using balances::freeBalance;
using balances::TotalIssuance;
using rt::support::Origin;
using Kind = p::DispatchError::Kind;

namespace {

std::vector<uint8_t> adjust(balances::AdjustmentDirection direction, Balance delta) {
  std::vector<uint8_t> out{static_cast<uint8_t>(direction)};
  putCompact(out, delta);
  return out;
}

std::vector<uint8_t> burnArgs(Balance value, bool keep_alive) {
  std::vector<uint8_t> out;
  putCompact(out, value);
  out.push_back(keep_alive ? 1 : 0);
  return out;
}

std::vector<uint8_t> accounts(std::initializer_list<p::AccountId32> who) {
  std::vector<uint8_t> out;
  putCompact(out, who.size());
  for (const auto& a : who) putAccount(out, a);
  return out;
}

}  // namespace

TEST_CASE("force_set_balance needs Root") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), balances::kForceSetBalance, destValue(acc(1), 1)),
                 kindError(Kind::BadOrigin));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), balances::kForceSetBalance, destValue(acc(2), 1'000)),
                 kindError(Kind::BadOrigin));
}

TEST_CASE("force_set_balance creating an account: NewAccount, Endowed, Issued, BalanceSet") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(5), 1'000)).has_value());
  CHECK(freeBalance(acc(5)) == 1'000);
  CHECK(TotalIssuance::get() == 11'000);
  CHECK(events() ==
        std::vector<Event>{newAccount(acc(5)), endowed(acc(5), 1'000), issuedEv(1'000), balanceSet(acc(5), 1'000)});
  checkIssuance(chain);
}

TEST_CASE("force_set_balance lowering and raising: Rescinded / Issued follow the issuance") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(1), 4'000)).has_value());
  CHECK(TotalIssuance::get() == 4'000);
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(1), 4'500)).has_value());
  CHECK(TotalIssuance::get() == 4'500);
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(1), 4'500)).has_value());
  CHECK(events() == std::vector<Event>{rescindedEv(6'000), balanceSet(acc(1), 4'000), issuedEv(500),
                                       balanceSet(acc(1), 4'500), balanceSet(acc(1), 4'500)});
  checkIssuance(chain);
}

TEST_CASE("force_set_balance below the ED reaps the account") {
  BalancesChain chain({{acc(1), 10'000}, {acc(2), 1'000}});
  system::incAccountNonce(acc(1));
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(1), kEd - 1)).has_value());
  CHECK(!system::accountExists(acc(1)));
  CHECK(system::accountNonce(acc(1)) == 0);
  CHECK(TotalIssuance::get() == 1'000);
  CHECK(events() == std::vector<Event>{killedAccount(acc(1)), rescindedEv(10'000), balanceSet(acc(1), 0)});
  checkIssuance(chain);
  // On an account that does not exist, a value below the ED changes nothing but says so.
  REQUIRE(chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(9), 1)).has_value());
  CHECK(!system::accountExists(acc(9)));
  CHECK(events().back() == balanceSet(acc(9), 0));
}

TEST_CASE("set_balance_handles_killing_account: a consumer makes it ConsumerRemaining") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(system::incConsumers(acc(1)).has_value());
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), balances::kForceSetBalance, destValue(acc(1), 0)),
                 kindError(Kind::ConsumerRemaining));
}

TEST_CASE("reserves: counted in the total, a consumer reference while non-zero; force_unreserve") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(balances::currency::reserve(acc(1), 3'000).has_value());
  CHECK(freeBalance(acc(1)) == 7'000);
  CHECK(balances::currency::reservedBalance(acc(1)) == 3'000);
  CHECK(balances::fungible::totalBalance(acc(1)) == 10'000);
  CHECK(system::consumers(acc(1)) == 1);
  checkIssuance(chain);

  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kForceUnreserve, whoAmount(acc(1), 1'000)),
                 kindError(Kind::BadOrigin));

  REQUIRE(chain.call(Origin::root(), balances::kForceUnreserve, whoAmount(acc(1), 1'000)).has_value());
  CHECK(balances::currency::reservedBalance(acc(1)) == 2'000);
  CHECK(system::consumers(acc(1)) == 1);
  // More than is reserved: what there is.
  REQUIRE(chain.call(Origin::root(), balances::kForceUnreserve, whoAmount(acc(1), 5'000)).has_value());
  CHECK(balances::currency::reservedBalance(acc(1)) == 0);
  CHECK(freeBalance(acc(1)) == 10'000);
  CHECK(system::consumers(acc(1)) == 0);
  CHECK(events() ==
        std::vector<Event>{reservedEv(acc(1), 3'000), unreservedEv(acc(1), 1'000), unreservedEv(acc(1), 2'000)});
  checkIssuance(chain);

  // An account without balance: a no-op (storage untouched, no event).
  const auto after = chain.ext.storage.view({});
  REQUIRE(chain.call(Origin::root(), balances::kForceUnreserve, whoAmount(acc(9), 10)).has_value());
  CHECK(chain.ext.storage.view({}) == after);
}

TEST_CASE("reserve errors: InsufficientBalance, LiquidityRestrictions, ConsumerRemaining") {
  BalancesChain chain({{acc(1), 10'000}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, balances::currency::reserve(acc(1), 10'001),
                 balancesError(balances::Error::InsufficientBalance));
  // The sole provider cannot go while the reserve consumes: free would drop below the ED.
  RT_ASSERT_NOOP(chain, before, balances::currency::reserve(acc(1), 9'700), kindError(Kind::ConsumerRemaining));
  CHECK(!balances::currency::canReserve(acc(1), 9'501));
  CHECK(balances::currency::canReserve(acc(1), 9'500));

  // reserved_balance_should_prevent_reclaim_count: with a second provider it works, and the
  // below-ED free balance stays (it is not dust while something is reserved).
  system::incProviders(acc(1));
  REQUIRE(balances::currency::reserve(acc(1), 9'700).has_value());
  CHECK(system::providers(acc(1)) == 1);
  CHECK(freeBalance(acc(1)) == 300);
  CHECK(balances::fungible::totalBalance(acc(1)) == 10'000);
  checkIssuance(chain);
}

TEST_CASE("reserve respects the frozen balance: LiquidityRestrictions") {
  BalancesChain chain({{acc(1), 10'000}});
  REQUIRE(balances::detail::mutateAccount(acc(1), [](system::AccountData& a) { a.frozen = 8'000; }).has_value());
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, balances::currency::reserve(acc(1), 2'001),
                 balancesError(balances::Error::LiquidityRestrictions));
  REQUIRE(balances::currency::reserve(acc(1), 2'000).has_value());
}

TEST_CASE("force_adjust_total_issuance: root, Increase/Decrease, DeltaZero, IssuanceDeactivated, saturation") {
  BalancesChain chain({{acc(1), 6'400}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::signedBy(acc(1)), balances::kForceAdjustTotalIssuance,
                            adjust(balances::AdjustmentDirection::Increase, 32)),
                 kindError(Kind::BadOrigin));
  RT_ASSERT_NOOP(chain, before,
                 chain.call(Origin::root(), balances::kForceAdjustTotalIssuance,
                            adjust(balances::AdjustmentDirection::Increase, 0)),
                 balancesError(balances::Error::DeltaZero));
  REQUIRE(chain
              .call(Origin::root(), balances::kForceAdjustTotalIssuance,
                    adjust(balances::AdjustmentDirection::Increase, 32))
              .has_value());
  CHECK(TotalIssuance::get() == 6'432);
  REQUIRE(chain
              .call(Origin::root(), balances::kForceAdjustTotalIssuance,
                    adjust(balances::AdjustmentDirection::Decrease, 64))
              .has_value());
  CHECK(TotalIssuance::get() == 6'368);
  CHECK(events() == std::vector<Event>{totalIssuanceForced(6'400, 6'432), totalIssuanceForced(6'432, 6'368)});

  balances::fungible::deactivate(6'000);
  CHECK(balances::fungible::activeIssuance() == 368);
  const auto deactivated = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, deactivated,
                 chain.call(Origin::root(), balances::kForceAdjustTotalIssuance,
                            adjust(balances::AdjustmentDirection::Decrease, 369)),
                 balancesError(balances::Error::IssuanceDeactivated));
  REQUIRE(chain
              .call(Origin::root(), balances::kForceAdjustTotalIssuance,
                    adjust(balances::AdjustmentDirection::Decrease, 368))
              .has_value());
  CHECK(balances::fungible::activeIssuance() == 0);
  balances::fungible::reactivate(6'000);

  const Balance max = ~Balance{0};
  REQUIRE(chain
              .call(Origin::root(), balances::kForceAdjustTotalIssuance,
                    adjust(balances::AdjustmentDirection::Increase, max))
              .has_value());
  CHECK(TotalIssuance::get() == max);
  REQUIRE(chain
              .call(Origin::root(), balances::kForceAdjustTotalIssuance,
                    adjust(balances::AdjustmentDirection::Decrease, max))
              .has_value());
  CHECK(TotalIssuance::get() == 0);
}

TEST_CASE("burn_works: Burned, the issuance shrinks; keep_alive protects the ED; dust burns too") {
  BalancesChain chain({{acc(1), 3'700}});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), balances::kBurn, burnArgs(3'701, false)),
                 tokenError(p::TokenError::FundsUnavailable));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kBurn, burnArgs(100, false)).has_value());
  CHECK(events().back() == burnedEv(acc(1), 100));
  CHECK(TotalIssuance::get() == 3'600);
  checkIssuance(chain);
  const auto mid = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, mid, chain.call(Origin::signedBy(acc(1)), balances::kBurn, burnArgs(3'101, true)),
                 tokenError(p::TokenError::FundsUnavailable));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kBurn, burnArgs(3'100, true)).has_value());
  CHECK(freeBalance(acc(1)) == kEd);
  // Burning part of the last ED reaps the account; the rest is dust.
  REQUIRE(chain.call(Origin::signedBy(acc(1)), balances::kBurn, burnArgs(200, false)).has_value());
  CHECK(!system::accountExists(acc(1)));
  CHECK(TotalIssuance::get() == 0);
  const auto evs = events();
  REQUIRE(evs.size() >= 3);
  CHECK(std::vector<Event>(evs.end() - 3, evs.end()) ==
        std::vector<Event>{killedAccount(acc(1)), dustLost(acc(1), 300), burnedEv(acc(1), 200)});
  checkIssuance(chain);
}

TEST_CASE("upgrade_accounts: legacy accounts get their consumer reference, Upgraded, fee waived") {
  BalancesChain chain({{acc(1), 10'000}});
  // An account from before holds/freezes: old flags, a reserve without a consumer reference.
  system::incProviders(acc(7));
  system::Account::mutate(acc(7), [](system::AccountInfo& a) {
    a.data.free = 5'000;
    a.data.reserved = 5'000;
    a.data.flags = p::ExtraFlags::oldLogic();
  });
  TotalIssuance::put(TotalIssuance::get() + 10'000);
  CHECK(system::providers(acc(7)) == 1);
  CHECK(system::consumers(acc(7)) == 0);

  p::PostDispatchInfo post;
  REQUIRE(
      balances::dispatch(Origin::signedBy(acc(1)), balances::kUpgradeAccounts, accounts({acc(7)}), post).has_value());
  CHECK(post.pays_fee == p::Pays::No);
  CHECK(balances::fungible::account(acc(7)).flags.isNewLogic());
  CHECK(system::providers(acc(7)) == 1);
  CHECK(system::consumers(acc(7)) == 1);
  CHECK(events().back() == upgradedEv(acc(7)));

  // Nothing left to upgrade: the fee is paid.
  REQUIRE(balances::dispatch(Origin::signedBy(acc(1)), balances::kUpgradeAccounts, accounts({acc(7), acc(1)}), post)
              .has_value());
  CHECK(post.pays_fee == p::Pays::Yes);
  REQUIRE(balances::dispatch(Origin::signedBy(acc(1)), balances::kUpgradeAccounts, accounts({}), post).has_value());
  CHECK(post.pays_fee == p::Pays::Yes);
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), balances::kUpgradeAccounts, accounts({acc(7)})),
                 kindError(Kind::BadOrigin));

  // Upgraded, the account dies as any other.
  CHECK(balances::currency::unreserve(acc(7), 5'000) == 0);
  REQUIRE(balances::fungible::transfer(acc(7), acc(1), 10'000, balances::Preservation::Expendable).has_value());
  CHECK(balances::fungible::totalBalance(acc(7)) == 0);
  CHECK(system::providers(acc(7)) == 0);
  CHECK(system::consumers(acc(7)) == 0);
  checkIssuance(chain);
}

TEST_CASE("declared weights: FRAME's SubstrateWeight with RocksDbWeight") {
  using W = p::Weight;
  CHECK(balances::callWeight(balances::kTransferAllowDeath) == W{173'363'000, 3593});
  CHECK(balances::callWeight(balances::kForceTransfer) == W{299'944'000, 6196});
  CHECK(balances::callWeight(balances::kTransferKeepAlive) == W{163'159'000, 3593});
  CHECK(balances::callWeight(balances::kTransferAll) == W{172'385'000, 3593});
  CHECK(balances::callWeight(balances::kForceUnreserve) == W{142'233'000, 3593});
  CHECK(balances::callWeight(balances::kForceSetBalance) == W{144'929'000, 3593});
  CHECK(balances::callWeight(balances::kForceAdjustTotalIssuance) == W{6'594'000, 0});
  CHECK(balances::callWeight(balances::kUpgradeAccounts) == W{16'588'000 + 138'973'659, 990 + 2603});
  CHECK(balances::callWeight(balances::kUpgradeAccounts, accounts({acc(1), acc(2), acc(3)})) ==
        W{16'588'000 + 3 * 138'973'659, 990 + 3 * 2603});
  CHECK(balances::callWeight(balances::kBurn, burnArgs(1, true)) == W{30'968'000, 0});
  CHECK(balances::callWeight(balances::kBurn, burnArgs(1, false)) == W{20'711'000, 0});
  CHECK(balances::callWeight(1) == W{});
  CHECK(balances::callWeight(balances::kTransferAllowDeath, destValue(acc(1), 5)) == W{173'363'000, 3593});
}

TEST_CASE("storage keys are FRAME's") {
  const auto hex = [](const auto& bytes) {
    static const char* digits = "0123456789abcdef";
    std::string s;
    for (uint8_t b : bytes) {
      s += digits[b >> 4];
      s += digits[b & 15];
    }
    return s;
  };
  CHECK(hex(TotalIssuance::kKey) == "c2261276cc9d1f8598ea4b6a74b15c2f57c875e4cff74148e4628f264b974c80");
  CHECK(hex(system::Account::kPrefix) == "26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9");
}

TEST_CASE("event encodings: the pallet's encoder agrees with FRAME's layout") {
  CHECK(balances::events::encode(balances::EventIndex::Transfer, acc(1), acc(2), Balance{5}) ==
        transferEv(acc(1), acc(2), 5).body);
  CHECK(balances::events::encode(balances::EventIndex::TotalIssuanceForced, Balance{1}, Balance{2}) ==
        totalIssuanceForced(1, 2).body);
  CHECK(balances::events::encode(balances::EventIndex::Upgraded, acc(3)) == upgradedEv(acc(3)).body);
}
