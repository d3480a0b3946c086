// SPDX-License-Identifier: Apache-2.0
// pallets/system with the executive: block bookkeeping, events, extrinsic indices, the roots.
#include "pallet_test_util.hpp"
#include "pallets/system/system.hpp"
#include "pallets/timestamp/timestamp.hpp"
#include "host/trie/trie_root.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"

using namespace rt::pallets;
namespace p = rt::runtime::primitives;

TEST_CASE("initialize records number, parent hash and digest, and the parent's BlockHash") {
  test::Chain chain;
  p::Header<> header;
  header.number = 7;
  header.parent_hash = p::H256::repeatByte(0xab);
  rt::runtime::executive::initializeBlock(header);
  CHECK(system::Number::get() == 7);
  CHECK((system::ParentHash::get() == header.parent_hash));
  CHECK((system::BlockHash::get(6) == header.parent_hash));
  CHECK((system::ExecutionPhase::get() == p::Phase::applyExtrinsic(0)));  // note_finished_initialize
  CHECK(system::extrinsicIndex() == 0);
}

TEST_CASE("an applied inherent: ExtrinsicSuccess in phase ApplyExtrinsic(0), then the index moves on") {
  test::Chain chain;
  chain.startBlock();
  const auto x = p::encodeUnsignedExtrinsic(timestamp::setCall(6000));
  const auto r = rt::runtime::executive::applyExtrinsic(x);
  REQUIRE(r.has_value());
  CHECK(r.value().has_value());
  CHECK(system::EventCount::get() == 1);
  auto events = rt::host::storage::get(system::kEventsKey);
  REQUIRE(events.has_value());
  // Vec of 1: phase ApplyExtrinsic(0) = 00 00000000, event = System(0) ExtrinsicSuccess(0) ...
  REQUIRE(events->size() > 8);
  CHECK((*events)[0] == 0x04);
  CHECK((*events)[1] == 0x00);
  CHECK((*events)[6] == 0x00);
  CHECK((*events)[7] == 0x00);
  CHECK(system::extrinsicIndex() == 1);
  CHECK((system::ExecutionPhase::get() == p::Phase::applyExtrinsic(1)));
}

TEST_CASE("finalize: extrinsics root over the noted extrinsics, temporaries gone, header fields") {
  test::Chain chain;
  chain.startBlock(3);
  const auto x = p::encodeUnsignedExtrinsic(timestamp::setCall(6000));
  REQUIRE(rt::runtime::executive::applyExtrinsic(x).has_value());
  const p::Header<> header = rt::runtime::executive::finalizeBlock();
  CHECK(header.number == 3);
  CHECK(!header.extrinsics_root.isZero());
  CHECK(!header.state_root.isZero());
  CHECK(!system::ExecutionPhase::exists());
  CHECK(!system::ExtrinsicCount::exists());
  CHECK(!system::ExtrinsicData::contains(0));
  // The root of the same single extrinsic, computed by the host library directly.
  std::vector<std::vector<uint8_t>> one{x};
  CHECK(header.extrinsics_root.bytes ==
        rt::hostlib::trie::orderedTrieRoot(one, rt::hostlib::trie::StateVersion::V1));
}

TEST_CASE("bad extrinsics are invalid transactions, and leave storage unchanged") {
  test::Chain chain;
  chain.startBlock();
  const auto before = chain.ext.storage.view({});
  const std::vector<uint8_t> junk{0x08, 0xff, 0xee};
  auto r = rt::runtime::executive::applyExtrinsic(junk);
  REQUIRE(!r.has_value());
  CHECK((r.error() == p::TransactionValidityError(p::InvalidTransaction::of(p::InvalidTransaction::Kind::Call))));
  // An unsigned call that is not an inherent (System, index 0): no unsigned validator.
  auto unsigned_remark = rt::runtime::executive::applyExtrinsic(p::encodeUnsignedExtrinsic(std::vector<uint8_t>{9, 9}));
  REQUIRE(!unsigned_remark.has_value());
  CHECK(chain.ext.storage.view({}) == before);
}
