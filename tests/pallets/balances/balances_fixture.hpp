// SPDX-License-Identifier: Apache-2.0
// The Balances suites' mock runtime, in the shape of FRAME's ExtBuilder + helpers: a Chain whose
// accounts are endowed at genesis (block 0, no events) and whose block 1 is started, calls made
// as they arrive from an extrinsic (encoded arguments), System.Events decoded independently of
// the pallet's encoders, the total-issuance invariant over every System.Account entry, and
// assertNoop (the error and an unchanged state).
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

#include "pallet_test_util.hpp"
#include "pallets/balances/balances.hpp"
#include "pallets/system/accounts.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/multi_address.hpp"

namespace rt::pallets::test {

namespace p = runtime::primitives;
using balances::Balance;
using Address = p::MultiAddress<p::AccountId32, rt::Unit>;

/// Account `n`: 32 bytes of n.
inline p::AccountId32 acc(uint8_t n) { return p::AccountId32::repeatByte(n); }

/// The existential deposit (500).
inline constexpr Balance kEd = balances::kExistentialDeposit;

// --- encoding, written out by hand (not through the pallet) ---

inline void putAccount(std::vector<uint8_t>& out, const p::AccountId32& a) {
  out.insert(out.end(), a.bytes.begin(), a.bytes.end());
}
inline void putU128(std::vector<uint8_t>& out, Balance v) {
  for (int i = 0; i < 16; ++i) out.push_back(static_cast<uint8_t>(v >> (8 * i)));
}
inline void putCompact(std::vector<uint8_t>& out, Balance v) {
  const auto e = codec::encode(codec::Compact<Balance>{v});
  out.insert(out.end(), e.begin(), e.end());
}
inline std::vector<uint8_t> idAddress(const p::AccountId32& a) {
  std::vector<uint8_t> out{0};  // MultiAddress::Id
  putAccount(out, a);
  return out;
}

// --- call arguments ---

inline std::vector<uint8_t> destValue(const p::AccountId32& dest, Balance value) {
  auto out = idAddress(dest);
  putCompact(out, value);
  return out;
}
inline std::vector<uint8_t> sourceDestValue(const p::AccountId32& source, const p::AccountId32& dest, Balance value) {
  auto out = idAddress(source);
  const auto d = idAddress(dest);
  out.insert(out.end(), d.begin(), d.end());
  putCompact(out, value);
  return out;
}
inline std::vector<uint8_t> destBool(const p::AccountId32& dest, bool keep_alive) {
  auto out = idAddress(dest);
  out.push_back(keep_alive ? 1 : 0);
  return out;
}
inline std::vector<uint8_t> whoAmount(const p::AccountId32& who, Balance amount) {
  auto out = idAddress(who);
  putU128(out, amount);
  return out;
}

// --- System.Events, decoded ---

/// One RuntimeEvent: the pallet's index and the rest of its encoding (variant, fields).
struct Event {
  uint8_t pallet = 0;
  std::vector<uint8_t> body;
  bool operator==(const Event&) const = default;
};

/// System.NewAccount { account }.
inline Event newAccount(const p::AccountId32& a) {
  Event e{0, {3}};
  putAccount(e.body, a);
  return e;
}
/// System.KilledAccount { account }.
inline Event killedAccount(const p::AccountId32& a) {
  Event e{0, {4}};
  putAccount(e.body, a);
  return e;
}
/// A Balances event { who, amount } with variant `variant` (Endowed, DustLost, BalanceSet,
/// Reserved, Unreserved, Deposit, Withdraw, Minted, Burned, ...).
inline Event balWhoAmount(uint8_t variant, const p::AccountId32& who, Balance amount) {
  Event e{balances::kIndex, {variant}};
  putAccount(e.body, who);
  putU128(e.body, amount);
  return e;
}
inline Event endowed(const p::AccountId32& a, Balance v) { return balWhoAmount(0, a, v); }
inline Event dustLost(const p::AccountId32& a, Balance v) { return balWhoAmount(1, a, v); }
inline Event transferEv(const p::AccountId32& from, const p::AccountId32& to, Balance v) {
  Event e{balances::kIndex, {2}};
  putAccount(e.body, from);
  putAccount(e.body, to);
  putU128(e.body, v);
  return e;
}
inline Event balanceSet(const p::AccountId32& a, Balance v) { return balWhoAmount(3, a, v); }
inline Event reservedEv(const p::AccountId32& a, Balance v) { return balWhoAmount(4, a, v); }
inline Event unreservedEv(const p::AccountId32& a, Balance v) { return balWhoAmount(5, a, v); }
inline Event depositEv(const p::AccountId32& a, Balance v) { return balWhoAmount(7, a, v); }
inline Event withdrawEv(const p::AccountId32& a, Balance v) { return balWhoAmount(8, a, v); }
inline Event mintedEv(const p::AccountId32& a, Balance v) { return balWhoAmount(10, a, v); }
inline Event burnedEv(const p::AccountId32& a, Balance v) { return balWhoAmount(11, a, v); }
inline Event upgradedEv(const p::AccountId32& a) {
  Event e{balances::kIndex, {14}};
  putAccount(e.body, a);
  return e;
}
inline Event issuedEv(Balance v) {
  Event e{balances::kIndex, {15}};
  putU128(e.body, v);
  return e;
}
inline Event rescindedEv(Balance v) {
  Event e{balances::kIndex, {16}};
  putU128(e.body, v);
  return e;
}
inline Event totalIssuanceForced(Balance old_issuance, Balance new_issuance) {
  Event e{balances::kIndex, {21}};
  putU128(e.body, old_issuance);
  putU128(e.body, new_issuance);
  return e;
}

/// The size of a Balances event's fields, by variant (all fields fixed-size).
inline size_t balancesFieldsSize(uint8_t variant) {
  switch (variant) {
    case 2:
      return 32 + 32 + 16;  // Transfer
    case 6:
      return 32 + 32 + 16 + 1;  // ReserveRepatriated
    case 14:
      return 32;  // Upgraded
    case 15:
    case 16:
      return 16;  // Issued, Rescinded
    case 21:
      return 32;  // TotalIssuanceForced
    default:
      return 32 + 16;  // { who, amount }
  }
}

/// System.Events as (pallet, body) pairs; fails the test on anything it cannot parse.
inline std::vector<Event> events() {
  std::vector<Event> out;
  auto raw = host::storage::get(system::kEventsKey);
  if (!raw) return out;
  const std::vector<uint8_t> bytes(raw->begin(), raw->end());
  codec::Decoder d(bytes);
  uint32_t count = 0;
  d(codec::asCompact(count));
  for (uint32_t i = 0; i < count && d.ok(); ++i) {
    p::Phase phase;
    d(phase);
    Event e;
    d(e.pallet);
    const size_t start = d.offset();
    const uint8_t variant = d.takeByte();
    if (e.pallet == system::kIndex) {
      if (variant == 0) {
        p::DispatchInfo info;
        d(info);
      } else if (variant == 1) {
        p::DispatchError err;
        p::DispatchInfo info;
        d(err, info);
      } else {
        (void)d.take(32);
      }
    } else if (e.pallet == balances::kIndex) {
      (void)d.take(balancesFieldsSize(variant));
    } else {
      FAIL("unexpected pallet in System.Events: " << int(e.pallet));
    }
    e.body.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start),
                  bytes.begin() + static_cast<std::ptrdiff_t>(d.offset()));
    std::vector<p::H256> topics;
    d(topics);
    out.push_back(std::move(e));
  }
  d.expectEnd();
  REQUIRE(d.ok());
  REQUIRE(out.size() == system::EventCount::get());
  return out;
}

// --- state ---

/// Sum of free + reserved over every System.Account entry.
inline Balance sumOfAccounts(Chain& chain) {
  Balance sum = 0;
  const auto prefix = system::Account::kPrefix;
  for (const auto& [key, value] : chain.ext.storage.view({})) {
    if (key.size() < prefix.size() || !std::equal(prefix.begin(), prefix.end(), key.begin())) continue;
    auto info = codec::decode<system::AccountInfo>(std::span<const uint8_t>(value));
    REQUIRE(info.has_value());
    sum += info.value().data.free + info.value().data.reserved;
  }
  return sum;
}

/// FRAME's invariant: TotalIssuance is the sum of all balances.
inline void checkIssuance(Chain& chain) { CHECK(sumOfAccounts(chain) == balances::TotalIssuance::get()); }

/// A chain at block 1 whose genesis endowed `endowed` (fungible::Mutate::mint_into at block 0).
struct BalancesChain : Chain {
  explicit BalancesChain(std::initializer_list<std::pair<p::AccountId32, Balance>> endowed = {}) {
    for (const auto& [who, amount] : endowed) balances::deposit(who, amount);
    startBlock();
  }
  /// Dispatches Balances call `index` with `args` as `origin`.
  support::DispatchResult call(const support::Origin& origin, uint8_t index, const std::vector<uint8_t>& args) {
    return balances::dispatch(origin, index, args);
  }
};

/// A DispatchError for failure messages (doctest would pick the runtime's toString by ADL).
inline std::string describe(const p::DispatchError& e) {
  std::string s = "DispatchError{kind " + std::to_string(static_cast<int>(e.kind));
  if (e.kind == p::DispatchError::Kind::Module) {
    s += ", module " + std::to_string(e.module.index) + "/" + std::to_string(e.module.error[0]);
  }
  if (e.kind == p::DispatchError::Kind::Token) s += ", token " + std::to_string(static_cast<int>(e.token));
  if (e.kind == p::DispatchError::Kind::Arithmetic)
    s += ", arithmetic " + std::to_string(static_cast<int>(e.arithmetic));
  return s + "} " + p::toString(e);
}

/// CHECK that `err` is `expected`.
#define RT_CHECK_ERROR(err, expected)  \
  CHECK_MESSAGE(((err) == (expected)), \
                "got " << rt::pallets::test::describe(err) << ", expected " << rt::pallets::test::describe(expected))

/// assertNoop: `r` failed with `expected` and the state is `before`.
#define RT_ASSERT_NOOP(chain, before, r, expected)     \
  do {                                                 \
    const auto rt_noop_r = (r);                        \
    REQUIRE(!rt_noop_r.has_value());                   \
    RT_CHECK_ERROR(rt_noop_r.error(), (expected));     \
    CHECK(((chain).ext.storage.view({}) == (before))); \
  } while (0)

/// DispatchError::Token(t).
inline p::DispatchError tokenError(p::TokenError t) { return p::DispatchError::tokenError(t); }
/// DispatchError::Module for Balances error `e`.
inline p::DispatchError balancesError(balances::Error e) {
  return p::DispatchError::moduleError(balances::kIndex, static_cast<uint8_t>(e));
}
/// DispatchError of kind `k` (BadOrigin, CannotLookup, ConsumerRemaining, ...).
inline p::DispatchError kindError(p::DispatchError::Kind k) { return p::DispatchError::of(k); }

}  // namespace rt::pallets::test

namespace doctest {
template <>
struct StringMaker<rt::pallets::test::Event> {
  static String convert(const rt::pallets::test::Event& e) {
    std::string s = "{pallet " + std::to_string(e.pallet) + ":";
    for (uint8_t b : e.body) s += " " + std::to_string(b);
    return String((s + "}").c_str());
  }
};
template <>
struct StringMaker<std::vector<rt::pallets::test::Event>> {
  static String convert(const std::vector<rt::pallets::test::Event>& v) {
    std::string s = "[";
    for (const auto& e : v) s += std::string(StringMaker<rt::pallets::test::Event>::convert(e).c_str()) + " ";
    return String((s + "]").c_str());
  }
};
}  // namespace doctest
