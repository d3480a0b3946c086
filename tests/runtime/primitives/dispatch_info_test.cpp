// SPDX-License-Identifier: Apache-2.0
// Weight, DispatchInfo / PostDispatchInfo (encodings and the weight_tests arithmetic of
// dispatch.rs), Phase and EventRecord with a runtime event type, AccountInfo / AccountData /
// ExtraFlags (defaults as in Rust), and the signed extensions' encodings.
#include <doctest/doctest.h>

#include <string>
#include <variant>
#include <vector>

#include "primitives_test_util.hpp"
#include "runtime/primitives/account_info.hpp"
#include "runtime/primitives/dispatch_info.hpp"
#include "runtime/primitives/event_record.hpp"
#include "runtime/primitives/signed_extensions.hpp"

using namespace rt;
using namespace rt::runtime::primitives;
using namespace rt::runtime::primitives::test;
using rt::codec::DecodeError;

namespace {

// A runtime event type as a runtime would declare it: pallet index -> the pallet's event enum.
struct Remarked {
  static constexpr u8 kScaleIndex = 7;
  AccountId32 sender;
  H256 hash;
  bool operator==(const Remarked&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, Remarked& v) {
    ar(v.sender, v.hash);
  }
};
struct CodeUpdated {
  static constexpr u8 kScaleIndex = 2;
  bool operator==(const CodeUpdated&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, CodeUpdated&) {
    ar();
  }
};
struct SystemEvent {
  static constexpr u8 kScaleIndex = 0;
  std::variant<CodeUpdated, Remarked> event;
  bool operator==(const SystemEvent&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, SystemEvent& v) {
    ar(v.event);
  }
};
struct BalancesEvent {
  static constexpr u8 kScaleIndex = 6;
  u8 dummy = 0;
  bool operator==(const BalancesEvent&) const = default;
  template <class Ar>
  friend void scale(Ar& ar, BalancesEvent& v) {
    ar(v.dummy);
  }
};
using RuntimeEvent = std::variant<SystemEvent, BalancesEvent>;

}  // namespace

TEST_CASE("Weight: compact parts and Rust's arithmetic") {
  checkCodec(Weight::fromParts(0, 0), "0x0000");
  checkCodec(Weight::fromParts(5000000000, 3593), "0x0700f2052a012538");
  checkCodec(Weight::maxValue(), "0x13ffffffffffffffff13ffffffffffffffff");
  CHECK(Weight::fromParts(1, 2).saturatingAdd(Weight::maxValue()) == Weight::maxValue());
  CHECK(Weight::fromParts(1, 2).saturatingSub(Weight::fromParts(2, 1)) == Weight::fromParts(0, 1));
  CHECK(Weight::fromParts(3, 4).saturatingMul(~u64{0}) == Weight::maxValue());
  CHECK_FALSE(Weight::maxValue().checkedAdd(Weight::fromParts(0, 1)).has_value());
  CHECK(Weight::fromParts(5, 5).checkedSub(Weight::fromParts(5, 6)) == std::nullopt);
  CHECK(Weight::fromParts(1, 9).min(Weight::fromParts(2, 3)) == Weight::fromParts(1, 3));
  CHECK(Weight::fromParts(1, 9).max(Weight::fromParts(2, 3)) == Weight::fromParts(2, 9));
  CHECK(Weight::fromParts(1, 9).anyGt(Weight::fromParts(2, 3)));
  CHECK_FALSE(Weight::fromParts(1, 9).allLte(Weight::fromParts(2, 3)));
  CHECK(Weight::zero().isZero());
  CHECK((decodeErrorHex<Weight>("0x0100") == DecodeError::NonCanonicalCompact));
  CHECK((decodeErrorHex<Weight>("0x1700000000000000000100") == DecodeError::CompactOverflow));  // 9 bytes
}

TEST_CASE("DispatchInfo and PostDispatchInfo") {
  DispatchInfo info{Weight::fromParts(100, 10), Weight::fromParts(20, 0), DispatchClass::Operational, Pays::No};
  checkCodec(info, "0x91012850000101");
  CHECK(info.totalWeight() == Weight::fromParts(120, 10));
  checkCodec(DispatchInfo{}, "0x000000000000");
  CHECK((decodeErrorHex<DispatchInfo>("0x000000000300") == DecodeError::InvalidVariant));  // class 3
  CHECK((decodeErrorHex<DispatchInfo>("0x000000000002") == DecodeError::InvalidVariant));  // pays 2

  // weight_tests: actual weight is capped at the declared total; Pays::No wins.
  info.pays_fee = Pays::Yes;
  const PostDispatchInfo none{std::nullopt, Pays::Yes};
  const PostDispatchInfo some{Weight::fromParts(50, 5), Pays::No};
  const PostDispatchInfo over{Weight::fromParts(500, 50), Pays::Yes};
  CHECK(none.calcActualWeight(info) == Weight::fromParts(120, 10));
  CHECK(some.calcActualWeight(info) == Weight::fromParts(50, 5));
  CHECK(over.calcActualWeight(info) == Weight::fromParts(120, 10));
  CHECK(some.calcUnspent(info) == Weight::fromParts(70, 5));
  CHECK(none.paysFee(info) == Pays::Yes);
  CHECK(some.paysFee(info) == Pays::No);
  checkCodec(none, "0x0000");
  checkCodec(some, "0x01c81401");
  CHECK((decodeErrorHex<PostDispatchInfo>("0x0200") == DecodeError::InvalidOptionTag));
}

TEST_CASE("Phase and EventRecord<RuntimeEvent, H256>") {
  checkCodec(Phase::applyExtrinsic(3), "0x0003000000");
  checkCodec(Phase::finalization(), "0x01");
  checkCodec(Phase::initialization(), "0x02");
  CHECK(Phase{} == Phase::initialization());  // Rust's Default
  CHECK((decodeErrorHex<Phase>("0x03") == DecodeError::InvalidVariant));

  EventRecord<RuntimeEvent> record;
  record.phase = Phase::applyExtrinsic(1);
  record.event = SystemEvent{Remarked{AccountId32::repeatByte(1), H256::repeatByte(2)}};
  record.topics = {H256::repeatByte(3)};
  const std::vector<u8> bytes = rt::codec::encode(record);
  CHECK(bytes.size() == 5 + 2 + 64 + 1 + 32);
  CHECK(bytes[5] == 0);  // System
  CHECK(bytes[6] == 7);  // Remarked
  checkCodec(record, toHex(bytes));

  EventRecord<RuntimeEvent> balances{Phase::finalization(), BalancesEvent{9}, {}};
  checkCodec(balances, "0x01060900");
  CHECK((decodeErrorHex<EventRecord<RuntimeEvent>>("0x010500") == DecodeError::InvalidVariant));
  std::vector<EventRecord<RuntimeEvent>> events{record, balances};
  checkCodec(events, "0x08" + toHex(bytes).substr(2) + "01060900");
}

TEST_CASE("AccountInfo, AccountData, ExtraFlags") {
  const AccountData<> fresh;
  CHECK(fresh.flags.isNewLogic());  // Rust's Default sets IS_NEW_LOGIC
  CHECK_FALSE(ExtraFlags::oldLogic().isNewLogic());
  ExtraFlags f = ExtraFlags::oldLogic();
  f.setNewLogic();
  CHECK(f == ExtraFlags{});

  AccountInfo<> info;
  info.providers = 1;
  info.data.free = u128{1} << 60;
  const std::vector<u8> bytes = rt::codec::encode(info);
  REQUIRE(bytes.size() == 16 + 64);
  CHECK(bytes[4 * 2] == 1);         // providers
  CHECK(bytes[16 + 7] == 0x10);     // free = 2^60, little-endian
  CHECK(bytes[16 + 63] == 0x80);    // flags' top bit
  checkCodec(info, toHex(bytes));
  CHECK(rt::codec::minEncodedSize<AccountInfo<>>() == 80);

  AccountData<> d;
  d.free = 10;
  d.frozen = 15;
  d.reserved = ~u128{0};
  CHECK(d.usable() == 0);
  CHECK(d.total() == ~u128{0});
}

TEST_CASE("signed extensions: only era, nonce and tip are encoded") {
  checkCodec(SignedExtra{}, "0x000000");
  const SignedExtra e = SignedExtra::of(Era::mortal(64, 42), 5, 1000);
  checkCodec(e, "0xa50214a10f");
  CHECK(e.era() == Era::mortal(64, 42));
  CHECK(e.nonce() == 5);
  CHECK(e.tip() == 1000);
  checkCodec(SignedExtra::of(Era::immortal(), 0xffffffffu, ~u128{0}),
             "0x0003ffffffff33ffffffffffffffffffffffffffffffff");
  CHECK((decodeErrorHex<SignedExtra>("0x10000000") == DecodeError::InvalidValue));  // era period 2
  CHECK((decodeErrorHex<SignedExtra>("0x000100") == DecodeError::NonCanonicalCompact));
  CHECK(rt::codec::minEncodedSize<SignedExtra>() == 3);
  CHECK(kSignedExtraIdentifiers[4] == "CheckMortality");
  CHECK(kSignedExtraIdentifiers[7] == "ChargeTransactionPayment");

  SignedExtraAdditional add{100, 1, H256::repeatByte(0xaa), H256::repeatByte(0xbb)};
  const std::vector<u8> bytes = rt::codec::encode(add);
  REQUIRE(bytes.size() == 72);
  CHECK(bytes[0] == 100);
  CHECK(bytes[4] == 1);
  CHECK(bytes[8] == 0xaa);
  CHECK(bytes[40] == 0xbb);
  checkCodec(add, toHex(bytes));
}
