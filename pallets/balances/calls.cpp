// SPDX-License-Identifier: Apache-2.0
// pallet_balances' dispatchables: argument decoding, origin checks, the calls themselves (each the
// body of its `#[pallet::call]` function), their declared weights, and transactional dispatch.
//
// Mirrors `#[pallet::call] impl Pallet` of
// https://github.com/paritytech/polkadot-sdk/blob/00a7a0f879ac585a3b1f3f6ac8e525511e103ee5/substrate/frame/balances/src/lib.rs
// Accounts are looked up as node-template's AccountIdLookup<AccountId, ()> does
// (substrate/primitives/runtime/src/traits/mod.rs): only MultiAddress::Id resolves, any other
// variant is DispatchError::CannotLookup.
#include <vector>

#include "pallets/balances/account.hpp"
#include "pallets/balances/balances.hpp"
#include "pallets/balances/events.hpp"
#include "pallets/balances/fungible.hpp"
#include "pallets/balances/math.hpp"
#include "pallets/balances/weights.hpp"
#include "runtime/primitives/multi_address.hpp"
#include "runtime/support/transactional.hpp"

namespace rt::pallets::balances {
namespace {

namespace p = runtime::primitives;
using Address = p::MultiAddress<AccountId32, rt::Unit>;
using Kind = DispatchError::Kind;

/// The arguments of any Balances call (each call reads its own).
struct Args {
  Address source;                                                 ///< force_transfer's `source`
  Address dest;                                                   ///< `dest`, or `who` as an address
  Balance value = 0;                                              ///< `value` / `amount` / `new_free` / `delta`
  bool keep_alive = false;                                        ///< transfer_all / burn
  std::vector<AccountId32> who;                                   ///< upgrade_accounts
  AdjustmentDirection direction = AdjustmentDirection::Increase;  ///< force_adjust_total_issuance
};

/// Decodes the call's arguments from `d` (bytes may follow): false for an unknown call.
bool decodeArgsFrom(uint8_t call_index, codec::Decoder& d, Args& a) {
  switch (call_index) {
    case kTransferAllowDeath:
    case kTransferKeepAlive:
      d(a.dest, codec::asCompact(a.value));
      break;
    case kForceTransfer:
      d(a.source, a.dest, codec::asCompact(a.value));
      break;
    case kTransferAll:
      d(a.dest, a.keep_alive);
      break;
    case kForceUnreserve:
      d(a.dest, a.value);
      break;
    case kUpgradeAccounts:
      d(a.who);
      break;
    case kForceSetBalance:
      d(a.dest, codec::asCompact(a.value));
      break;
    case kForceAdjustTotalIssuance:
      d(a.direction, codec::asCompact(a.value));
      break;
    case kBurn:
      d(codec::asCompact(a.value), a.keep_alive);
      break;
    default:
      return false;
  }
  return d.ok();
}

/// Decodes the call's arguments, exactly: false for an unknown call, bad or left-over bytes.
bool decodeArgs(uint8_t call_index, std::span<const uint8_t> bytes, Args& a) {
  codec::Decoder d(bytes);
  if (!decodeArgsFrom(call_index, d, a)) return false;
  d.expectEnd();
  return d.ok();
}

/// T::Lookup::lookup (AccountIdLookup).
rt::Result<AccountId32, DispatchError> lookup(const Address& address) {
  if (const AccountId32* id = address.asId()) return *id;
  return rt::Err(DispatchError::of(Kind::CannotLookup));
}

support::DispatchResult transferAllowDeath(const support::Origin& origin, const Args& a) {
  RT_TRY(const AccountId32 source, support::ensureSigned(origin));
  RT_TRY(const AccountId32 dest, lookup(a.dest));
  RT_TRY_VOID(fungible::transfer(source, dest, a.value, Preservation::Expendable));
  return rt::Unit{};
}

support::DispatchResult forceTransfer(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  RT_TRY(const AccountId32 source, lookup(a.source));
  RT_TRY(const AccountId32 dest, lookup(a.dest));
  RT_TRY_VOID(fungible::transfer(source, dest, a.value, Preservation::Expendable));
  return rt::Unit{};
}

support::DispatchResult transferKeepAlive(const support::Origin& origin, const Args& a) {
  RT_TRY(const AccountId32 source, support::ensureSigned(origin));
  RT_TRY(const AccountId32 dest, lookup(a.dest));
  RT_TRY_VOID(fungible::transfer(source, dest, a.value, Preservation::Preserve));
  return rt::Unit{};
}

support::DispatchResult transferAll(const support::Origin& origin, const Args& a) {
  RT_TRY(const AccountId32 transactor, support::ensureSigned(origin));
  const Preservation keep_alive = a.keep_alive ? Preservation::Preserve : Preservation::Expendable;
  const Balance reducible = fungible::reducibleBalance(transactor, keep_alive, Fortitude::Polite);
  RT_TRY(const AccountId32 dest, lookup(a.dest));
  RT_TRY_VOID(fungible::transfer(transactor, dest, reducible, keep_alive));
  return rt::Unit{};
}

support::DispatchResult forceUnreserve(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  RT_TRY(const AccountId32 who, lookup(a.dest));
  (void)currency::unreserve(who, a.value);  // the leftover is ignored
  return rt::Unit{};
}

support::DispatchResult upgradeAccounts(const support::Origin& origin, const Args& a, p::PostDispatchInfo& post) {
  RT_TRY_VOID(support::ensureSigned(origin));
  if (a.who.empty()) return rt::Unit{};
  uint64_t upgrade_count = 0;
  for (const AccountId32& who : a.who) {
    if (detail::ensureUpgraded(who)) upgrade_count += 1;
  }
  // Perbill::from_rational(upgrade_count, len) (rounding down) >= Perbill::from_percent(90).
  const uint64_t parts = upgrade_count * 1'000'000'000ULL / a.who.size();
  if (parts >= 900'000'000ULL) post.pays_fee = p::Pays::No;
  return rt::Unit{};
}

support::DispatchResult forceSetBalance(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  RT_TRY(const AccountId32 who, lookup(a.dest));
  const bool wipeout = a.value < kExistentialDeposit;
  const Balance new_free = wipeout ? Balance{0} : a.value;
  // First the account's balance is forced to the new value.
  RT_TRY(const Balance old_free, detail::mutateAccountHandlingDust(who, [&](detail::AccountData& account) {
           const Balance old = account.free;
           account.free = new_free;
           return old;
         }));
  // Then the total issuance follows: the imbalance's drop (impl_currency.rs: PositiveImbalance
  // adds and emits Issued, NegativeImbalance subtracts and emits Rescinded).
  if (new_free > old_free) {
    TotalIssuance::put(satAdd(TotalIssuance::get(), new_free - old_free));
    events::issued(new_free - old_free);
  } else if (new_free < old_free) {
    TotalIssuance::put(satSub(TotalIssuance::get(), old_free - new_free));
    events::rescinded(old_free - new_free);
  }
  events::balanceSet(who, new_free);
  return rt::Unit{};
}

support::DispatchResult forceAdjustTotalIssuance(const support::Origin& origin, const Args& a) {
  RT_TRY_VOID(support::ensureRoot(origin));
  if (a.value == 0) return rt::Err(moduleError(Error::DeltaZero));
  const Balance old_issuance = TotalIssuance::get();
  const Balance new_issuance =
      a.direction == AdjustmentDirection::Increase ? satAdd(old_issuance, a.value) : satSub(old_issuance, a.value);
  if (InactiveIssuance::get() > new_issuance) return rt::Err(moduleError(Error::IssuanceDeactivated));
  TotalIssuance::put(new_issuance);
  events::totalIssuanceForced(old_issuance, new_issuance);
  return rt::Unit{};
}

support::DispatchResult burn(const support::Origin& origin, const Args& a) {
  RT_TRY(const AccountId32 source, support::ensureSigned(origin));
  const Preservation preservation = a.keep_alive ? Preservation::Preserve : Preservation::Expendable;
  RT_TRY_VOID(fungible::burnFrom(source, a.value, preservation, Precision::Exact, Fortitude::Polite));
  return rt::Unit{};
}

support::DispatchResult call(const support::Origin& origin, uint8_t call_index, const Args& a,
                             p::PostDispatchInfo& post) {
  switch (call_index) {
    case kTransferAllowDeath:
      return transferAllowDeath(origin, a);
    case kForceTransfer:
      return forceTransfer(origin, a);
    case kTransferKeepAlive:
      return transferKeepAlive(origin, a);
    case kTransferAll:
      return transferAll(origin, a);
    case kForceUnreserve:
      return forceUnreserve(origin, a);
    case kUpgradeAccounts:
      return upgradeAccounts(origin, a, post);
    case kForceSetBalance:
      return forceSetBalance(origin, a);
    case kForceAdjustTotalIssuance:
      return forceAdjustTotalIssuance(origin, a);
    case kBurn:
      return burn(origin, a);
    default:
      break;
  }
  return rt::Err(DispatchError::other("Balances: unknown call"));
}

}  // namespace

support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args,
                                 runtime::primitives::PostDispatchInfo& post) {
  post = runtime::primitives::PostDispatchInfo{};
  Args a;
  if (!decodeArgs(call_index, args, a)) return rt::Err(DispatchError::other("Balances: undecodable call"));
  return support::withTransaction([&]() { return call(origin, call_index, a, post); });
}

support::DispatchResult dispatch(const support::Origin& origin, uint8_t call_index, std::span<const uint8_t> args) {
  runtime::primitives::PostDispatchInfo post;
  return dispatch(origin, call_index, args, post);
}

std::optional<size_t> argsLength(uint8_t call_index, std::span<const uint8_t> bytes) {
  codec::Decoder d(bytes);
  Args a;
  if (!decodeArgsFrom(call_index, d, a)) return std::nullopt;
  return d.offset();
}

bool isValidCall(uint8_t call_index, std::span<const uint8_t> args) {
  Args a;
  return decodeArgs(call_index, args, a);
}

runtime::primitives::Weight callWeight(uint8_t call_index) {
  switch (call_index) {
    case kTransferAllowDeath:
      return weights::transferAllowDeath();
    case kForceTransfer:
      return weights::forceTransfer();
    case kTransferKeepAlive:
      return weights::transferKeepAlive();
    case kTransferAll:
      return weights::transferAll();
    case kForceUnreserve:
      return weights::forceUnreserve();
    case kUpgradeAccounts:
      return weights::upgradeAccounts(1);
    case kForceSetBalance:
      return weights::forceSetBalance();
    case kForceAdjustTotalIssuance:
      return weights::forceAdjustTotalIssuance();
    case kBurn:
      return weights::burn(false);
    default:
      break;
  }
  return runtime::primitives::Weight::zero();
}

runtime::primitives::Weight callWeight(uint8_t call_index, std::span<const uint8_t> args) {
  Args a;
  if (!decodeArgs(call_index, args, a)) return callWeight(call_index);
  if (call_index == kUpgradeAccounts) return weights::upgradeAccounts(static_cast<uint32_t>(a.who.size()));
  if (call_index == kBurn) return weights::burn(a.keep_alive);
  return callWeight(call_index);
}

}  // namespace rt::pallets::balances
