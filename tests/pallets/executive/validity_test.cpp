// SPDX-License-Identifier: Apache-2.0
// Transactions that are not includable: every TransactionValidityError FRAME's executive and
// signed extensions return, from BlockBuilder_apply_extrinsic (with the state left exactly as it
// was) and from TaggedTransactionQueue_validate_transaction, plus what validate_transaction
// returns for valid transactions (CheckNonce's tags, CheckMortality's longevity,
// ChargeTransactionPayment's priority).
// FRAME: substrate/frame/executive/src/lib.rs (apply_extrinsic_with_mode, validate_transaction),
// substrate/primitives/runtime/src/generic/unchecked_extrinsic.rs (check: BadProof),
// substrate/frame/system/src/extensions/{check_non_zero_sender,check_mortality,check_nonce,
// check_weight}.rs, substrate/frame/transaction-payment/src/{lib.rs,payment.rs}.
#include "executive/executive_fixture.hpp"

using namespace rt::pallets;
using namespace rt::pallets::test;
using namespace rt::pallets::test::exec;
using balances::freeBalance;
namespace executive = rt::runtime::executive;
using Kind = InvalidTransaction::Kind;

namespace {

const p::H256 kBest = p::H256::repeatByte(0xBE);  // the block validate_transaction builds on

/// apply fails with `expected` and leaves the state exactly unchanged.
void checkApplyNoop(ExecChain& chain, const Bytes& x, const TransactionValidityError& expected) {
  const auto before = chain.state();
  RT_CHECK_TX_ERROR(executive::applyExtrinsic(x), expected);
  CHECK(chain.state() == before);
}

}  // namespace

TEST_SUITE("executive: invalid transactions") {
  TEST_CASE("BadProof: wrong signature, other genesis / spec_version / transaction_version, wrong signer, wrong scheme") {
    const auto alice = sr25519Signer("//Alice");
    const auto bob = sr25519Signer("//Bob");
    ExecChain chain({{alice.account, kRich}, {bob.account, kRich}});
    const auto call = transferKeepAlive(acc(2), 1'000);
    const auto bad = invalidTx(Kind::BadProof);

    std::vector<std::pair<const char*, Bytes>> cases;
    // A signature over another message.
    cases.emplace_back("signature over another call",
                       signedTx(alice, call, {}, std::nullopt, alice.signatureOver(signingMessage(transferKeepAlive(acc(2), 1'001), {}))));
    cases.emplace_back("other genesis hash", signedTx(alice, call, TxParams{}.withGenesis(p::H256::repeatByte(1))));
    cases.emplace_back("spec_version + 1", signedTx(alice, call, TxParams{}.withSpecVersion(rt::runtime::kRuntimeVersion.spec_version + 1)));
    cases.emplace_back("transaction_version + 1",
                       signedTx(alice, call, TxParams{}.withTransactionVersion(rt::runtime::kRuntimeVersion.transaction_version + 1)));
    cases.emplace_back("signed by Bob, sent as Alice", signedTx(bob, call, {}, alice.account));
    {
      // The sr25519 signature bytes tagged as ed25519.
      auto sig = alice.signatureOver(signingMessage(call, {}));
      sig.scheme = p::SignatureScheme::Ed25519;
      cases.emplace_back("sr25519 signature tagged Ed25519", signedTx(alice, call, {}, std::nullopt, sig));
    }
    {
      auto sig = alice.signatureOver(signingMessage(call, {}));
      sig.storage[10] ^= 1;
      cases.emplace_back("one bit flipped", signedTx(alice, call, {}, std::nullopt, sig));
    }
    {
      // An ecdsa signature by a key whose account is not the sender.
      const auto eve = ecdsaSigner("//Eve");
      cases.emplace_back("ecdsa key of another account",
                         signedTx(eve, call, {}, alice.account));
    }
    {
      // The mortal era's birth block hash: signed over genesis instead of BlockHash(birth).
      chain.startBlock(2, p::H256::repeatByte(0x01));  // BlockHash(1) = 0x0101..
      cases.emplace_back("mortal era signed with the wrong birth hash",
                         signedTx(alice, call, TxParams{}.withEra(p::Era::mortal(64, 1), kGenesis)));
    }
    for (const auto& [name, x] : cases) {
      CAPTURE(name);
      checkApplyNoop(chain, x, bad);
    }
    for (const auto& [name, x] : cases) {
      CAPTURE(name);
      RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), bad);
    }
  }

  TEST_CASE("Stale: a nonce below the account's, in apply and validate") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    system::incAccountNonce(alice.account);
    system::incAccountNonce(alice.account);
    const auto x = signedTx(alice, transferKeepAlive(acc(2), 1'000), TxParams{}.withNonce(1));
    checkApplyNoop(chain, x, invalidTx(Kind::Stale));
    RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), invalidTx(Kind::Stale));
  }

  TEST_CASE("Future: invalid in apply, valid in the pool with requires (who, nonce - 1)") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    system::incAccountNonce(alice.account);  // account nonce 1
    const auto call = transferKeepAlive(acc(2), 1'000);
    const auto x = signedTx(alice, call, TxParams{}.withNonce(3));
    checkApplyNoop(chain, x, invalidTx(Kind::Future));
    CHECK_MESSAGE(!system::ExtrinsicData::contains(0), "a Future transaction left System.ExtrinsicData(0) behind");

    const auto v = executive::validateTransaction(x, kBest);
    REQUIRE_MESSAGE(v.has_value(), describeTx(v.error()));
    CHECK(v.value().requires_tags == std::vector<Bytes>{nonceTag(alice.account, 2)});
    CHECK(v.value().provides_tags == std::vector<Bytes>{nonceTag(alice.account, 3)});
    // Immortal: CheckMortality's longevity is death (u64::MAX) - current, current = 2 here.
    CHECK(v.value().longevity == ~uint64_t{0} - 2);
    CHECK(v.value().propagate);
    CHECK(v.value().priority == framePriority(x.size(), balancesWeight(call), 0));
    // The tag is SCALE (AccountId32, u32): 32 bytes then the little-endian nonce.
    REQUIRE(v.value().provides_tags[0].size() == 36);
    CHECK(v.value().provides_tags[0][32] == 3);
  }

  TEST_CASE("validate_transaction of the next nonce: provides (who, nonce), requires nothing") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto call = transferKeepAlive(acc(2), 1'000);
    const auto x = signedTx(alice, call, TxParams{}.withTip(5));
    const auto v = executive::validateTransaction(x, kBest);
    REQUIRE_MESSAGE(v.has_value(), describeTx(v.error()));
    CHECK(v.value().requires_tags.empty());
    CHECK(v.value().provides_tags == std::vector<Bytes>{nonceTag(alice.account, 0)});
    CHECK(v.value().priority == framePriority(x.size(), balancesWeight(call), 5));
    // validate_transaction builds on `block_hash` as the next block: BlockHash(number - 1).
    CHECK(system::Number::get() == 2);
    CHECK(system::BlockHash::get(1) == kBest);
  }

  // get_priority bounds the length by BlockLength.max.get(class) (Normal: 75 % of 5 MiB), not by
  // the whole 5 MiB (substrate/frame/transaction-payment/src/lib.rs `get_priority`).
  TEST_CASE("priority of a long transaction: tip scaled by max per block, the Normal class's length limit") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto call = transferToRaw(Bytes(2'000, 0x11), 1);  // decodes; its lookup would fail at dispatch
    const auto x = signedTx(alice, call, TxParams{}.withTip(9));
    const auto v = executive::validateTransaction(x, kBest);
    REQUIRE_MESSAGE(v.has_value(), describeTx(v.error()));
    // Length-bound: 3'932'160 / len < 2e12 / weight.
    REQUIRE(kMaxNormalLength / x.size() < kMaxBlockRefTime / balancesWeight(call).ref_time);
    CHECK(v.value().priority == framePriority(x.size(), balancesWeight(call), 9));
  }

  TEST_CASE("Payment: no account, or a fee that would reap the payer") {
    const auto alice = sr25519Signer("//Alice");
    const auto charlie = sr25519Signer("//Charlie");
    const auto call = transferKeepAlive(acc(2), 0);
    const Bytes probe = signedTx(alice, call);
    const Balance fee = frameFee(probe.size(), balancesWeight(call), 0);
    {
      // An account that does not exist: CheckNonce (no provider) -> Payment.
      ExecChain chain({{alice.account, kRich}});
      const auto x = signedTx(charlie, call);
      checkApplyNoop(chain, x, invalidTx(Kind::Payment));
      RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), invalidTx(Kind::Payment));
    }
    {
      // FungibleAdapter::can_withdraw_fee / withdraw (Preserve): the fee may not take the payer
      // below the existential deposit.
      ExecChain chain({{alice.account, fee + kEd - 1}});
      checkApplyNoop(chain, probe, invalidTx(Kind::Payment));
      RT_CHECK_TX_ERROR(executive::validateTransaction(probe, kBest), invalidTx(Kind::Payment));
    }
    {
      ExecChain chain({{alice.account, fee + kEd}});
      const auto r = executive::applyExtrinsic(probe);
      REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
      CHECK(freeBalance(alice.account) == kEd);
    }
  }

  // CheckedExtrinsic::apply runs validate_and_prepare: every extension's validate (CheckWeight,
  // ChargeTransactionPayment's can_withdraw_fee) before any prepare, and CheckNonce returns Future
  // only from prepare (check_nonce.rs). A future transaction that cannot pay is Payment.
  TEST_CASE("apply: a later extension's validate error wins over CheckNonce's Future (validate before prepare)") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, 1'000}});
    const auto x = signedTx(alice, transferKeepAlive(acc(2), 1), TxParams{}.withNonce(5));
    checkApplyNoop(chain, x, invalidTx(Kind::Payment));
  }

  TEST_CASE("AncientBirthBlock: a mortal era whose birth block hash is not recorded") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}}, /*start=*/false);
    // Block 100 on parent 0x99..: BlockHash(99) recorded, and the genesis hash kept.
    system::BlockHash::insert(0, kGenesis);
    const p::H256 parent = p::H256::repeatByte(0x99);
    chain.startBlock(100, parent);
    const auto call = transferKeepAlive(acc(2), 1'000);
    // Era::mortal(64, 10) at block 100: birth 74, never recorded here.
    const auto ancient = signedTx(alice, call, TxParams{}.withEra(p::Era::mortal(64, 10), p::H256::repeatByte(0x74)));
    checkApplyNoop(chain, ancient, invalidTx(Kind::AncientBirthBlock));
    // A birth block not yet reached (block 100 is being built: BlockHash(100) does not exist).
    const auto unborn = signedTx(alice, call, TxParams{}.withEra(p::Era::mortal(64, 100), parent));
    checkApplyNoop(chain, unborn, invalidTx(Kind::AncientBirthBlock));

    // Born at 99: applicable now.
    const auto born = signedTx(alice, call, TxParams{}.withEra(p::Era::mortal(64, 99), parent));
    const auto r = executive::applyExtrinsic(born);
    REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
    CHECK(r.value().has_value());
    RT_CHECK_TX_ERROR(executive::validateTransaction(ancient, kBest), invalidTx(Kind::AncientBirthBlock));
  }

  TEST_CASE("a mortal era valid for the current block: longevity = death - current") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}}, /*start=*/false);
    system::BlockHash::insert(0, kGenesis);
    const p::H256 parent = p::H256::repeatByte(0x99);
    chain.startBlock(100, parent);
    const auto era = p::Era::mortal(64, 99);  // period 64, phase 35: birth 99, death 163
    const auto x = signedTx(alice, transferKeepAlive(acc(2), 1'000), TxParams{}.withEra(era, parent));
    // validate_transaction runs as block 101 on top of `kBest` (BlockHash(100) = kBest).
    const auto v = executive::validateTransaction(x, kBest);
    REQUIRE_MESSAGE(v.has_value(), describeTx(v.error()));
    CHECK(era.birth(101) == 99);
    CHECK(v.value().longevity == era.death(101) - 101);
    CHECK(v.value().longevity == 62);
  }

  // CheckNonZeroSender::validate: BadSigner for the all-zero account. Its signature must verify
  // first (UncheckedExtrinsic::check): the identity is a valid ristretto255 public key, for which
  // (R = s·B, s) verifies over any message, which is why the extension exists.
  TEST_CASE("BadSigner: the all-zero sender with a signature that verifies for it") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    // R = 1·B (the ristretto255 base point), s = 1 with schnorrkel's marker bit.
    const std::array<uint8_t, 32> base = {0xe2, 0xf2, 0xae, 0x0a, 0x6a, 0xbc, 0x4e, 0x71, 0xa8, 0x84, 0xa9,
                                          0x61, 0xc5, 0x00, 0x51, 0x5f, 0x58, 0xe3, 0x0b, 0x6a, 0xa5, 0x82,
                                          0xdd, 0x8d, 0xb6, 0xa6, 0x59, 0x45, 0xe0, 0x8d, 0x2d, 0x76};
    Bytes sig(base.begin(), base.end());
    sig.push_back(1);
    sig.resize(64, 0);
    sig[63] |= 0x80;
    auto forged = p::MultiSignature::create(p::SignatureScheme::Sr25519, sig);
    REQUIRE(forged.has_value());
    const auto call = transferKeepAlive(acc(2), 1);
    const auto x = signedTx(alice, call, {}, p::AccountId32{}, forged.value());
    checkApplyNoop(chain, x, invalidTx(Kind::BadSigner));
    RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), invalidTx(Kind::BadSigner));
  }

  // UncheckedExtrinsic::check verifies the signature before any extension runs: a zero sender
  // whose signature does not verify is BadProof, not BadSigner.
  TEST_CASE("the all-zero sender with a signature that does not verify: BadProof (signature first)") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto call = transferKeepAlive(acc(2), 1);
    const auto x = signedTx(alice, call, {}, p::AccountId32{});
    checkApplyNoop(chain, x, invalidTx(Kind::BadProof));
  }

  TEST_CASE("ExhaustsResources: the Normal class's block weight or length would be exceeded") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto call = transferKeepAlive(acc(2), 1'000);
    const auto x = signedTx(alice, call);
    // CheckWeight: the extrinsic's weight is its total weight + base_extrinsic.
    const uint64_t ext = balancesWeight(call).ref_time + transaction_payment::kExtrinsicBaseWeight.ref_time;
    auto w = system::BlockWeight::get();
    w.normal.ref_time = kMaxNormalRefTime - ext + 1;
    system::BlockWeight::put(w);
    checkApplyNoop(chain, x, invalidTx(Kind::ExhaustsResources));

    w.normal.ref_time = 0;
    system::BlockWeight::put(w);
    system::AllExtrinsicsLen::put(static_cast<uint32_t>(kMaxNormalLength - x.size() + 1));
    checkApplyNoop(chain, x, invalidTx(Kind::ExhaustsResources));

    // Exactly at both limits: included.
    w.normal.ref_time = kMaxNormalRefTime - ext;
    system::BlockWeight::put(w);
    system::AllExtrinsicsLen::put(static_cast<uint32_t>(kMaxNormalLength - x.size()));
    const auto r = executive::applyExtrinsic(x);
    REQUIRE_MESSAGE(r.has_value(), describeTx(r.error()));
    CHECK(system::BlockWeight::get().normal.ref_time == kMaxNormalRefTime);
    CHECK(system::AllExtrinsicsLen::get() == kMaxNormalLength);
  }

  TEST_CASE("unsigned: a non-inherent has no validator; an inherent is MandatoryValidation in the pool") {
    ExecChain chain;
    const auto unsigned_transfer = p::encodeUnsignedExtrinsic(transferKeepAlive(acc(2), 1));
    checkApplyNoop(chain, unsigned_transfer, unknownTx(UnknownTransaction::Kind::NoUnsignedValidator));
    RT_CHECK_TX_ERROR(executive::validateTransaction(unsigned_transfer, kBest),
                      unknownTx(UnknownTransaction::Kind::NoUnsignedValidator));
    const auto inherent = p::encodeUnsignedExtrinsic(timestamp::setCall(6'000));
    RT_CHECK_TX_ERROR(executive::validateTransaction(inherent, kBest), invalidTx(Kind::MandatoryValidation));
  }

  TEST_CASE("malformed extrinsics are Invalid(Call), never a trap, and change nothing") {
    const auto alice = sr25519Signer("//Alice");
    ExecChain chain({{alice.account, kRich}});
    const auto good = signedTx(alice, transferKeepAlive(acc(2), 1'000));
    std::vector<std::pair<const char*, Bytes>> cases;
    cases.emplace_back("empty input", Bytes{});
    cases.emplace_back("length prefix only (0)", Bytes{0x00});
    cases.emplace_back("truncated (last byte dropped)", Bytes(good.begin(), good.end() - 1));
    {
      Bytes x = good;
      x.push_back(0);
      cases.emplace_back("trailing byte after the extrinsic", x);
    }
    {
      Bytes x = good;
      x[0] = static_cast<uint8_t>(x[0] + 4);  // single-byte compact: length + 1
      cases.emplace_back("length prefix one too long", x);
    }
    cases.emplace_back("non-canonical / oversized length prefix", Bytes{0xff, 0xff, 0xff, 0xff, 0x04, 0x01, 0x00});
    {
      Bytes x = good;
      const size_t prefix = rt::codec::compactSize(static_cast<uint32_t>(good.size()));
      x[prefix] = 0x85;  // signed, version 5
      cases.emplace_back("version byte 0x85", x);
      x[prefix] = 0x05;
      cases.emplace_back("version byte 0x05", x);
    }
    cases.emplace_back("unknown pallet", p::encodeUnsignedExtrinsic(Bytes{0x09, 0x00}));
    cases.emplace_back("unknown Balances call", signedTx(alice, Bytes{balances::kIndex, 0x63}));
    {
      Bytes call = transferKeepAlive(acc(2), 1'000);
      call.push_back(0);
      cases.emplace_back("call with a trailing byte (signed)", signedTx(alice, call));
    }
    {
      Bytes call = transferKeepAlive(acc(2), 1'000);
      call.pop_back();
      cases.emplace_back("truncated call arguments (signed)", signedTx(alice, call));
    }
    cases.emplace_back("call of one byte", p::encodeUnsignedExtrinsic(Bytes{balances::kIndex}));
    {
      Bytes body{0x84, 0x00};
      body.insert(body.end(), alice.account.bytes.begin(), alice.account.bytes.end());
      body.push_back(0x07);  // MultiSignature variant 7
      cases.emplace_back("bad signature variant", p::lengthPrefixed(body));
    }
    for (const auto& [name, x] : cases) {
      CAPTURE(name);
      checkApplyNoop(chain, x, invalidTx(Kind::Call));
    }
    for (const auto& [name, x] : cases) {
      CAPTURE(name);
      RT_CHECK_TX_ERROR(executive::validateTransaction(x, kBest), invalidTx(Kind::Call));
    }
  }
}
