// SPDX-License-Identifier: Apache-2.0
// pallets/system/accounts: frame_system's provider / consumer / sufficient reference counting
// (after frame_system's tests and the balances suites that exercise it): creation and killing with
// their events, ConsumerRemaining, NoProviders and TooManyConsumers, the nonce, and StoredMap.
#include "balances/balances_fixture.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using Kind = p::DispatchError::Kind;

TEST_CASE("inc_providers creates the account once: NewAccount, then Existed") {
  Chain chain;
  chain.startBlock();
  CHECK(!system::accountExists(acc(1)));
  CHECK(system::incProviders(acc(1)) == system::IncRefStatus::Created);
  CHECK(system::incProviders(acc(1)) == system::IncRefStatus::Existed);
  CHECK(system::providers(acc(1)) == 2);
  CHECK(system::referenceCount(acc(1)) == 2);
  CHECK(system::accountExists(acc(1)));
  CHECK(events() == std::vector<Event>{newAccount(acc(1))});
}

TEST_CASE("dec_providers: Exists while others remain, the last one reaps (KilledAccount, entry gone)") {
  Chain chain;
  chain.startBlock();
  system::incProviders(acc(1));
  system::incProviders(acc(1));
  system::incAccountNonce(acc(1));
  auto r = system::decProviders(acc(1));
  REQUIRE(r.has_value());
  CHECK(r.value() == system::DecRefStatus::Exists);
  CHECK(system::accountNonce(acc(1)) == 1);
  r = system::decProviders(acc(1));
  REQUIRE(r.has_value());
  CHECK(r.value() == system::DecRefStatus::Reaped);
  CHECK(!system::accountExists(acc(1)));
  CHECK(system::accountNonce(acc(1)) == 0);
  CHECK(events() == std::vector<Event>{newAccount(acc(1)), killedAccount(acc(1))});
  // An account that does not exist is already reaped: nothing happens.
  const auto before = chain.ext.storage.view({});
  r = system::decProviders(acc(2));
  REQUIRE(r.has_value());
  CHECK(r.value() == system::DecRefStatus::Reaped);
  CHECK(chain.ext.storage.view({}) == before);
}

TEST_CASE("the last provider cannot go while consumers remain: ConsumerRemaining, nothing changes") {
  Chain chain;
  chain.startBlock();
  system::incProviders(acc(1));
  REQUIRE(system::incConsumers(acc(1)).has_value());
  CHECK(system::isProviderRequired(acc(1)));
  CHECK(!system::canDecProvider(acc(1)));
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, system::decProviders(acc(1)), kindError(Kind::ConsumerRemaining));
  system::decConsumers(acc(1));
  CHECK(system::canDecProvider(acc(1)));
  REQUIRE(system::decProviders(acc(1)).has_value());
  CHECK(!system::accountExists(acc(1)));
}

TEST_CASE("inc_consumers needs a provider and stays within MaxConsumers") {
  Chain chain;
  chain.startBlock();
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, system::incConsumers(acc(1)), kindError(Kind::NoProviders));
  RT_ASSERT_NOOP(chain, before, system::incConsumersWithoutLimit(acc(1)), kindError(Kind::NoProviders));
  CHECK(!system::canIncConsumer(acc(1)));
  system::incProviders(acc(1));
  for (uint32_t i = 0; i < system::kMaxConsumers; ++i) REQUIRE(system::incConsumers(acc(1)).has_value());
  CHECK(system::consumers(acc(1)) == system::kMaxConsumers);
  CHECK(!system::canIncConsumer(acc(1)));
  CHECK(system::canAccrueConsumers(acc(1), 0));
  const auto full = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, full, system::incConsumers(acc(1)), kindError(Kind::TooManyConsumers));
  REQUIRE(system::incConsumersWithoutLimit(acc(1)).has_value());
  CHECK(system::consumers(acc(1)) == system::kMaxConsumers + 1);
  system::decConsumers(acc(1));
  system::decConsumers(acc(1));
  CHECK(system::canIncConsumer(acc(1)));
}

TEST_CASE("sufficients keep an account alive on their own") {
  Chain chain;
  chain.startBlock();
  CHECK(system::incSufficients(acc(1)) == system::IncRefStatus::Created);
  CHECK(system::incProviders(acc(1)) == system::IncRefStatus::Existed);
  REQUIRE(system::decProviders(acc(1)).has_value());
  CHECK(system::accountExists(acc(1)));
  CHECK(system::providers(acc(1)) == 0);
  CHECK(system::sufficients(acc(1)) == 1);
  CHECK(system::decSufficients(acc(1)) == system::DecRefStatus::Reaped);
  CHECK(!system::accountExists(acc(1)));
  CHECK(events() == std::vector<Event>{newAccount(acc(1)), killedAccount(acc(1))});
}

TEST_CASE("the nonce: inc_account_nonce writes the entry even for an account that does not exist") {
  Chain chain;
  chain.startBlock();
  CHECK(system::accountNonce(acc(1)) == 0);
  system::incAccountNonce(acc(1));
  system::incAccountNonce(acc(1));
  CHECK(system::accountNonce(acc(1)) == 2);
  CHECK(system::accountExists(acc(1)));
  CHECK(system::providers(acc(1)) == 0);
  CHECK(events().empty());
}

TEST_CASE("StoredMap: data is kept only while the account has a reference; errors write nothing") {
  Chain chain;
  chain.startBlock();
  using Data = system::AccountData;
  using R = rt::Result<rt::Unit, p::DispatchError>;
  // No reference: setting data removes the entry instead.
  REQUIRE(system::tryMutateExistsData(acc(1), [](std::optional<Data>& d) -> R {
            CHECK(!d.has_value());
            d = Data{};
            d->free = 5;
            return rt::Unit{};
          }).has_value());
  CHECK(!system::accountExists(acc(1)));
  system::incProviders(acc(1));
  REQUIRE(system::tryMutateExistsData(acc(1), [](std::optional<Data>& d) -> R {
            d = Data{};
            d->free = 5;
            return rt::Unit{};
          }).has_value());
  CHECK(system::accountData(acc(1)).free == 5);
  const auto before = chain.ext.storage.view({});
  const auto failed = system::tryMutateExistsData(acc(1), [](std::optional<Data>& d) -> R {
    REQUIRE(d.has_value());
    d->free = 7;
    return rt::Err(p::DispatchError::other("no"));
  });
  CHECK(!failed.has_value());
  CHECK(chain.ext.storage.view({}) == before);
  // None clears the data back to the default (the account itself stays).
  REQUIRE(system::tryMutateExistsData(acc(1), [](std::optional<Data>& d) -> R {
            d.reset();
            return rt::Unit{};
          }).has_value());
  CHECK(system::accountExists(acc(1)));
  CHECK(system::accountData(acc(1)) == Data{});
}
