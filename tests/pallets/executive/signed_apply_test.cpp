// SPDX-License-Identifier: Apache-2.0
// BlockBuilder_apply_extrinsic with signed transactions that are included: the signature of each
// MultiSignature scheme, CheckNonce's increment, ChargeTransactionPayment's exact fee (base + length
// + weight + tip, withdrawn before the dispatch, burned after it), the events in the order FRAME
// deposits them (Balances.Withdraw, the call's events, TransactionFeePaid, System.ExtrinsicSuccess)
// and a failing dispatch, which is still included: Ok(Err), fee charged, nonce incremented,
// ExtrinsicFailed.
// FRAME: substrate/frame/executive/src/lib.rs `apply_extrinsic_with_mode`,
// substrate/frame/transaction-payment/src/{lib.rs,payment.rs}, substrate/frame/system/src/lib.rs
// `note_applied_extrinsic`.
#include "executive/executive_fixture.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using namespace rt::pallets::test::exec;
using balances::freeBalance;
using balances::TotalIssuance;
namespace executive = rt::runtime::executive;

TEST_SUITE("executive: signed transactions applied") {
  TEST_CASE("a signed transfer_keep_alive of each scheme: Ok(Ok), nonce + 1, exact fee burned, FRAME's events") {
    for (const Signer& signer : {sr25519Signer("//Alice"), ed25519Signer("//Alice"), ecdsaSigner("//Alice")}) {
      CAPTURE(static_cast<int>(signer.scheme));
      ExecChain chain({{signer.account, kRich}, {acc(2), 1'000}});
      const auto call = transferKeepAlive(acc(2), 5'000);
      const auto x = signedTx(signer, call);
      const Balance fee = frameFee(x.size(), balancesWeight(call), 0);
      const Balance issuance = TotalIssuance::get();

      const auto r = executive::applyExtrinsic(x);
      REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
      CHECK(r.value().has_value());
      CHECK(system::accountNonce(signer.account) == 1);
      CHECK(freeBalance(signer.account) == kRich - 5'000 - fee);  // amount + fee, exactly
      CHECK(freeBalance(acc(2)) == 6'000);
      CHECK(TotalIssuance::get() == issuance - fee);  // FungibleAdapter<Balances, ()>: burned
      CHECK(eventKinds() == std::vector<Event>{withdrawEv(signer.account, fee), transferEv(signer.account, acc(2), 5'000),
                                              feePaidEv(signer.account, fee, 0), extrinsicSuccessKind()});
      CHECK(system::extrinsicIndex() == 1);
      CHECK(system::ExtrinsicData::get(0) == x);
      checkIssuance(chain);
    }
  }

  TEST_CASE("a transfer creating the destination: Withdraw, NewAccount, Endowed, Transfer, TransactionFeePaid, ExtrinsicSuccess") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto call = transferAllowDeath(acc(9), 10'000);
    const auto x = signedTx(alice, call);
    const Balance fee = frameFee(x.size(), balancesWeight(call), 0);
    const auto r = executive::applyExtrinsic(x);
    REQUIRE(r.has_value());
    CHECK(r.value().has_value());
    CHECK(eventKinds() == std::vector<Event>{withdrawEv(alice.account, fee), newAccount(acc(9)), endowed(acc(9), 10'000),
                                            transferEv(alice.account, acc(9), 10'000), feePaidEv(alice.account, fee, 0),
                                            extrinsicSuccessKind()});
    CHECK(freeBalance(alice.account) == kRich - 10'000 - fee);
    checkIssuance(chain);
  }

  TEST_CASE("the tip is charged on top of the fee and reported in TransactionFeePaid") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}, {acc(2), 1'000}});
    const Balance tip = 7'777'777;
    const auto call = transferKeepAlive(acc(2), 1);
    TxParams t;
    t.tip = tip;
    const auto x = signedTx(alice, call, t);
    const Balance fee = frameFee(x.size(), balancesWeight(call), tip);
    const Balance issuance = TotalIssuance::get();
    const auto r = executive::applyExtrinsic(x);
    REQUIRE(r.has_value());
    CHECK(r.value().has_value());
    CHECK(freeBalance(alice.account) == kRich - 1 - fee);
    CHECK(TotalIssuance::get() == issuance - fee);
    CHECK(eventKinds() == std::vector<Event>{withdrawEv(alice.account, fee), transferEv(alice.account, acc(2), 1),
                                            feePaidEv(alice.account, fee, tip), extrinsicSuccessKind()});
  }

  TEST_CASE("consecutive nonces apply; replaying the first is Stale and changes nothing") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}, {acc(2), 1'000}});
    const auto x0 = signedTx(alice, transferKeepAlive(acc(2), 10), TxParams{}.withNonce(0));
    const auto x1 = signedTx(alice, transferKeepAlive(acc(2), 20), TxParams{}.withNonce(1));
    REQUIRE(executive::applyExtrinsic(x0).has_value());
    REQUIRE(executive::applyExtrinsic(x1).has_value());
    CHECK(system::accountNonce(alice.account) == 2);
    CHECK(freeBalance(acc(2)) == 1'030);
    CHECK(system::extrinsicIndex() == 2);
    const auto before = chain.state();
    RT_CHECK_TX_ERROR(executive::applyExtrinsic(x0), invalidTx(InvalidTransaction::Kind::Stale));
    CHECK(chain.state() == before);
  }

  TEST_CASE("a payload over 256 bytes is signed as its blake2-256 hash") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto call = transferToRaw(Bytes(300, 0xAB), 1);
    const auto x = signedTx(alice, call);
    REQUIRE(p::signedPayloadFromParts(call, {}, {}).needsHashing());
    const auto r = executive::applyExtrinsic(x);
    REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
    // The lookup of MultiAddress::Raw fails at dispatch (AccountIdLookup): included, Ok(Err).
    REQUIRE(!r.value().has_value());
    RT_CHECK_ERROR(r.value().error(), kindError(p::DispatchError::Kind::CannotLookup));
  }

  TEST_CASE("a failing dispatch is included: Ok(Err), fee charged, nonce + 1, ExtrinsicFailed") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}, {acc(2), kRich}});
    const auto call = transferAllowDeath(acc(2), kRich);  // more than what is left after the fee
    const auto x = signedTx(alice, call);
    const Balance fee = frameFee(x.size(), balancesWeight(call), 0);
    const Balance issuance = TotalIssuance::get();
    const auto r = executive::applyExtrinsic(x);
    REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
    REQUIRE(!r.value().has_value());
    RT_CHECK_ERROR(r.value().error(), tokenError(p::TokenError::FundsUnavailable));
    CHECK(system::accountNonce(alice.account) == 1);
    CHECK(freeBalance(alice.account) == kRich - fee);
    CHECK(freeBalance(acc(2)) == kRich);
    CHECK(TotalIssuance::get() == issuance - fee);
    CHECK(eventKinds() ==
          std::vector<Event>{withdrawEv(alice.account, fee), feePaidEv(alice.account, fee, 0), extrinsicFailedKind()});
    const auto recs = records();
    REQUIRE(!recs.empty());
    CHECK(recs.back().error == rt::codec::encode(r.value().error()));
    checkIssuance(chain);
  }

  // frame_system::note_applied_extrinsic deposits
  // ExtrinsicSuccess { dispatch_info: DispatchEventInfo { weight, class, pays_fee } } with
  // weight = extract_actual_weight(r, &info) + BlockWeights.get(class).base_extrinsic
  // (substrate/frame/system/src/lib.rs; the DispatchEventInfo of the transaction-extension era).
  TEST_CASE("ExtrinsicSuccess / ExtrinsicFailed carry FRAME's DispatchEventInfo: actual weight + base_extrinsic") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}, {acc(2), kRich}});
    const auto ok_call = transferKeepAlive(acc(2), 1);
    REQUIRE(executive::applyExtrinsic(signedTx(alice, ok_call, TxParams{}.withNonce(0))).has_value());
    const auto bad_call = transferAllowDeath(acc(2), kRich);
    REQUIRE(executive::applyExtrinsic(signedTx(alice, bad_call, TxParams{}.withNonce(1))).has_value());
    const auto recs = records();
    REQUIRE(recs.size() >= 2);
    const p::Weight base{transaction_payment::kExtrinsicBaseWeight};
    std::vector<Bytes> infos;
    for (const auto& r : recs) {
      if (r.pallet == system::kIndex && r.variant <= 1) infos.push_back(r.info);
    }
    REQUIRE(infos.size() == 2);
    std::string got;
    for (uint8_t b : infos[0]) got += std::to_string(b) + " ";
    INFO("ExtrinsicSuccess dispatch info bytes: " << got);
    CHECK(infos[0] == dispatchEventInfo(balancesWeight(ok_call).saturatingAdd(base)));
    CHECK(infos[1] == dispatchEventInfo(balancesWeight(bad_call).saturatingAdd(base)));
  }

  TEST_CASE("an inherent (Timestamp::set) applies unsigned: Ok(Ok), ExtrinsicSuccess, no fee") {
    ExecChain chain;
    const auto x = p::encodeUnsignedExtrinsic(timestamp::setCall(6'000));
    const auto r = executive::applyExtrinsic(x);
    REQUIRE(r.has_value());
    CHECK(r.value().has_value());
    CHECK(eventKinds() == std::vector<Event>{extrinsicSuccessKind()});
  }

  // Executive::initialize_block registers on_initialize's weight + BlockWeights.base_block
  // (BlockExecutionWeight, 5 ms) as Mandatory (substrate/frame/executive/src/lib.rs
  // `initialize_block_impl`): BlockWeight is part of the state root.
  TEST_CASE("initialize_block registers base_block (BlockExecutionWeight) as Mandatory weight") {
    ExecChain chain;
    CHECK(system::BlockWeight::get().mandatory.ref_time >= kBlockExecutionRefTime);
  }
}
