// SPDX-License-Identifier: Apache-2.0
// frame_system's reference counting (see accounts.hpp). Each function is the Rust one of the same
// name, storage access for storage access: Account::mutate where FRAME mutates (ValueQuery: the
// entry is written even when it was absent), try_mutate / try_mutate_exists where FRAME writes
// only on success.
#include "pallets/system/accounts.hpp"

namespace rt::pallets::system {
namespace {

using p::DispatchError;

/// on_created_account: OnNewAccount is () in this runtime; Event::NewAccount { account }.
void onCreatedAccount(const p::AccountId32& who) {
  std::vector<uint8_t> event{static_cast<uint8_t>(EventIndex::NewAccount)};
  codec::encodeAppend(event, who);
  depositEvent(kIndex, event);
}

/// on_killed_account: OnKilledAccount is () in this runtime; Event::KilledAccount { account }.
void onKilledAccount(const p::AccountId32& who) {
  std::vector<uint8_t> event{static_cast<uint8_t>(EventIndex::KilledAccount)};
  codec::encodeAppend(event, who);
  depositEvent(kIndex, event);
}

}  // namespace

bool accountExists(const p::AccountId32& who) { return Account::contains(who); }

p::RefCount providers(const p::AccountId32& who) { return Account::get(who).providers; }
p::RefCount consumers(const p::AccountId32& who) { return Account::get(who).consumers; }
p::RefCount sufficients(const p::AccountId32& who) { return Account::get(who).sufficients; }

p::RefCount referenceCount(const p::AccountId32& who) {
  const AccountInfo a = Account::get(who);
  return a.providers + a.sufficients;
}

IncRefStatus incProviders(const p::AccountId32& who) {
  IncRefStatus status = IncRefStatus::Existed;
  Account::mutate(who, [&](AccountInfo& a) {
    if (a.providers == 0 && a.sufficients == 0) {
      // Account is being created.
      a.providers = 1;
      onCreatedAccount(who);
      status = IncRefStatus::Created;
    } else {
      a.providers = a.providers == ~p::RefCount{0} ? a.providers : a.providers + 1;
    }
  });
  return status;
}

rt::Result<DecRefStatus, DispatchError> decProviders(const p::AccountId32& who) {
  auto maybe_account = Account::tryGet(who);
  // Logic error (FRAME logs it): the account is already dead.
  if (!maybe_account) return DecRefStatus::Reaped;
  AccountInfo account = *maybe_account;
  // Logic error (FRAME logs it): cannot decrement beyond zero.
  if (account.providers == 0) account.providers = 1;
  if (account.providers == 1 && account.consumers == 0 && account.sufficients == 0) {
    // No providers, consumers or sufficients left: the account is dead.
    onKilledAccount(who);
    Account::remove(who);
    return DecRefStatus::Reaped;
  }
  if (account.providers == 1 && account.consumers > 0) {
    // The last provider cannot go while there are consumers.
    return rt::Err(DispatchError::of(DispatchError::Kind::ConsumerRemaining));
  }
  // More than one provider, or some sufficients: the account lives on.
  account.providers -= 1;
  Account::insert(who, account);
  return DecRefStatus::Exists;
}

IncRefStatus incSufficients(const p::AccountId32& who) {
  IncRefStatus status = IncRefStatus::Existed;
  Account::mutate(who, [&](AccountInfo& a) {
    if (a.providers + a.sufficients == 0) {
      // Account is being created.
      a.sufficients = 1;
      onCreatedAccount(who);
      status = IncRefStatus::Created;
    } else {
      a.sufficients = a.sufficients == ~p::RefCount{0} ? a.sufficients : a.sufficients + 1;
    }
  });
  return status;
}

DecRefStatus decSufficients(const p::AccountId32& who) {
  auto maybe_account = Account::tryGet(who);
  // Logic error (FRAME logs it): the account is already dead.
  if (!maybe_account) return DecRefStatus::Reaped;
  AccountInfo account = *maybe_account;
  if (account.sufficients <= 1 && account.providers == 0) {
    onKilledAccount(who);
    Account::remove(who);
    return DecRefStatus::Reaped;
  }
  // FRAME's `(x, _) => x - 1`; zero sufficients with providers is a logic error there (logged),
  // and the subtraction wraps as in a release runtime.
  account.sufficients -= 1;
  Account::insert(who, account);
  return DecRefStatus::Exists;
}

support::DispatchResult incConsumers(const p::AccountId32& who) {
  AccountInfo a = Account::get(who);
  if (a.providers == 0) return rt::Err(DispatchError::of(DispatchError::Kind::NoProviders));
  if (a.consumers >= kMaxConsumers) return rt::Err(DispatchError::of(DispatchError::Kind::TooManyConsumers));
  a.consumers += 1;
  Account::insert(who, a);
  return rt::Unit{};
}

support::DispatchResult incConsumersWithoutLimit(const p::AccountId32& who) {
  AccountInfo a = Account::get(who);
  if (a.providers == 0) return rt::Err(DispatchError::of(DispatchError::Kind::NoProviders));
  a.consumers = a.consumers == ~p::RefCount{0} ? a.consumers : a.consumers + 1;
  Account::insert(who, a);
  return rt::Unit{};
}

void decConsumers(const p::AccountId32& who) {
  Account::mutate(who, [](AccountInfo& a) {
    // An underflow is a logic error, which FRAME logs and otherwise ignores.
    if (a.consumers > 0) a.consumers -= 1;
  });
}

bool isProviderRequired(const p::AccountId32& who) { return Account::get(who).consumers != 0; }

bool canDecProvider(const p::AccountId32& who) {
  const AccountInfo a = Account::get(who);
  return a.consumers == 0 || a.providers > 1;
}

bool canAccrueConsumers(const p::AccountId32& who, uint32_t amount) {
  const AccountInfo a = Account::get(who);
  const uint64_t c = uint64_t{a.consumers} + amount;
  if (c > ~uint32_t{0}) return false;
  return a.providers > 0 && c <= kMaxConsumers;
}

bool canIncConsumer(const p::AccountId32& who) { return canAccrueConsumers(who, 1); }

uint32_t accountNonce(const p::AccountId32& who) { return Account::get(who).nonce; }

void incAccountNonce(const p::AccountId32& who) {
  Account::mutate(who, [](AccountInfo& a) { a.nonce += 1; });
}

AccountData accountData(const p::AccountId32& who) { return Account::get(who).data; }

}  // namespace rt::pallets::system
