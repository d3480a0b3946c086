// SPDX-License-Identifier: Apache-2.0
// The executive suites' mock runtime: a chain whose genesis hash is known (System.BlockHash(0),
// the parent hash block 1 is initialized on), signers of each MultiSignature scheme built with the
// host crypto library, signed v4 extrinsics assembled exactly as a wallet does (call ++ extra ++
// additional_signed, blake2-256 when longer than 256 bytes), FRAME's fee and priority formulas for
// this runtime's parameters, and System.Events decoded independently of the runtime's encoders.
//
// FRAME references (paritytech/polkadot-sdk):
//   substrate/frame/executive/src/lib.rs (apply_extrinsic_with_mode, validate_transaction)
//   substrate/frame/system/src/extensions/*.rs (CheckNonce, CheckMortality, CheckWeight, ...)
//   substrate/frame/transaction-payment/src/lib.rs (compute_fee_details, get_priority) and
//   payment.rs (FungibleAdapter: Withdraw before dispatch, refund only when non-zero)
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "balances/balances_fixture.hpp"
#include "host/crypto/from_uri.hpp"
#include "host/hashing/blake2b.hpp"
#include "pallets/balances/balances.hpp"
#include "pallets/system/accounts.hpp"
#include "pallets/system/system.hpp"
#include "pallets/timestamp/timestamp.hpp"
#include "pallets/transaction_payment/transaction_payment.hpp"
#include "runtime/executive.hpp"
#include "runtime/primitives/era.hpp"
#include "runtime/primitives/multi_signature.hpp"
#include "runtime/primitives/signed_extensions.hpp"
#include "runtime/primitives/transaction_validity.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"
#include "runtime/version.hpp"

namespace rt::pallets::test::exec {

namespace crypto = rt::hostlib::crypto;
using p::InvalidTransaction;
using p::TransactionValidityError;
using p::UnknownTransaction;
using Bytes = std::vector<uint8_t>;

// --- this runtime's parameters, as FRAME's node-template sets them ---

/// ExtrinsicBaseWeight (frame_support::weights::constants, 125 µs): the base fee with IdentityFee.
inline constexpr Balance kBaseFee = 125'000'000;
/// BlockWeights::with_sensible_defaults(2 s, 75 %): max_block ref_time.
inline constexpr uint64_t kMaxBlockRefTime = 2'000'000'000'000ULL;
/// Normal class max_total: 75 % of the block.
inline constexpr uint64_t kMaxNormalRefTime = kMaxBlockRefTime / 4 * 3;
/// BlockLength::max_with_normal_ratio(5 MiB, 75 %): the Normal class's length limit.
inline constexpr uint64_t kMaxNormalLength = 3'932'160;
/// BlockExecutionWeight (frame_support::weights::constants, 5 ms): `base_block`.
inline constexpr uint64_t kBlockExecutionRefTime = 5'000'000'000ULL;
/// The genesis hash of the test chain (System.BlockHash(0)).
inline const p::H256 kGenesis = p::H256::repeatByte(0x47);

// --- signers ---

/// A key of any MultiSignature scheme: its account id and a signing function.
struct Signer {
  p::SignatureScheme scheme = p::SignatureScheme::Sr25519;
  p::AccountId32 account;
  std::function<Bytes(std::span<const uint8_t>)> sign;

  /// A MultiSignature of this signer over `message`.
  p::MultiSignature signatureOver(std::span<const uint8_t> message) const {
    const Bytes s = sign(message);
    auto sig = p::MultiSignature::create(scheme, s);
    REQUIRE(sig.has_value());
    return sig.value();
  }
};

/// sr25519 from a secret URI: the account is the public key.
inline Signer sr25519Signer(std::string_view uri) {
  auto pair = crypto::sr25519FromUri(uri);
  REQUIRE(pair.has_value());
  Signer s;
  s.scheme = p::SignatureScheme::Sr25519;
  std::copy(pair.value().public_key.begin(), pair.value().public_key.end(), s.account.bytes.begin());
  s.sign = [kp = pair.value()](std::span<const uint8_t> m) {
    const auto sig = crypto::sr25519::sign(kp, m);
    return Bytes(sig.begin(), sig.end());
  };
  return s;
}

/// ed25519 from a secret URI: the account is the public key.
inline Signer ed25519Signer(std::string_view uri) {
  auto pair = crypto::ed25519FromUri(uri);
  REQUIRE(pair.has_value());
  Signer s;
  s.scheme = p::SignatureScheme::Ed25519;
  std::copy(pair.value().public_key.begin(), pair.value().public_key.end(), s.account.bytes.begin());
  s.sign = [kp = pair.value()](std::span<const uint8_t> m) {
    const auto sig = crypto::ed25519::sign(kp, m);
    return Bytes(sig.begin(), sig.end());
  };
  return s;
}

/// ecdsa from a secret URI: the account is blake2_256(compressed public key) (MultiSigner::Ecdsa's
/// IdentifyAccount), the signature recoverable over blake2_256(message).
inline Signer ecdsaSigner(std::string_view uri) {
  auto pair = crypto::ecdsaFromUri(uri);
  REQUIRE(pair.has_value());
  Signer s;
  s.scheme = p::SignatureScheme::Ecdsa;
  const auto h = rt::hostlib::hashing::blake2b256(pair.value().public_key);
  std::copy(h.begin(), h.end(), s.account.bytes.begin());
  s.sign = [kp = pair.value()](std::span<const uint8_t> m) {
    const auto sig = crypto::ecdsa::sign(kp, m);
    return Bytes(sig.begin(), sig.end());
  };
  return s;
}

// --- calls ---

/// Balances::transfer_keep_alive(dest, value).
inline Bytes transferKeepAlive(const p::AccountId32& dest, Balance value) {
  Bytes call{balances::kIndex, balances::kTransferKeepAlive};
  const auto args = destValue(dest, value);
  call.insert(call.end(), args.begin(), args.end());
  return call;
}
/// Balances::transfer_allow_death(dest, value).
inline Bytes transferAllowDeath(const p::AccountId32& dest, Balance value) {
  Bytes call{balances::kIndex, balances::kTransferAllowDeath};
  const auto args = destValue(dest, value);
  call.insert(call.end(), args.begin(), args.end());
  return call;
}
/// Balances::transfer_keep_alive(MultiAddress::Raw(raw), value): decodes, fails its lookup.
inline Bytes transferToRaw(const Bytes& raw, Balance value) {
  Bytes call{balances::kIndex, balances::kTransferKeepAlive};
  call.push_back(2);  // MultiAddress::Raw
  const auto len = codec::encode(codec::Compact<uint32_t>{static_cast<uint32_t>(raw.size())});
  call.insert(call.end(), len.begin(), len.end());
  call.insert(call.end(), raw.begin(), raw.end());
  putCompact(call, value);
  return call;
}
/// The declared weight of a Balances call (its arguments after the two index bytes).
inline p::Weight balancesWeight(const Bytes& call) {
  return balances::callWeight(call[1], std::span<const uint8_t>(call).subspan(2));
}

// --- signed extrinsics ---

/// What a wallet puts in (extra) and signs beside (additional_signed) a transaction.
struct TxParams {
  p::Era era = p::Era::immortal();
  uint32_t nonce = 0;
  Balance tip = 0;
  uint32_t spec_version = runtime::kRuntimeVersion.spec_version;
  uint32_t transaction_version = runtime::kRuntimeVersion.transaction_version;
  p::H256 genesis = kGenesis;
  /// CheckMortality's implicit: the birth block's hash (the genesis hash when immortal).
  std::optional<p::H256> birth_hash;

  TxParams withEra(p::Era e, p::H256 birth) const { auto c = *this; c.era = e; c.birth_hash = birth; return c; }
  TxParams withNonce(uint32_t n) const { auto c = *this; c.nonce = n; return c; }
  TxParams withTip(Balance t) const { auto c = *this; c.tip = t; return c; }
  TxParams withSpecVersion(uint32_t v) const { auto c = *this; c.spec_version = v; return c; }
  TxParams withTransactionVersion(uint32_t v) const { auto c = *this; c.transaction_version = v; return c; }
  TxParams withGenesis(p::H256 g) const { auto c = *this; c.genesis = g; return c; }
};

/// The bytes a signer signs: call ++ extra ++ additional_signed, hashed when over 256 bytes.
inline Bytes signingMessage(const Bytes& call, const TxParams& t) {
  const auto extra = p::SignedExtra::of(t.era, t.nonce, t.tip);
  p::SignedExtraAdditional add;
  add.spec_version = t.spec_version;
  add.transaction_version = t.transaction_version;
  add.genesis_hash = t.genesis;
  add.mortality_block_hash = t.birth_hash.value_or(t.genesis);
  const auto payload = p::signedPayload(call, extra, add);
  if (!payload.needsHashing()) return payload.bytes;
  const auto h = rt::hostlib::hashing::blake2b256(payload.bytes);
  return Bytes(h.begin(), h.end());
}

/// A signed v4 extrinsic of `call` by `signer` (sent as `address`, the signer's account by
/// default), with `signature` replaced when given.
inline Bytes signedTx(const Signer& signer, const Bytes& call, const TxParams& t = {},
                      std::optional<p::AccountId32> address = std::nullopt,
                      std::optional<p::MultiSignature> signature = std::nullopt) {
  const auto extra = p::SignedExtra::of(t.era, t.nonce, t.tip);
  const auto sig = signature ? *signature : signer.signatureOver(signingMessage(call, t));
  return p::encodeSignedExtrinsic(p::DefaultAddress::fromId(address.value_or(signer.account)), sig, extra, call);
}

// --- FRAME's formulas ---

/// compute_fee_details(len, info, tip).final_fee() with IdentityFee and multiplier 1.
inline Balance frameFee(size_t len, const p::Weight& weight, Balance tip) {
  return kBaseFee + Balance{len} + Balance{weight.ref_time} + tip;
}

/// ChargeTransactionPayment::get_priority for a Normal-class transaction.
inline uint64_t framePriority(size_t len, const p::Weight& weight, Balance tip) {
  const uint64_t ref = std::clamp<uint64_t>(weight.ref_time, 1, kMaxBlockRefTime);
  const uint64_t proof = std::max<uint64_t>(weight.proof_size, 1);
  // max_block = (2 s, u64::MAX); checked_div_per_component takes the smaller quotient.
  const uint64_t per_weight = std::min(kMaxBlockRefTime / ref, ~uint64_t{0} / proof);
  const uint64_t per_length = kMaxNormalLength / std::clamp<uint64_t>(len, 1, kMaxNormalLength);
  const Balance scaled = (tip + 1) * Balance{std::min(per_weight, per_length)};
  return scaled > Balance{~uint64_t{0}} ? ~uint64_t{0} : static_cast<uint64_t>(scaled);
}

/// A CheckNonce tag: SCALE of (AccountId32, u32).
inline Bytes nonceTag(const p::AccountId32& who, uint32_t nonce) {
  Bytes out(who.bytes.begin(), who.bytes.end());
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<uint8_t>(nonce >> (8 * i)));
  return out;
}

// --- results ---

inline TransactionValidityError invalidTx(InvalidTransaction::Kind k) {
  return TransactionValidityError(InvalidTransaction::of(k));
}
inline TransactionValidityError unknownTx(UnknownTransaction::Kind k) {
  return TransactionValidityError(UnknownTransaction::of(k));
}
/// A TransactionValidityError for failure messages.
inline std::string describeTx(const TransactionValidityError& e) {
  const bool inv = e.kind == TransactionValidityError::Kind::Invalid;
  return std::string(inv ? "Invalid(" : "Unknown(") +
         std::to_string(inv ? static_cast<int>(e.invalid.kind) : static_cast<int>(e.unknown.kind)) + ") " +
         p::toString(e);
}

/// CHECK that an ApplyExtrinsicResult / TransactionValidity failed with `expected`.
#define RT_CHECK_TX_ERROR(result, expected)                                                      \
  do {                                                                                           \
    const auto& rt_tx_r = (result);                                                              \
    REQUIRE_MESSAGE(!rt_tx_r.has_value(), "expected " << describeTx(expected) << ", got success"); \
    CHECK_MESSAGE((rt_tx_r.error() == (expected)),                                               \
                  "got " << describeTx(rt_tx_r.error()) << ", expected " << describeTx(expected)); \
  } while (0)

// --- System.Events, decoded ---

/// System's DispatchEventInfo in FRAME (weight, class, pays_fee): variant 0 of System carries it.
inline Bytes dispatchEventInfo(const p::Weight& weight, p::DispatchClass cls = p::DispatchClass::Normal,
                               p::Pays pays = p::Pays::Yes) {
  Bytes out = codec::encode(weight);
  out.push_back(static_cast<uint8_t>(cls));
  out.push_back(static_cast<uint8_t>(pays));
  return out;
}

/// One event record: the pallet, the body (variant and fields) and, for System's dispatch events,
/// the DispatchError's and info's bytes separately.
struct Rec {
  uint8_t pallet = 0;
  uint8_t variant = 0;
  Bytes body;        ///< variant ++ fields
  Bytes error;       ///< ExtrinsicFailed's DispatchError encoding
  Bytes info;        ///< ExtrinsicSuccess/Failed's dispatch info encoding
  p::Phase phase;
};

/// Layouts of System's dispatch info this decoder accepts: FRAME's DispatchEventInfo, or the
/// full DispatchInfo (call_weight, extension_weight, class, pays_fee).
enum class InfoLayout { Frame, FullDispatchInfo };

inline std::optional<std::vector<Rec>> parseEvents(const Bytes& bytes, InfoLayout layout) {
  std::vector<Rec> out;
  codec::Decoder d(bytes);
  uint32_t count = 0;
  d(codec::asCompact(count));
  for (uint32_t i = 0; i < count && d.ok(); ++i) {
    Rec r;
    d(r.phase);
    d(r.pallet);
    const size_t start = d.offset();
    r.variant = d.takeByte();
    auto infoBytes = [&]() {
      const size_t s = d.offset();
      if (layout == InfoLayout::Frame) {
        p::Weight w;
        p::DispatchClass c{};
        p::Pays pays{};
        d(w, c, pays);
      } else {
        p::DispatchInfo info;
        d(info);
      }
      return Bytes(bytes.begin() + static_cast<std::ptrdiff_t>(s), bytes.begin() + static_cast<std::ptrdiff_t>(d.offset()));
    };
    if (r.pallet == system::kIndex) {
      if (r.variant == 0) {
        r.info = infoBytes();
      } else if (r.variant == 1) {
        const size_t s = d.offset();
        p::DispatchError err;
        d(err);
        r.error.assign(bytes.begin() + static_cast<std::ptrdiff_t>(s), bytes.begin() + static_cast<std::ptrdiff_t>(d.offset()));
        r.info = infoBytes();
      } else {
        (void)d.take(32);
      }
    } else if (r.pallet == balances::kIndex) {
      (void)d.take(balancesFieldsSize(r.variant));
    } else if (r.pallet == transaction_payment::kIndex && r.variant == 0) {
      (void)d.take(32 + 16 + 16);  // TransactionFeePaid { who, actual_fee, tip }
    } else {
      return std::nullopt;
    }
    if (!d.ok()) return std::nullopt;
    r.body.assign(bytes.begin() + static_cast<std::ptrdiff_t>(start), bytes.begin() + static_cast<std::ptrdiff_t>(d.offset()));
    std::vector<p::H256> topics;
    d(topics);
    out.push_back(std::move(r));
  }
  if (!d.ok() || d.remaining() != 0) return std::nullopt;
  return out;
}

/// System.Events, in whichever dispatch-info layout decodes the whole value (FRAME's first).
inline std::vector<Rec> records() {
  auto raw = host::storage::get(system::kEventsKey);
  if (!raw) return {};
  const Bytes bytes(raw->begin(), raw->end());
  auto r = parseEvents(bytes, InfoLayout::Frame);
  if (!r) r = parseEvents(bytes, InfoLayout::FullDispatchInfo);
  REQUIRE_MESSAGE(r.has_value(), "System.Events does not decode");
  CHECK(r->size() == system::EventCount::get());
  return *r;
}

/// The events as `Event`s (pallet, body), System's dispatch events reduced to their variant so
/// that sequences compare independently of the dispatch-info layout.
inline std::vector<Event> eventKinds() {
  std::vector<Event> out;
  for (const auto& r : records()) {
    if (r.pallet == system::kIndex && r.variant <= 1) out.push_back(Event{r.pallet, {r.variant}});
    else out.push_back(Event{r.pallet, r.body});
  }
  return out;
}

inline Event extrinsicSuccessKind() { return Event{system::kIndex, {0}}; }
inline Event extrinsicFailedKind() { return Event{system::kIndex, {1}}; }
/// TransactionPayment.TransactionFeePaid { who, actual_fee, tip }.
inline Event feePaidEv(const p::AccountId32& who, Balance actual_fee, Balance tip) {
  Event e{transaction_payment::kIndex, {0}};
  putAccount(e.body, who);
  putU128(e.body, actual_fee);
  putU128(e.body, tip);
  return e;
}

// --- the chain ---

/// A chain whose genesis (block 0, hash kGenesis) endowed `endowed`, at block 1 (initialized on
/// top of kGenesis).
struct ExecChain : Chain {
  explicit ExecChain(std::initializer_list<std::pair<p::AccountId32, Balance>> endowed = {}) {
    for (const auto& [who, amount] : endowed) balances::deposit(who, amount);
    startBlock(1, kGenesis);
  }
  ExecChain(std::vector<std::pair<p::AccountId32, Balance>> endowed, bool start) {
    for (const auto& [who, amount] : endowed) balances::deposit(who, amount);
    if (start) startBlock(1, kGenesis);
  }
  /// Core_initialize_block for block `number` on `parent`.
  void startBlock(uint32_t number, const p::H256& parent) {
    p::Header<> header;
    header.number = number;
    header.parent_hash = parent;
    runtime::executive::initializeBlock(header);
  }
  /// The whole state.
  hostlib::storage::State state() const { return ext.storage.view({}); }
};

/// 1 DOT-ish: plenty for fees (a transfer's fee is about 3 * 10^8).
inline constexpr Balance kRich = 1'000'000'000'000ULL;

}  // namespace rt::pallets::test::exec
