// SPDX-License-Identifier: Apache-2.0
// frame_system's account reference counting: when an account exists, and who depends on it.
//
// An account (System.Account) exists while it has a provider or a sufficient reference: the first
// provider creates it (NewAccount), the last one going kills it (KilledAccount) and removes the
// whole entry, nonce and data included. Consumers are modules that need the account to stay: while
// any remain, the last provider cannot go (ConsumerRemaining). Pallet Balances provides (an
// account holding at least the existential deposit) and consumes (reserved or frozen balance).
// The account data (Balances' AccountData) is read and written through StoredMap, which keeps it
// only while the account exists.
//
// Mirrors inc_providers, dec_providers, inc_sufficients, dec_sufficients, inc_consumers,
// inc_consumers_without_limit, dec_consumers, can_dec_provider, can_accrue_consumers,
// inc_account_nonce, on_created_account / on_killed_account and `impl StoredMap for Pallet` in
// https://github.com/paritytech/polkadot-sdk/blob/9c968834987f41ca738003ce98c5ed1cfa910be4/substrate/frame/system/src/lib.rs
#pragma once

#include <cstdint>
#include <optional>
#include <utility>

#include "pallets/system/system.hpp"
#include "rt/result.hpp"
#include "runtime/primitives/dispatch_error.hpp"
#include "runtime/support/dispatch.hpp"

namespace rt::pallets::system {

/// frame_system::Config::MaxConsumers (node-template: ConstU32<16>).
inline constexpr p::RefCount kMaxConsumers = 16;

/// frame_system::IncRefStatus.
enum class IncRefStatus : uint8_t {
  Created = 0,  ///< the account was created
  Existed = 1,  ///< the account already existed
};

/// frame_system::DecRefStatus.
enum class DecRefStatus : uint8_t {
  Reaped = 0,  ///< the account was destroyed
  Exists = 1,  ///< the account still exists
};

// --- existence and the counters ---

/// account_exists: System.Account holds an entry for `who`.
bool accountExists(const p::AccountId32& who);

/// providers(who).
p::RefCount providers(const p::AccountId32& who);
/// consumers(who).
p::RefCount consumers(const p::AccountId32& who);
/// sufficients(who).
p::RefCount sufficients(const p::AccountId32& who);
/// reference_count(who): providers + sufficients.
p::RefCount referenceCount(const p::AccountId32& who);

/// inc_providers: the first provider (with no sufficients) creates the account: NewAccount.
IncRefStatus incProviders(const p::AccountId32& who);

/// dec_providers: the last provider, with no consumers and no sufficients left, kills the account
/// (KilledAccount, entry removed); with consumers left it is ConsumerRemaining and nothing changes.
/// An account that does not exist is already Reaped.
rt::Result<DecRefStatus, p::DispatchError> decProviders(const p::AccountId32& who);

/// inc_sufficients: as incProviders, for the self-sufficient counter.
IncRefStatus incSufficients(const p::AccountId32& who);

/// dec_sufficients: the last sufficient, with no providers, kills the account.
DecRefStatus decSufficients(const p::AccountId32& who);

/// inc_consumers: needs a provider (NoProviders) and fewer than kMaxConsumers consumers
/// (TooManyConsumers).
support::DispatchResult incConsumers(const p::AccountId32& who);

/// inc_consumers_without_limit: needs a provider (NoProviders).
support::DispatchResult incConsumersWithoutLimit(const p::AccountId32& who);

/// dec_consumers: one consumer fewer (an underflow is a logic error, ignored as FRAME logs it).
void decConsumers(const p::AccountId32& who);

/// is_provider_required: some consumer remains.
bool isProviderRequired(const p::AccountId32& who);

/// can_dec_provider: no consumers, or more than one provider.
bool canDecProvider(const p::AccountId32& who);

/// can_accrue_consumers: a provider exists and `amount` more consumers stay within the limit.
bool canAccrueConsumers(const p::AccountId32& who, uint32_t amount);

/// can_inc_consumer: can_accrue_consumers(who, 1).
bool canIncConsumer(const p::AccountId32& who);

// --- nonce ---

/// account_nonce(who).
uint32_t accountNonce(const p::AccountId32& who);

/// inc_account_nonce: nonce + 1 (Account::mutate, so it writes the entry even when absent).
void incAccountNonce(const p::AccountId32& who);

// --- StoredMap<AccountId, AccountData> ---

/// StoredMap::get: the account's data (the default for an account that does not exist).
AccountData accountData(const p::AccountId32& who);

/// StoredMap::try_mutate_exists: `f` sees the data as none when it is the default, may set or
/// clear it, and returns an rt::Result. On success the data is written if the account (still)
/// has a provider or sufficient reference and the entry is removed otherwise; on error nothing is
/// written (what `f` did to other storage stays, as in FRAME; dispatches roll back as a whole).
template <typename F>
auto tryMutateExistsData(const p::AccountId32& who, F&& f) -> decltype(f(std::declval<std::optional<AccountData>&>())) {
  const AccountInfo account = Account::get(who);
  std::optional<AccountData> some_data;
  if (!(account.data == AccountData{})) some_data = account.data;
  auto result = f(some_data);
  if (!result.has_value()) return result;
  if (providers(who) > 0 || sufficients(who) > 0) {
    Account::mutate(who, [&](AccountInfo& a) { a.data = some_data.value_or(AccountData{}); });
  } else {
    Account::remove(who);
  }
  return result;
}

}  // namespace rt::pallets::system
