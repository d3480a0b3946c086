// SPDX-License-Identifier: Apache-2.0
// pallet_sudo, after FRAME's substrate/frame/sudo/src/tests.rs: sudo / sudo_unchecked_weight /
// sudo_as dispatch the nested call as Root / Signed(who) and report its result in Sudid /
// SudoAsDone while succeeding themselves (Pays::No); only the key (or Root) may call (RequireSudo,
// BadOrigin) and a refused call changes nothing; set_key / remove_key; declared weights and
// classes; the nested call's decoding (lengths, trailing bytes, nesting limit); nested dispatch
// through the executive's dispatchCall.
#include "sudo/call_fixture.hpp"

#include "pallets/sudo/weights.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using rt::support::Origin;
namespace codec = rt::codec;
namespace support = rt::support;
using Kind = p::DispatchError::Kind;

namespace {

/// A chain at block 1 with acc(1) endowed and acc(1) the sudo key (genesis).
struct SudoChain : BalancesChain {
  SudoChain() : BalancesChain({{acc(1), 10'000}}) { sudo::setKey(acc(1)); }
  p::PostDispatchInfo post;
  support::DispatchResult call(const Origin& origin, uint8_t index, const Bytes& args,
                               const sudo::RuntimeCalls& calls = testCalls()) {
    return sudo::dispatch(origin, index, args, post, calls);
  }
};

Bytes sudoArgs(const Bytes& call) { return call; }
Bytes uncheckedArgs(const Bytes& call, p::Weight w) {
  Bytes out = call;
  append(out, codec::encode(w));
  return out;
}
Bytes sudoAsArgs(const p::AccountId32& who, const Bytes& call) {
  Bytes out = idAddress(who);
  append(out, call);
  return out;
}

}  // namespace

TEST_CASE("genesis key; no events at genesis") {
  SudoChain chain;
  CHECK(sudo::key() == acc(1));
  CHECK(runtimeEvents().empty());
}

TEST_CASE("sudo: the key dispatches as Root, Sudid { Ok }, and pays no fee") {
  SudoChain chain;
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudo, sudoArgs(forceSetBalanceCall(acc(2), 1'000))).has_value());
  CHECK(balances::freeBalance(acc(2)) == 1'000);
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(!chain.post.actual_weight.has_value());
  CHECK(runtimeEvents() == std::vector<Event>{newAccount(acc(2)), endowed(acc(2), 1'000), issuedEv(1'000),
                                              balanceSet(acc(2), 1'000), sudid(rt::Unit{})});
}

TEST_CASE("sudo: a failing nested call is reported in Sudid, sudo itself succeeds") {
  SudoChain chain;
  // force_adjust_total_issuance with delta 0: DeltaZero.
  const Bytes adjust = runtimeCall(balances::kIndex, balances::kForceAdjustTotalIssuance, Bytes{0, 0});
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudo, adjust).has_value());
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(runtimeEvents() == std::vector<Event>{sudid(rt::Err(balancesError(balances::Error::DeltaZero)))});
  // A nested signed-only call as Root: BadOrigin, nothing changed but the event.
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudo, remarkWithEventCall("hi")).has_value());
  CHECK(runtimeEvents().back() == sudid(rt::Err(kindError(Kind::BadOrigin))));
}

TEST_CASE("sudo: only the key or Root; anyone else is refused and nothing changes") {
  SudoChain chain;
  const Bytes args = sudoArgs(forceSetBalanceCall(acc(2), 1'000));
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(2)), sudo::kSudo, args), sudoError(sudo::Error::RequireSudo));
  CHECK(chain.post.pays_fee == p::Pays::Yes);
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), sudo::kSudo, args), kindError(Kind::BadOrigin));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(2)), sudo::kSudoUncheckedWeight, uncheckedArgs(forceSetBalanceCall(acc(2), 1'000), p::Weight{1, 1})),
                 sudoError(sudo::Error::RequireSudo));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(2)), sudo::kSudoAs, sudoAsArgs(acc(2), remarkWithEventCall("x"))),
                 sudoError(sudo::Error::RequireSudo));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(2)), sudo::kSetKey, idAddress(acc(2))),
                 sudoError(sudo::Error::RequireSudo));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(2)), sudo::kRemoveKey, {}), sudoError(sudo::Error::RequireSudo));
  // Root passes ensure_sudo.
  REQUIRE(chain.call(Origin::root(), sudo::kSudo, args).has_value());
  CHECK(balances::freeBalance(acc(2)) == 1'000);
}

TEST_CASE("sudo without a key: RequireSudo for every signed origin") {
  BalancesChain chain({{acc(1), 10'000}});
  p::PostDispatchInfo post;
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before,
                 sudo::dispatch(Origin::signedBy(acc(1)), sudo::kSudo, forceSetBalanceCall(acc(2), 1'000), post, testCalls()),
                 sudoError(sudo::Error::RequireSudo));
}

TEST_CASE("sudo_unchecked_weight: dispatches as Root; declares the given weight and the call's class") {
  SudoChain chain;
  const Bytes setHeapPages = runtimeCall(system::kIndex, system::kSetHeapPages, codec::encode(uint64_t{64}));
  const Bytes args = uncheckedArgs(setHeapPages, p::Weight{123, 456});
  CHECK(sudo::isValidCall(sudo::kSudoUncheckedWeight, args, testCalls()));
  const auto info = sudo::callInfo(sudo::kSudoUncheckedWeight, args, testCalls());
  CHECK(info.call_weight == p::Weight{123, 456});
  CHECK(info.dispatch_class == p::DispatchClass::Operational);
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudoUncheckedWeight, args).has_value());
  CHECK(rawGet(system::kHeapPagesKey) == codec::encode(uint64_t{64}));
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(runtimeEvents() == std::vector<Event>{sudid(rt::Unit{})});
}

TEST_CASE("sudo_as: dispatches as Signed(who), SudoAsDone") {
  SudoChain chain;
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudoAs, sudoAsArgs(acc(7), remarkWithEventCall("gm"))).has_value());
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(runtimeEvents() == std::vector<Event>{remarked(acc(7), "gm"), sudoAsDone(rt::Unit{})});
  // A Root-only call as Signed: BadOrigin inside, sudo_as succeeds.
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudoAs, sudoAsArgs(acc(7), forceSetBalanceCall(acc(2), 1'000))).has_value());
  CHECK(runtimeEvents().back() == sudoAsDone(rt::Err(kindError(Kind::BadOrigin))));
  CHECK(balances::freeBalance(acc(2)) == 0);
  // A transfer from `who` moves who's funds.
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudoAs,
                     sudoAsArgs(acc(1), runtimeCall(balances::kIndex, balances::kTransferAllowDeath, destValue(acc(3), 2'000))))
              .has_value());
  CHECK(balances::freeBalance(acc(3)) == 2'000);
  CHECK(runtimeEvents().back() == sudoAsDone(rt::Unit{}));
}

TEST_CASE("sudo_as: an unresolvable `who` is CannotLookup and changes nothing") {
  SudoChain chain;
  Bytes args{static_cast<uint8_t>(Address::Kind::Address32)};
  append(args, acc(7).bytes);
  append(args, remarkWithEventCall("gm"));
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), sudo::kSudoAs, args), kindError(Kind::CannotLookup));
}

TEST_CASE("set_key: KeyChanged { old, new }; the old key loses its rights") {
  SudoChain chain;
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSetKey, idAddress(acc(2))).has_value());
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(sudo::key() == acc(2));
  CHECK(runtimeEvents() == std::vector<Event>{keyChanged(acc(1), acc(2))});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), sudo::kSetKey, idAddress(acc(1))),
                 sudoError(sudo::Error::RequireSudo));
  REQUIRE(chain.call(Origin::signedBy(acc(2)), sudo::kSudo, forceSetBalanceCall(acc(4), 600)).has_value());
  CHECK(balances::freeBalance(acc(4)) == 600);
}

TEST_CASE("set_key by Root with no key: KeyChanged { old: None }") {
  BalancesChain chain({{acc(1), 10'000}});
  p::PostDispatchInfo post;
  REQUIRE(sudo::dispatch(Origin::root(), sudo::kSetKey, idAddress(acc(5)), post, testCalls()).has_value());
  CHECK(sudo::key() == acc(5));
  CHECK(runtimeEvents() == std::vector<Event>{keyChanged(std::nullopt, acc(5))});
}

TEST_CASE("set_key: a non-Id address is CannotLookup") {
  SudoChain chain;
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), sudo::kSetKey, Bytes{1}), kindError(Kind::CannotLookup));
}

TEST_CASE("remove_key: KeyRemoved, and then nobody but Root is sudo") {
  SudoChain chain;
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kRemoveKey, {}).has_value());
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(!sudo::key().has_value());
  CHECK(!sudo::Key::exists());
  CHECK(runtimeEvents() == std::vector<Event>{keyRemoved()});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), sudo::kSudo, forceSetBalanceCall(acc(2), 1'000)),
                 sudoError(sudo::Error::RequireSudo));
}

TEST_CASE("declared weights: sudo / sudo_as add the nested call's weight and take its class") {
  const Bytes inner = forceSetBalanceCall(acc(2), 1'000);
  const auto inner_weight = balances::callWeight(balances::kForceSetBalance, destValue(acc(2), 1'000));
  auto info = sudo::callInfo(sudo::kSudo, inner, testCalls());
  CHECK(info.call_weight == sudo::weights::sudo().saturatingAdd(inner_weight));
  CHECK(info.call_weight == p::Weight{35'729'000 + 144'929'000, 1517 + 3593});
  CHECK(info.dispatch_class == p::DispatchClass::Normal);
  CHECK(info.pays_fee == p::Pays::Yes);
  info = sudo::callInfo(sudo::kSudoAs, sudoAsArgs(acc(3), inner), testCalls());
  CHECK(info.call_weight == p::Weight{11'003'000 + 25'000'000, 1517}.saturatingAdd(inner_weight));
  const Bytes heap = runtimeCall(system::kIndex, system::kSetHeapPages, codec::encode(uint64_t{1}));
  CHECK(sudo::callInfo(sudo::kSudo, heap, testCalls()).dispatch_class == p::DispatchClass::Operational);
  CHECK(sudo::callWeight(sudo::kSetKey, idAddress(acc(1)), testCalls()) == p::Weight{9'663'000 + 125'000'000, 1517});
  CHECK(sudo::callWeight(sudo::kRemoveKey, {}, testCalls()) == p::Weight{9'127'000 + 125'000'000, 1517});
}

TEST_CASE("decoding: exact arguments, nested lengths, trailing bytes, the nesting limit") {
  const Bytes inner = forceSetBalanceCall(acc(2), 1'000);
  CHECK(sudo::isValidCall(sudo::kSudo, inner, testCalls()));
  Bytes trailing = inner;
  trailing.push_back(0);
  CHECK(!sudo::isValidCall(sudo::kSudo, trailing, testCalls()));
  CHECK(sudo::argsLength(sudo::kSudo, trailing, testCalls()) == inner.size());
  CHECK(!sudo::isValidCall(sudo::kSudo, Bytes{9, 9}, testCalls()));         // no such pallet
  CHECK(!sudo::isValidCall(sudo::kSudoUncheckedWeight, inner, testCalls()));  // weight missing
  CHECK(!sudo::isValidCall(5, {}, testCalls()));                              // no such call
  CHECK(sudo::isValidCall(sudo::kRemoveKey, {}, testCalls()));
  CHECK(!sudo::isValidCall(sudo::kRemoveKey, Bytes{0}, testCalls()));
  // sudo(sudo(...(remark))) nested n deep.
  const auto nested = [](uint32_t n) {
    Bytes call = runtimeCall(system::kIndex, system::kRemark, Bytes{0});
    for (uint32_t i = 0; i < n; ++i) call = runtimeCall(sudo::kIndex, sudo::kSudo, call);
    return call;
  };
  const Bytes ok = nested(sudo::kMaxNestedCalls);
  CHECK(testCallLength(ok) == ok.size());
  const Bytes deep = nested(sudo::kMaxNestedCalls + 1);
  CHECK(!testCallLength(deep).has_value());
}

TEST_CASE("nested sudo: sudo(sudo(call)) as the key") {
  SudoChain chain;
  const Bytes inner = runtimeCall(sudo::kIndex, sudo::kSudo, forceSetBalanceCall(acc(2), 1'000));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudo, inner).has_value());
  CHECK(balances::freeBalance(acc(2)) == 1'000);
  // The inner sudo runs as Root, which ensure_sudo accepts.
  const auto ev = runtimeEvents();
  REQUIRE(ev.size() == 6);
  CHECK(ev[4] == sudid(rt::Unit{}));
  CHECK(ev[5] == sudid(rt::Unit{}));
}

TEST_CASE("nested dispatch through the executive's dispatchCall and callInfo (Balances)") {
  SudoChain chain;
  const sudo::RuntimeCalls executive_calls{&testCallLength, &rt::runtime::executive::callInfo,
                                           &rt::runtime::executive::dispatchCall};
  const Bytes inner = forceSetBalanceCall(acc(2), 1'000);
  CHECK(sudo::callInfo(sudo::kSudo, inner, executive_calls).call_weight ==
        sudo::weights::sudo().saturatingAdd(balances::callWeight(balances::kForceSetBalance, destValue(acc(2), 1'000))));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudo, inner, executive_calls).has_value());
  CHECK(balances::freeBalance(acc(2)) == 1'000);
  CHECK(runtimeEvents().back() == sudid(rt::Unit{}));
  REQUIRE(chain.call(Origin::signedBy(acc(1)), sudo::kSudoAs, sudoAsArgs(acc(1), runtimeCall(balances::kIndex, balances::kTransferKeepAlive, destValue(acc(3), 700))),
                     executive_calls)
              .has_value());
  CHECK(balances::freeBalance(acc(3)) == 700);
  CHECK(runtimeEvents().back() == sudoAsDone(rt::Unit{}));
}

TEST_CASE("Sudo.Key's storage key is twox128(\"Sudo\") ++ twox128(\"Key\")") {
  // 5c0d1176a568c1f92944340dbfed9e9c (Sudo) 530ebca703c85910e7164cb7d1c9e47b (Key)
  const std::array<uint8_t, 32> expected{0x5c, 0x0d, 0x11, 0x76, 0xa5, 0x68, 0xc1, 0xf9, 0x29, 0x44, 0x34,
                                         0x0d, 0xbf, 0xed, 0x9e, 0x9c, 0x53, 0x0e, 0xbc, 0xa7, 0x03, 0xc8,
                                         0x59, 0x10, 0xe7, 0x16, 0x4c, 0xb7, 0xd1, 0xc9, 0xe4, 0x7b};
  CHECK(sudo::Key::kKey == expected);
}
