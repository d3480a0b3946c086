// SPDX-License-Identifier: Apache-2.0
// host/chain: the block builder on the peer runtimes of ../shared/peers (skipped where absent).
// A block with the timestamp inherent and N signed transfers built in C++ (host/chain/extrinsic)
// must be accepted by the runtime (its signature checks pass), and Core_execute_block of the
// finished block on the genesis state must succeed and reproduce the header's state root.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "base/native/file_io.hpp"
#include "codec/codec.hpp"
#include "host/chain/block_builder.hpp"
#include "host/chain/header.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/hashing/hashing.hpp"

using namespace rt::hostlib;

namespace {

const std::string kPeers = RT_PEERS_DIR;

std::vector<uint8_t> read(const std::string& path) {
  auto bytes = rt::native::readFile(path);
  REQUIRE(bytes.has_value());
  return std::move(bytes).value();
}

}  // namespace

TEST_CASE("header: encode/decode round trip and hash") {
  chain::Header h;
  h.parent_hash.fill(7);
  h.number = 70000;  // a 4-byte compact
  h.digest.push_back(chain::preRuntime("aura", {1, 0, 0, 0, 0, 0, 0, 0}));
  const auto bytes = chain::encodeHeader(h);
  auto back = chain::decodeHeader(bytes);
  REQUIRE(back.has_value());
  CHECK(back.value().number == 70000);
  CHECK(chain::encodeHeader(back.value()) == bytes);
  CHECK(!chain::decodeHeader(std::span(bytes).first(bytes.size() - 1)).has_value());
}

TEST_CASE("node-template: block 1 with 5 transfers, imported by Core_execute_block") {
  const std::string spec = kPeers + "/rust_node_template.chainspec.json";
  if (!std::filesystem::exists(spec)) {
    MESSAGE("skipped: " << spec << " not found");
    return;
  }
  const auto text = read(spec);
  auto genesis = storage::parseStateFile(std::string_view(reinterpret_cast<const char*>(text.data()), text.size()));
  REQUIRE(genesis.has_value());
  auto runtime = engine::Runtime::load(genesis.value().top.at({':', 'c', 'o', 'd', 'e'}));
  REQUIRE(runtime.has_value());
  auto report = chain::buildBlock(*runtime.value(), genesis.value(), [] { chain::BlockPlan p; p.transfers = 5; return p; }());
  REQUIRE_MESSAGE(report.has_value(), (report ? "" : report.error()));
  CHECK(report.value().header.number == 1);
  CHECK(report.value().inherents == 1);
  CHECK(report.value().transfers_ok == 5);
  CHECK(report.value().calls.back().method == "Core_execute_block");
  CHECK(report.value().header.state_root != report.value().genesis.state_root);
}

TEST_CASE("Gosemble: genesis from GenesisBuilder_build_config, then block 1 with 3 transfers") {
  const std::string path = kPeers + "/gosemble_poa_template_v101.wasm";
  if (!std::filesystem::exists(path)) {
    MESSAGE("skipped: " << path << " not found");
    return;
  }
  const auto code = read(path);
  auto runtime = engine::Runtime::load(code);
  REQUIRE(runtime.has_value());
  // //Alice (sr25519 and ed25519) and //Bob, SS58 with the generic prefix 42.
  const std::string alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
  const std::string alice_ed = "5FA9nQDVg267DEd8m1ZypXLBnvN7SFxYwV7ndqSYGiN9TTpu";
  const std::string bob = "5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty";
  const std::string config =
      R"({"system":{},"session":{"keys":[[")" + alice + R"(",")" + alice + R"(",{"aura":")" + alice +
      R"(","grandpa":")" + alice_ed + R"("}]]},"aura":{"authorities":[]},"grandpa":{"authorities":[]},)"
      R"("balances":{"balances":[[")" + alice + R"(",1000000000000000000],[")" + bob +
      R"(",1000000000000000000]]},"transactionPayment":{"multiplier":"1"},"sudo":{"key":")" + alice + R"("}})";
  engine::Externalities ext;
  auto built = runtime.value()->call("GenesisBuilder_build_config",
                                     rt::codec::encode(std::vector<uint8_t>(config.begin(), config.end())), ext);
  REQUIRE_MESSAGE(built.has_value(), (built ? "" : built.error()));
  CHECK(built.value().output == std::vector<uint8_t>{0x00});  // Ok(())
  storage::StateFile genesis;
  genesis.top = ext.storage.view({});
  genesis.top[{':', 'c', 'o', 'd', 'e'}] = code;
  auto report = chain::buildBlock(*runtime.value(), genesis, [] { chain::BlockPlan p; p.transfers = 3; return p; }());
  REQUIRE_MESSAGE(report.has_value(), (report ? "" : report.error()));
  CHECK(report.value().transfers_ok == 3);
}

TEST_CASE("this runtime, both GC builds: block 1 with the timestamp inherent, imported; a bad root is rejected") {
  std::optional<chain::Hash> extrinsics_root;
  for (const char* gc : {"host_heap", "conservative"}) {
    CAPTURE(gc);
    const auto code = read(std::string(RT_ARTIFACT_DIR) + "/runtime-" + gc + ".wasm");
    auto runtime = engine::Runtime::load(code);
    REQUIRE(runtime.has_value());
    storage::StateFile genesis;
    genesis.top[{':', 'c', 'o', 'd', 'e'}] = code;
    auto report = chain::buildBlock(*runtime.value(), genesis, [] { chain::BlockPlan p; p.transfers = 0; return p; }());
    REQUIRE_MESSAGE(report.has_value(), (report ? "" : report.error()));
    CHECK(report.value().inherents == 1);
    CHECK(report.value().header.number == 1);
    if (extrinsics_root) CHECK(report.value().header.extrinsics_root == *extrinsics_root);
    extrinsics_root = report.value().header.extrinsics_root;

    // The same block with a wrong state root: Core_execute_block must fail.
    chain::Header bad = report.value().header;
    bad.state_root[0] ^= 1;
    std::vector<chain::Bytes> extrinsics;
    {
      // The block body is the encoding after the header.
      const auto header_len = chain::encodeHeader(report.value().header).size();
      const chain::Bytes body(report.value().block.begin() + static_cast<long>(header_len), report.value().block.end());
      chain::Bytes block = chain::encodeHeader(bad);
      block.insert(block.end(), body.begin(), body.end());
      engine::Externalities ext;
      ext.storage = storage::Overlay(genesis.top);
      auto r = runtime.value()->call("Core_execute_block", block, ext);
      REQUIRE(!r.has_value());
      CHECK(r.error().find("Storage root must match") != std::string::npos);
    }
  }
}

namespace {

/// A genesis for this runtime: //Alice endowed (System.Account with one provider and 10^18 free,
/// Balances.TotalIssuance), and `code` as :code.
storage::StateFile ownGenesis(const std::vector<uint8_t>& code) {
  auto alice = crypto::sr25519FromUri("//Alice");
  REQUIRE(alice.has_value());
  const auto& id = alice.value().public_key;
  const auto prefix = [](std::string_view pallet, std::string_view item) {
    std::vector<uint8_t> k;
    const auto a = hashing::twox128(std::span(reinterpret_cast<const uint8_t*>(pallet.data()), pallet.size()));
    const auto b = hashing::twox128(std::span(reinterpret_cast<const uint8_t*>(item.data()), item.size()));
    k.insert(k.end(), a.begin(), a.end());
    k.insert(k.end(), b.begin(), b.end());
    return k;
  };
  const unsigned __int128 endowment = 1'000'000'000'000'000'000ULL;
  auto u128 = [](unsigned __int128 v) {
    std::vector<uint8_t> out(16);
    for (int i = 0; i < 16; ++i) out[static_cast<size_t>(i)] = static_cast<uint8_t>(v >> (8 * i));
    return out;
  };
  std::vector<uint8_t> account_key = prefix("System", "Account");
  const auto h = hashing::blake2b128(id);
  account_key.insert(account_key.end(), h.begin(), h.end());
  account_key.insert(account_key.end(), id.begin(), id.end());
  // AccountInfo { nonce 0, consumers 0, providers 1, sufficients 0,
  //               data: { free, reserved 0, frozen 0, flags: IS_NEW_LOGIC } }
  std::vector<uint8_t> info = {0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0};
  for (auto part : {u128(endowment), u128(0), u128(0), u128(static_cast<unsigned __int128>(1) << 127)}) {
    info.insert(info.end(), part.begin(), part.end());
  }
  storage::StateFile genesis;
  genesis.top[account_key] = info;
  genesis.top[prefix("Balances", "TotalIssuance")] = u128(endowment);
  genesis.top[{':', 'c', 'o', 'd', 'e'}] = code;
  return genesis;
}

}  // namespace

TEST_CASE("this runtime, both GC builds: 100 signed transfers in one block, identical roots, imported") {
  const auto host_heap_code = read(std::string(RT_ARTIFACT_DIR) + "/runtime-host_heap.wasm");
  const storage::StateFile genesis = ownGenesis(host_heap_code);  // one genesis for both builds
  chain::BlockPlan plan;
  plan.transfers = 100;
  plan.known = chain::BlockPlan::Known{2, 3,
                                       {"CheckNonZeroSender", "CheckSpecVersion", "CheckTxVersion", "CheckGenesis",
                                        "CheckMortality", "CheckNonce", "CheckWeight", "ChargeTransactionPayment"}};
  std::optional<chain::BlockReport> built;
  for (const char* gc : {"host_heap", "conservative"}) {
    CAPTURE(gc);
    auto runtime = engine::Runtime::load(read(std::string(RT_ARTIFACT_DIR) + "/runtime-" + gc + ".wasm"));
    REQUIRE(runtime.has_value());
    auto report = chain::buildBlock(*runtime.value(), genesis, plan);
    REQUIRE_MESSAGE(report.has_value(), (report ? "" : report.error()));
    CHECK(report.value().transfers_ok == 100);
    if (!built) {
      built = std::move(report).value();
      continue;
    }
    // sr25519 signatures are randomized, so each build signed different bytes: the state roots
    // agree, and the other build imports the first build's very block (both roots checked).
    CHECK(report.value().header.state_root == built->header.state_root);
    engine::Externalities ext;
    ext.storage = storage::Overlay(genesis.top);
    auto imported = runtime.value()->call("Core_execute_block", built->block, ext);
    CHECK_MESSAGE(imported.has_value(), (imported ? "" : imported.error()));
  }
}
