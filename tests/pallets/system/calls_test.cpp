// SPDX-License-Identifier: Apache-2.0
// frame_system's calls, after FRAME's substrate/frame/system/src/tests.rs: remark (any origin),
// remark_with_event (Remarked), set_heap_pages, set_code (can_set_code's version checks against a
// real wasm blob read through the host's runtime_version), set_code_without_checks, the raw
// storage calls, the authorize / apply upgrade pair; origins and errors leave storage unchanged;
// declared weights and classes; LastRuntimeUpgrade.
#include "sudo/call_fixture.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using rt::support::Origin;
namespace codec = rt::codec;
namespace support = rt::support;
using Kind = p::DispatchError::Kind;

namespace {

/// A chain at block 1 (acc(1) endowed), calling System.
struct SystemChain : BalancesChain {
  SystemChain() : BalancesChain({{acc(1), 10'000}}) {}
  p::PostDispatchInfo post;
  support::DispatchResult call(const Origin& origin, uint8_t index, const Bytes& args) {
    return system::dispatch(origin, index, args, post);
  }
};

Bytes vecArg(const Bytes& v) { return codec::encode(v); }

/// RuntimeEnvironmentUpdated is the digest's last item.
bool lastLogIsEnvironmentUpdated() {
  const auto digest = system::Digest::get();
  return !digest.logs.empty() && digest.logs.back() == p::DigestItem::runtimeEnvironmentUpdated();
}

}  // namespace

TEST_CASE("remark: any origin, no effect") {
  SystemChain chain;
  const auto before = chain.ext.storage.view({});
  for (const Origin& o : {Origin::root(), Origin::signedBy(acc(1)), Origin::none()}) {
    REQUIRE(chain.call(o, system::kRemark, vecArg(bytesOf("hello"))).has_value());
  }
  CHECK(chain.ext.storage.view({}) == before);
  CHECK(chain.post == p::PostDispatchInfo{});
  CHECK(!chain.call(Origin::root(), system::kRemark, Bytes{0x08, 1}).has_value());  // truncated Vec
}

TEST_CASE("remark_with_event: Remarked { sender, blake2_256(remark) }; signed only") {
  SystemChain chain;
  REQUIRE(chain.call(Origin::signedBy(acc(3)), system::kRemarkWithEvent, vecArg(bytesOf("gm"))).has_value());
  CHECK(runtimeEvents() == std::vector<Event>{remarked(acc(3), "gm")});
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), system::kRemarkWithEvent, vecArg(bytesOf("gm"))), kindError(Kind::BadOrigin));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), system::kRemarkWithEvent, vecArg(bytesOf("gm"))), kindError(Kind::BadOrigin));
}

TEST_CASE("set_heap_pages: :heappages as u64 LE and RuntimeEnvironmentUpdated; Root only") {
  SystemChain chain;
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), system::kSetHeapPages, codec::encode(uint64_t{42})),
                 kindError(Kind::BadOrigin));
  REQUIRE(chain.call(Origin::root(), system::kSetHeapPages, codec::encode(uint64_t{42})).has_value());
  CHECK(rawGet(":heappages") == Bytes{42, 0, 0, 0, 0, 0, 0, 0});
  CHECK(lastLogIsEnvironmentUpdated());
  CHECK(runtimeEvents().empty());
}

TEST_CASE("set_storage, kill_storage, kill_prefix: raw keys; Root only") {
  SystemChain chain;
  std::vector<std::pair<Bytes, Bytes>> items{{bytesOf("k1"), bytesOf("v1")}, {bytesOf("k2"), bytesOf("v2")}, {bytesOf("x"), bytesOf("v3")}};
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), system::kSetStorage, codec::encode(items)), kindError(Kind::BadOrigin));
  REQUIRE(chain.call(Origin::root(), system::kSetStorage, codec::encode(items)).has_value());
  CHECK(rawGet("k1") == bytesOf("v1"));
  CHECK(rawGet("k2") == bytesOf("v2"));
  CHECK(rawGet("x") == bytesOf("v3"));

  const std::vector<Bytes> keys{bytesOf("x")};
  const auto mid = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, mid, chain.call(Origin::none(), system::kKillStorage, codec::encode(keys)), kindError(Kind::BadOrigin));
  REQUIRE(chain.call(Origin::root(), system::kKillStorage, codec::encode(keys)).has_value());
  CHECK(!rawGet("x").has_value());
  CHECK(rawGet("k1").has_value());

  Bytes kill_prefix = vecArg(bytesOf("k"));
  append(kill_prefix, codec::encode(uint32_t{10}));
  const auto mid2 = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, mid2, chain.call(Origin::signedBy(acc(1)), system::kKillPrefix, kill_prefix), kindError(Kind::BadOrigin));
  REQUIRE(chain.call(Origin::root(), system::kKillPrefix, kill_prefix).has_value());
  CHECK(!rawGet("k1").has_value());
  CHECK(!rawGet("k2").has_value());
}

TEST_CASE("set_code: a newer version of this runtime is written to :code, CodeUpdated, max block weight") {
  SystemChain chain;
  const Bytes code = runtimeWithVersion(rt::runtime::kRuntimeVersion.spec_name, rt::runtime::kRuntimeVersion.spec_version + 1);
  REQUIRE(chain.call(Origin::root(), system::kSetCode, vecArg(code)).has_value());
  CHECK(rawGet(":code") == code);
  CHECK(lastLogIsEnvironmentUpdated());
  CHECK(runtimeEvents() == std::vector<Event>{codeUpdated()});
  CHECK(chain.post.actual_weight == system::kMaxBlockWeight);
  CHECK(chain.post.pays_fee == p::Pays::Yes);
}

TEST_CASE("set_code: can_set_code's errors and the origin leave storage unchanged") {
  SystemChain chain;
  const auto& current = rt::runtime::kRuntimeVersion;
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), system::kSetCode, vecArg(bytesOf("not wasm"))),
                 systemError(system::Error::FailedToExtractRuntimeVersion));
  // Core_version returning something that is not a RuntimeVersion.
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), system::kSetCode, vecArg(versionModule(Bytes{1, 2, 3}))),
                 systemError(system::Error::FailedToExtractRuntimeVersion));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), system::kSetCode, vecArg(runtimeWithVersion("other-runtime", current.spec_version + 1))),
                 systemError(system::Error::InvalidSpecName));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), system::kSetCode, vecArg(runtimeWithVersion(current.spec_name, current.spec_version))),
                 systemError(system::Error::SpecVersionNeedsToIncrease));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::root(), system::kSetCode, vecArg(runtimeWithVersion(current.spec_name, current.spec_version - 1))),
                 systemError(system::Error::SpecVersionNeedsToIncrease));
  const Bytes good = runtimeWithVersion(current.spec_name, current.spec_version + 1);
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), system::kSetCode, vecArg(good)), kindError(Kind::BadOrigin));
  CHECK(chain.post == p::PostDispatchInfo{});
}

TEST_CASE("set_code_without_checks: any code, Root only") {
  SystemChain chain;
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), system::kSetCodeWithoutChecks, vecArg(bytesOf("junk"))),
                 kindError(Kind::BadOrigin));
  REQUIRE(chain.call(Origin::root(), system::kSetCodeWithoutChecks, vecArg(bytesOf("junk"))).has_value());
  CHECK(rawGet(":code") == bytesOf("junk"));
  CHECK(runtimeEvents() == std::vector<Event>{codeUpdated()});
  CHECK(chain.post.actual_weight == system::kMaxBlockWeight);
}

TEST_CASE("authorize_upgrade(_without_checks): AuthorizedUpgrade and UpgradeAuthorized; Root only") {
  SystemChain chain;
  const p::H256 hash = p::H256::repeatByte(7);
  const auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(1)), system::kAuthorizeUpgrade, codec::encode(hash)), kindError(Kind::BadOrigin));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), system::kAuthorizeUpgradeWithoutChecks, codec::encode(hash)), kindError(Kind::BadOrigin));
  REQUIRE(chain.call(Origin::root(), system::kAuthorizeUpgrade, codec::encode(hash)).has_value());
  CHECK(system::AuthorizedUpgrade::get() == system::CodeUpgradeAuthorization{hash, true});
  REQUIRE(chain.call(Origin::root(), system::kAuthorizeUpgradeWithoutChecks, codec::encode(hash)).has_value());
  CHECK(system::AuthorizedUpgrade::get() == system::CodeUpgradeAuthorization{hash, false});
  CHECK(runtimeEvents() == std::vector<Event>{upgradeAuthorized(hash, true), upgradeAuthorized(hash, false)});
}

TEST_CASE("apply_authorized_upgrade: NothingAuthorized, Unauthorized, version checks; any origin, free when valid") {
  SystemChain chain;
  const auto& current = rt::runtime::kRuntimeVersion;
  const Bytes good = runtimeWithVersion(current.spec_name, current.spec_version + 1);
  const Bytes old = runtimeWithVersion(current.spec_name, current.spec_version);
  auto before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), system::kApplyAuthorizedUpgrade, vecArg(good)),
                 systemError(system::Error::NothingAuthorized));

  REQUIRE(chain.call(Origin::root(), system::kAuthorizeUpgrade, codec::encode(hashOf(old))).has_value());
  before = chain.ext.storage.view({});
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::none(), system::kApplyAuthorizedUpgrade, vecArg(good)),
                 systemError(system::Error::Unauthorized));
  RT_ASSERT_NOOP(chain, before, chain.call(Origin::signedBy(acc(2)), system::kApplyAuthorizedUpgrade, vecArg(old)),
                 systemError(system::Error::SpecVersionNeedsToIncrease));
  CHECK(chain.post.pays_fee == p::Pays::Yes);

  // Without checks the same code goes through, from an unsigned origin.
  REQUIRE(chain.call(Origin::root(), system::kAuthorizeUpgradeWithoutChecks, codec::encode(hashOf(old))).has_value());
  const auto validated = system::validateAuthorizedUpgrade(old);
  REQUIRE(validated.has_value());
  CHECK(validated.value() == hashOf(old));
  REQUIRE(chain.call(Origin::none(), system::kApplyAuthorizedUpgrade, vecArg(old)).has_value());
  CHECK(rawGet(":code") == old);
  CHECK(!system::AuthorizedUpgrade::exists());
  CHECK(chain.post.pays_fee == p::Pays::No);
  CHECK(chain.post.actual_weight == system::kMaxBlockWeight);
  CHECK(runtimeEvents().back() == codeUpdated());

  // With checks, a valid newer version from a signed origin.
  REQUIRE(chain.call(Origin::root(), system::kAuthorizeUpgrade, codec::encode(hashOf(good))).has_value());
  REQUIRE(chain.call(Origin::signedBy(acc(2)), system::kApplyAuthorizedUpgrade, vecArg(good)).has_value());
  CHECK(rawGet(":code") == good);
  CHECK(!system::AuthorizedUpgrade::exists());
}

TEST_CASE("declared weights and classes (SubstrateWeight, RocksDbWeight)") {
  using W = p::Weight;
  const auto info = [](uint8_t index, const Bytes& args) { return system::callInfo(index, args); };
  CHECK(info(system::kRemark, vecArg(Bytes(10, 0))).call_weight == W{2'119'000 + 3'900, 0});
  CHECK(info(system::kRemark, vecArg({})).dispatch_class == p::DispatchClass::Normal);
  CHECK(info(system::kRemarkWithEvent, vecArg(Bytes(2, 0))).call_weight == W{8'097'000 + 2'910, 0});
  CHECK(info(system::kRemarkWithEvent, vecArg({})).dispatch_class == p::DispatchClass::Normal);
  CHECK(info(system::kSetHeapPages, codec::encode(uint64_t{1})).call_weight == W{4'782'000 + 225'000'000, 1485});
  CHECK(info(system::kSetHeapPages, codec::encode(uint64_t{1})).dispatch_class == p::DispatchClass::Operational);
  CHECK(info(system::kSetCode, vecArg({})).call_weight == W{87'586'619'000 + 225'000'000, 1485});
  CHECK(info(system::kSetCodeWithoutChecks, vecArg({})).dispatch_class == p::DispatchClass::Operational);
  const std::vector<std::pair<Bytes, Bytes>> two{{{1}, {2}}, {{3}, {4}}};
  CHECK(info(system::kSetStorage, codec::encode(two)).call_weight == W{2'175'000 + 2 * 841'511 + 200'000'000, 0});
  CHECK(info(system::kKillStorage, codec::encode(std::vector<Bytes>{{1}})).call_weight == W{2'255'000 + 662'473 + 100'000'000, 0});
  Bytes kp = vecArg({});
  append(kp, codec::encode(uint32_t{1}));  // subkeys + 1 = 2
  CHECK(info(system::kKillPrefix, kp).call_weight == W{4'270'000 + 2 * (1'389'650 + 125'000'000), 128 + 140});
  CHECK(info(system::kAuthorizeUpgrade, codec::encode(p::H256{})).call_weight == W{133'027'000, 0});
  CHECK(info(system::kAuthorizeUpgradeWithoutChecks, codec::encode(p::H256{})).dispatch_class == p::DispatchClass::Operational);
  CHECK(info(system::kApplyAuthorizedUpgrade, vecArg({})).call_weight == W{118'101'992'000 + 350'000'000, 1518});
  CHECK(info(system::kApplyAuthorizedUpgrade, vecArg({})).pays_fee == p::Pays::Yes);
  CHECK(system::callWeight(8, {}) == W{});  // do_task is not part of this runtime
}

TEST_CASE("decoding: exact arguments, prefix lengths, unknown indices") {
  CHECK(system::isValidCall(system::kRemark, vecArg(bytesOf("ab"))));
  Bytes trailing = vecArg(bytesOf("ab"));
  trailing.push_back(9);
  CHECK(!system::isValidCall(system::kRemark, trailing));
  CHECK(system::argsLength(system::kRemark, trailing) == 3);
  CHECK(system::argsLength(system::kAuthorizeUpgrade, Bytes(40, 0)) == 32);
  CHECK(!system::argsLength(system::kAuthorizeUpgrade, Bytes(31, 0)).has_value());
  CHECK(!system::isValidCall(8, {}));
  CHECK(!system::isValidCall(12, {}));
  SystemChain chain;
  const auto r = chain.call(Origin::root(), 12, {});
  REQUIRE(!r.has_value());
  CHECK(r.error().kind == Kind::Other);
}

TEST_CASE("runtimeUpgraded: LastRuntimeUpgrade follows this runtime's version") {
  SystemChain chain;
  CHECK(!system::LastRuntimeUpgrade::exists());
  CHECK(system::runtimeUpgraded());
  const auto last = system::LastRuntimeUpgrade::get();
  REQUIRE(last.has_value());
  CHECK(last->spec_version == rt::runtime::kRuntimeVersion.spec_version);
  CHECK(last->spec_name == std::string(rt::runtime::kRuntimeVersion.spec_name));
  CHECK(!system::runtimeUpgraded());
  system::LastRuntimeUpgrade::put(system::LastRuntimeUpgradeInfo{rt::runtime::kRuntimeVersion.spec_version - 1, last->spec_name});
  CHECK(system::runtimeUpgraded());
  // Compact spec_version, then the name.
  const Bytes raw = codec::encode(system::LastRuntimeUpgradeInfo{100, "ab"});
  CHECK(raw == Bytes{0x91, 0x01, 0x08, 'a', 'b'});
}
