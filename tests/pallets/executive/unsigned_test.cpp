// SPDX-License-Identifier: Apache-2.0
// Unsigned (bare, non-inherent) transactions: the runtime's ValidateUnsigned as construct_runtime
// composes it. System validates apply_authorized_upgrade (priority 100, provides the code hash,
// immortal, propagated) and refuses its other calls with InvalidTransaction::Call; the other
// pallets have no unsigned validator. Applying runs pre_dispatch (the same validation) and
// CheckWeight's bare prepare, then the call with the None origin, without a fee.
// FRAME: substrate/frame/system/src/lib.rs (ValidateUnsigned for Pallet<T>),
// substrate/frame/executive/src/lib.rs (validate_transaction, apply_extrinsic),
// substrate/primitives/runtime/src/generic/checked_extrinsic.rs (apply, validate: bare).
#include "executive/executive_fixture.hpp"
#include "sudo/call_fixture.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using namespace rt::pallets::test::exec;
namespace executive = rt::runtime::executive;
using Kind = InvalidTransaction::Kind;

namespace {

const p::H256 kBest = p::H256::repeatByte(0xBE);

/// System::apply_authorized_upgrade(code).
Bytes applyAuthorizedUpgrade(const Bytes& code) {
  Bytes call{system::kIndex, system::kApplyAuthorizedUpgrade};
  const auto arg = rt::codec::encode(code);
  call.insert(call.end(), arg.begin(), arg.end());
  return call;
}

/// Authorizes `hash` (with the version check) as Root would, outside any extrinsic.
void authorize(const p::H256& hash) {
  p::PostDispatchInfo post;
  REQUIRE(system::dispatch(rt::support::Origin::root(), system::kAuthorizeUpgrade, rt::codec::encode(hash), post)
              .has_value());
}

}  // namespace

TEST_SUITE("executive: unsigned transactions") {
  TEST_CASE("apply_authorized_upgrade unsigned: valid in the pool, applied with the None origin, no fee") {
    ExecChain chain;
    const auto& current = rt::runtime::kRuntimeVersion;
    const Bytes code = runtimeWithVersion(current.spec_name, current.spec_version + 1);
    authorize(hashOf(code));
    const Bytes x = p::encodeUnsignedExtrinsic(applyAuthorizedUpgrade(code));

    const auto validity = executive::validateTransaction(x, kBest);
    REQUIRE(validity.has_value());
    CHECK(validity.value().priority == 100);
    CHECK(validity.value().requires_tags.empty());
    REQUIRE(validity.value().provides_tags.size() == 1);
    const auto hash = hashOf(code);
    CHECK(validity.value().provides_tags[0] == Bytes(hash.bytes.begin(), hash.bytes.end()));
    CHECK(validity.value().longevity == ~uint64_t{0});
    CHECK(validity.value().propagate);

    const auto issuance = balances::TotalIssuance::get();
    const auto applied = executive::applyExtrinsic(x);
    REQUIRE(applied.has_value());
    CHECK(applied.value().has_value());
    CHECK(rawGet(":code") == code);
    CHECK(!system::AuthorizedUpgrade::exists());
    CHECK(balances::TotalIssuance::get() == issuance);  // no fee was burned
    // Operational class: its weight is registered there.
    CHECK(system::BlockWeight::get().operational.ref_time > 0);
  }

  TEST_CASE("apply_authorized_upgrade unsigned without (or with another) authorization: Invalid(Call), nothing changes") {
    ExecChain chain;
    const auto& current = rt::runtime::kRuntimeVersion;
    const Bytes code = runtimeWithVersion(current.spec_name, current.spec_version + 1);
    const Bytes x = p::encodeUnsignedExtrinsic(applyAuthorizedUpgrade(code));
    auto before = chain.state();
    RT_CHECK_TX_ERROR(executive::applyExtrinsic(x), invalidTx(Kind::Call));
    CHECK(chain.state() == before);
    RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), invalidTx(Kind::Call));

    authorize(hashOf(runtimeWithVersion(current.spec_name, current.spec_version + 2)));
    before = chain.state();
    RT_CHECK_TX_ERROR(executive::applyExtrinsic(x), invalidTx(Kind::Call));
    CHECK(chain.state() == before);

    // Authorized, but the version check fails (same spec_version): also Invalid(Call).
    const Bytes same = runtimeWithVersion(current.spec_name, current.spec_version);
    authorize(hashOf(same));
    before = chain.state();
    RT_CHECK_TX_ERROR(executive::applyExtrinsic(p::encodeUnsignedExtrinsic(applyAuthorizedUpgrade(same))),
                      invalidTx(Kind::Call));
    CHECK(chain.state() == before);
  }

  TEST_CASE("other unsigned calls: System's are Invalid(Call), other pallets' have no validator") {
    ExecChain chain;
    Bytes remark{system::kIndex, system::kRemark, 0x04, 'h'};
    const Bytes x = p::encodeUnsignedExtrinsic(remark);
    const auto before = chain.state();
    RT_CHECK_TX_ERROR(executive::applyExtrinsic(x), invalidTx(Kind::Call));
    CHECK(chain.state() == before);
    RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), invalidTx(Kind::Call));
    const Bytes sudo_call{sudo::kIndex, 4};  // remove_key
    RT_CHECK_TX_ERROR(executive::validateTransaction(p::encodeUnsignedExtrinsic(sudo_call), kBest),
                      unknownTx(UnknownTransaction::Kind::NoUnsignedValidator));
  }
}
