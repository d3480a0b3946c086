// SPDX-License-Identifier: Apache-2.0
// Core_execute_block on a block this runtime built: initialize_block, the timestamp inherent,
// signed transfers (one of them a failing dispatch), finalize_block; the block re-executed on the
// state it was built on must pass FRAME's initial and final checks (parent hash, state root,
// extrinsics root) and end in the same state. Only the success path runs natively: a failing
// execute_block panics (rt_panic aborts the process).
// FRAME: substrate/frame/executive/src/lib.rs `execute_block`, `initial_checks`, `final_checks`.
#include "executive/executive_fixture.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using namespace rt::pallets::test::exec;
namespace executive = rt::runtime::executive;

namespace {

/// A built block and the states before and after it.
struct Built {
  Bytes block;
  p::Header<> header;
  rt::hostlib::storage::State pre;
  rt::hostlib::storage::State post;
  std::vector<Bytes> extrinsics;
};

/// Genesis with `endowed`, then block `number` on kGenesis-rooted history with the timestamp
/// inherent and the extrinsics `make` returns (each must be included).
template <class Make>
Built buildBlock(std::vector<std::pair<p::AccountId32, Balance>> endowed, Make make) {
  Built b;
  ExecChain chain(std::move(endowed), /*start=*/false);
  b.pre = chain.state();
  chain.startBlock(1, kGenesis);
  b.extrinsics.push_back(p::encodeUnsignedExtrinsic(timestamp::setCall(6'000)));
  for (auto& x : make()) b.extrinsics.push_back(std::move(x));
  for (const auto& x : b.extrinsics) {
    const auto r = executive::applyExtrinsic(x);
    REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
  }
  b.header = executive::finalizeBlock();
  b.post = chain.state();
  b.block = rt::codec::encode(b.header);
  const auto count = rt::codec::encode(rt::codec::Compact<uint32_t>{static_cast<uint32_t>(b.extrinsics.size())});
  b.block.insert(b.block.end(), count.begin(), count.end());
  for (const auto& x : b.extrinsics) b.block.insert(b.block.end(), x.begin(), x.end());
  return b;
}

/// Executes `b.block` on a fresh chain whose state is `b.pre`; returns the resulting state.
rt::hostlib::storage::State reexecute(const Built& b) {
  Chain chain;
  chain.ext.storage = rt::hostlib::storage::Overlay(b.pre);
  executive::executeBlock(b.block);
  CHECK(system::Number::get() == b.header.number);
  return chain.ext.storage.view({});
}

}  // namespace

TEST_SUITE("executive: execute_block") {
  TEST_CASE("a block with only the timestamp inherent re-executes to the same state") {
    const auto built = buildBlock({}, [] { return std::vector<Bytes>{}; });
    CHECK(built.header.number == 1);
    CHECK(built.header.parent_hash == kGenesis);
    CHECK(reexecute(built) == built.post);
  }

  TEST_CASE("a block with signed transfers of each scheme and a failing dispatch re-executes to the same state") {
    const auto alice = sr25519Signer("//Alice");
    const auto bob = ed25519Signer("//Bob");
    const auto dave = ecdsaSigner("//Dave");
    const auto built = buildBlock({{alice.account, kRich}, {bob.account, kRich}, {dave.account, kRich}}, [&] {
      return std::vector<Bytes>{
          signedTx(alice, transferKeepAlive(acc(2), 10'000), TxParams{}.withNonce(0)),
          signedTx(bob, transferAllowDeath(alice.account, 5'000), TxParams{}.withTip(3)),
          signedTx(dave, transferKeepAlive(bob.account, 1), TxParams{}.withEra(p::Era::mortal(64, 0), kGenesis)),
          signedTx(alice, transferAllowDeath(acc(3), kRich * 2), TxParams{}.withNonce(1)),  // Ok(Err)
      };
    });
    CHECK(!built.header.state_root.isZero());
    CHECK(!built.header.extrinsics_root.isZero());
    const auto after = reexecute(built);
    CHECK(after == built.post);
  }

  TEST_CASE("two consecutive blocks: the second re-executes on the first's state") {
    const auto alice = sr25519Signer("//Alice");
    Built second;
    {
      ExecChain chain({{alice.account, kRich}}, /*start=*/false);
      chain.startBlock(1, kGenesis);
      REQUIRE(executive::applyExtrinsic(p::encodeUnsignedExtrinsic(timestamp::setCall(6'000))).has_value());
      REQUIRE(executive::applyExtrinsic(signedTx(alice, transferKeepAlive(acc(2), 1'000))).has_value());
      const auto h1 = executive::finalizeBlock();
      second.pre = chain.state();
      // The node hashes the header; any hash recorded as block 1's does here.
      const p::H256 h1_hash{rt::hostlib::hashing::blake2b256(rt::codec::encode(h1))};
      chain.startBlock(2, h1_hash);
      second.extrinsics = {p::encodeUnsignedExtrinsic(timestamp::setCall(12'000)),
                           signedTx(alice, transferKeepAlive(acc(2), 2'000), TxParams{}.withNonce(1))};
      for (const auto& x : second.extrinsics) {
        const auto r = executive::applyExtrinsic(x);
        REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
      }
      second.header = executive::finalizeBlock();
      second.post = chain.state();
      second.block = rt::codec::encode(second.header);
      const auto count = rt::codec::encode(rt::codec::Compact<uint32_t>{2});
      second.block.insert(second.block.end(), count.begin(), count.end());
      for (const auto& x : second.extrinsics) second.block.insert(second.block.end(), x.begin(), x.end());
    }
    CHECK(reexecute(second) == second.post);
  }
}
