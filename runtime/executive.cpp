// SPDX-License-Identifier: Apache-2.0
#include "runtime/executive.hpp"

#include <algorithm>
#include <tuple>

#include "codec/codec.hpp"
#include "pallets/balances/balances.hpp"
#include "pallets/sudo/sudo.hpp"
#include "pallets/system/calls.hpp"
#include "pallets/system/system.hpp"
#include "pallets/timestamp/timestamp.hpp"
#include "pallets/transaction_payment/transaction_payment.hpp"
#include "runtime/host/crypto.hpp"
#include "runtime/host/hashing.hpp"
#include "runtime/support/small_bytes.hpp"
#include "runtime/primitives/signed_extensions.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"
#include "runtime/version.hpp"
#include "rt/assert.hpp"

namespace rt::runtime::executive {
namespace {

namespace p = primitives;
using p::InvalidTransaction;
using p::TransactionValidityError;

TransactionValidityError invalid(InvalidTransaction::Kind k) { return TransactionValidityError(InvalidTransaction::of(k)); }

/// A RuntimeCall split into pallet index, call index and the arguments' bytes, with its
/// DispatchInfo (declared weight, class, pays).
struct Call {
  uint8_t pallet = 0;
  uint8_t index = 0;
  std::span<const uint8_t> args;
  uint64_t timestamp_now = 0;  ///< Timestamp::set's argument, decoded
  p::DispatchInfo info;
};

/// What Sudo needs of the runtime to handle its nested calls (declared in executive.hpp).
const pallets::sudo::RuntimeCalls kSudoCalls{&executive::callLength, &executive::callInfo, &executive::dispatchCall};

/// Splits the call's bytes and checks that its arguments decode exactly; unknown pallets/calls or
/// bad arguments fail.
rt::Result<Call, rt::Unit> decodeCall(std::span<const uint8_t> bytes) {
  if (bytes.size() < 2) return rt::Err(rt::Unit{});
  Call call;
  call.pallet = bytes[0];
  call.index = bytes[1];
  call.args = bytes.subspan(2);
  if (call.pallet == pallets::timestamp::kIndex && call.index == pallets::timestamp::kSetCallIndex) {
    codec::Decoder d(call.args);
    d(codec::asCompact(call.timestamp_now));
    if (!d.ok() || d.remaining() != 0) return rt::Err(rt::Unit{});
    // pallet_timestamp's weight for set() (substrate/frame/timestamp/src/weights.rs), Mandatory.
    call.info.call_weight = p::Weight{7'120'000, 1'493};
    call.info.dispatch_class = p::DispatchClass::Mandatory;
    return call;
  }
  if (call.pallet == pallets::balances::kIndex) {
    if (!pallets::balances::isValidCall(call.index, call.args)) return rt::Err(rt::Unit{});
    call.info.call_weight = pallets::balances::callWeight(call.index, call.args);
    return call;
  }
  if (call.pallet == pallets::system::kIndex) {
    if (!pallets::system::isValidCall(call.index, call.args)) return rt::Err(rt::Unit{});
    call.info = pallets::system::callInfo(call.index, call.args);
    return call;
  }
  if (call.pallet == pallets::sudo::kIndex) {
    if (!pallets::sudo::isValidCall(call.index, call.args, kSudoCalls)) return rt::Err(rt::Unit{});
    call.info = pallets::sudo::callInfo(call.index, call.args, kSudoCalls);
    return call;
  }
  return rt::Err(rt::Unit{});
}

bool isInherent(const Call& call) {
  return call.pallet == pallets::timestamp::kIndex && call.index == pallets::timestamp::kSetCallIndex;
}

/// Dispatches `call`; `post` receives what the call reports after running (FRAME's
/// DispatchResultWithPostInfo: actual weight, whether it pays).
support::DispatchResult dispatch(const support::Origin& origin, const Call& call, p::PostDispatchInfo& post) {
  if (call.pallet == pallets::timestamp::kIndex) return pallets::timestamp::set(origin, call.timestamp_now);
  if (call.pallet == pallets::balances::kIndex) return pallets::balances::dispatch(origin, call.index, call.args, post);
  if (call.pallet == pallets::system::kIndex) return pallets::system::dispatch(origin, call.index, call.args, post);
  if (call.pallet == pallets::sudo::kIndex) return pallets::sudo::dispatch(origin, call.index, call.args, post, kSudoCalls);
  return rt::Err(p::DispatchError::of(p::DispatchError::Kind::CannotLookup));
}

// --- the signed path: signature, then the signed extensions in the runtime's order ---

/// frame_system::limits for this runtime (node-template: 2 s of ref_time per block, 75 % of it
/// and of the 5 MiB block length for Normal-class extrinsics).
constexpr uint64_t kMaxBlockRefTime = 2'000'000'000'000ULL;
constexpr uint64_t kMaxNormalRefTime = kMaxBlockRefTime / 4 * 3;
constexpr uint32_t kMaxBlockLength = 5 * 1024 * 1024;
constexpr uint32_t kMaxNormalLength = kMaxBlockLength / 4 * 3;
/// frame_support's BlockExecutionWeight: importing a block with no extrinsics (5 ms).
constexpr uint64_t kBlockExecutionRefTime = 5'000'000'000ULL;

struct Checked {
  p::AccountId32 who;
  pallets::balances::Balance fee = 0;
  pallets::balances::Balance tip = 0;
  // What the checks read, for prepare() to write without reading again.
  pallets::system::AccountInfo account;
  pallets::system::PerDispatchClassWeight block_weight;
  bool operational = false;
  uint64_t extrinsic_ref_time = 0;
  uint32_t all_len = 0;
};

using SignedX = p::UncheckedExtrinsic<p::SignedExtra>;

/// UncheckedExtrinsic::check + the extensions' validate, reading only: nothing is written, so a
/// failure leaves storage as it was. prepare() then writes the effects (nonce, weight, fee).
/// The pass: validation (a future nonce is valid, with `requires`) or apply (every extension
/// validates, then CheckNonce's prepare rejects a future nonce: FRAME's validate_and_prepare order).
enum class Pass : uint8_t { kValidate, kApply };

rt::Result<Checked, TransactionValidityError> checkSigned(const SignedX& x, const Call& call, uint32_t len, Pass pass) {
  const auto& part = *x.signed_part;
  if (part.address.kind != p::MultiAddress<p::AccountId32, rt::Unit>::Kind::Id) {
    return rt::Err(TransactionValidityError(p::UnknownTransaction::of(p::UnknownTransaction::Kind::CannotLookup)));
  }
  Checked c;
  c.who = part.address.id;

  // additional_signed: spec and transaction versions, genesis hash, the era's birth block hash.
  const uint32_t now = pallets::system::Number::get();
  const p::Era& era = part.extra.era();
  const uint32_t birth = static_cast<uint32_t>(era.birth(now));
  if (!pallets::system::BlockHash::contains(birth)) return rt::Err(invalid(InvalidTransaction::Kind::AncientBirthBlock));
  p::SignedExtraAdditional additional;
  additional.spec_version = kRuntimeVersion.spec_version;
  additional.transaction_version = kRuntimeVersion.transaction_version;
  additional.genesis_hash = pallets::system::BlockHash::get(0);
  additional.mortality_block_hash = pallets::system::BlockHash::get(birth);
  // The signed payload, call ++ extra ++ additional (p::signedPayloadFromParts), built on the
  // stack; signed as its blake2-256 when longer than 256 bytes (SignedPayload::using_encoded).
  support::SmallBytes<512> payload;
  payload.append(x.call);
  payload.append(part.extra_bytes);
  payload.appendEncoded(additional);
  std::span<const uint8_t> message = payload.span();
  std::array<uint8_t, 32> hashed;
  if (payload.size() > p::kMaxUnhashedPayloadSize) {
    hashed = host::hashing::blake2_256(payload.span());
    message = hashed;
  }
  bool verified = false;
  const auto sig = part.signature.bytes();
  switch (part.signature.scheme) {
    case p::SignatureScheme::Sr25519: {
      std::array<uint8_t, 64> s;
      std::copy(sig.begin(), sig.end(), s.begin());
      verified = host::crypto::sr25519Verify(s, message, c.who.bytes);
      break;
    }
    case p::SignatureScheme::Ed25519: {
      std::array<uint8_t, 64> s;
      std::copy(sig.begin(), sig.end(), s.begin());
      verified = host::crypto::ed25519Verify(s, message, c.who.bytes);
      break;
    }
    case p::SignatureScheme::Ecdsa: {
      // The account is blake2_256 of the compressed public key the signature recovers to.
      std::array<uint8_t, 65> s;
      std::copy(sig.begin(), sig.end(), s.begin());
      const auto recovered = host::crypto::secp256k1RecoverCompressed(s, host::hashing::blake2_256(message));
      verified = recovered && host::hashing::blake2_256(*recovered) == c.who.bytes;
      break;
    }
    default:
      verified = false;
  }
  if (!verified) return rt::Err(invalid(InvalidTransaction::Kind::BadProof));
  // CheckNonZeroSender (an extension: after UncheckedExtrinsic::check verified the signature).
  if (c.who.isZero()) return rt::Err(invalid(InvalidTransaction::Kind::BadSigner));

  // CheckNonce.
  auto account = pallets::system::Account::get(c.who);
  if (account.providers == 0 && account.sufficients == 0) return rt::Err(invalid(InvalidTransaction::Kind::Payment));
  const uint32_t nonce = part.extra.nonce();
  if (nonce < account.nonce) return rt::Err(invalid(InvalidTransaction::Kind::Stale));

  // CheckWeight: the class's limit (Normal: 75 % of the block; Operational: the whole block).
  const auto block_weight = pallets::system::BlockWeight::get();
  const bool operational = call.info.dispatch_class == p::DispatchClass::Operational;
  const uint64_t extrinsic_ref_time = call.info.totalWeight().ref_time + pallets::transaction_payment::kExtrinsicBaseWeight.ref_time;
  const uint64_t class_used = operational ? block_weight.operational.ref_time : block_weight.normal.ref_time;
  if (class_used + extrinsic_ref_time > (operational ? kMaxBlockRefTime : kMaxNormalRefTime)) {
    return rt::Err(invalid(InvalidTransaction::Kind::ExhaustsResources));
  }
  const uint32_t all_len = pallets::system::AllExtrinsicsLen::get().value_or(0);
  if (static_cast<uint64_t>(all_len) + len > kMaxNormalLength) return rt::Err(invalid(InvalidTransaction::Kind::ExhaustsResources));

  // ChargeTransactionPayment.
  c.tip = part.extra.tip();
  c.fee = pallets::transaction_payment::computeFeeDetails(len, call.info, c.tip).finalFee();
  // FungibleAdapter::withdraw_fee's check: payable without reaping the payer or touching frozen funds.
  if (!pallets::balances::canWithdrawFee(c.who, c.fee)) return rt::Err(invalid(InvalidTransaction::Kind::Payment));
  // CheckNonce::prepare: only the current nonce can be applied.
  if (pass != Pass::kValidate && nonce > account.nonce) return rt::Err(invalid(InvalidTransaction::Kind::Future));

  c.account = account;
  c.block_weight = block_weight;
  c.operational = operational;
  c.extrinsic_ref_time = extrinsic_ref_time;
  c.all_len = all_len;
  return c;
}

/// The extensions' prepare after checkSigned(kApply) passed: CheckNonce increments the nonce,
/// CheckWeight registers weight and length, ChargeTransactionPayment withdraws the fee (which
/// canWithdrawFee already showed possible).
rt::Result<rt::Unit, TransactionValidityError> prepare(const Checked& c, const Call& call, uint32_t len) {
  auto account = c.account;
  account.nonce += 1;
  pallets::system::Account::insert(c.who, account);
  auto w = c.block_weight;
  auto& used = c.operational ? w.operational : w.normal;
  used.ref_time += c.extrinsic_ref_time;
  used.proof_size += call.info.totalWeight().proof_size;
  pallets::system::BlockWeight::put(w);
  pallets::system::AllExtrinsicsLen::put(c.all_len + len);
  if (!pallets::transaction_payment::withdrawFee(c.who, c.fee)) return rt::Err(invalid(InvalidTransaction::Kind::Payment));
  return rt::Unit{};
}

/// The runtime's ValidateUnsigned (what construct_runtime composes): System validates
/// apply_authorized_upgrade (frame_system's validate_unsigned: priority 100, provides the code
/// hash, immortal, propagated) and refuses its other calls with InvalidTransaction::Call; the
/// other pallets have no unsigned validator (UnknownTransaction::NoUnsignedValidator).
rt::Result<p::ValidTransaction, TransactionValidityError> validateUnsigned(const Call& call) {
  if (call.pallet != pallets::system::kIndex) {
    return rt::Err(TransactionValidityError(p::UnknownTransaction::of(p::UnknownTransaction::Kind::NoUnsignedValidator)));
  }
  if (call.index == pallets::system::kApplyAuthorizedUpgrade) {
    // The argument is a Vec<u8>: a compact length, then the code (read in place, not copied).
    codec::Decoder d(call.args);
    const size_t n = codec::decodeLength(d, 1);
    if (d.ok() && d.offset() + n == call.args.size()) {
      const auto hash = pallets::system::validateAuthorizedUpgrade(call.args.subspan(d.offset()));
      if (hash) {
        p::ValidTransaction valid;
        valid.priority = 100;
        valid.provides_tags.push_back(std::vector<uint8_t>(hash.value().bytes.begin(), hash.value().bytes.end()));
        valid.longevity = ~uint64_t{0};
        valid.propagate = true;
        return valid;
      }
    }
  }
  return rt::Err(invalid(InvalidTransaction::Kind::Call));
}

/// CheckWeight for a bare (unsigned, non-inherent) extrinsic: the call's weight plus the base
/// must fit its class's limit, and its length the block's; prepare() registers both.
rt::Result<rt::Unit, TransactionValidityError> checkBareWeight(const Call& call, uint32_t len, bool write) {
  const bool operational = call.info.dispatch_class == p::DispatchClass::Operational;
  const uint64_t ref_time = call.info.totalWeight().ref_time + pallets::transaction_payment::kExtrinsicBaseWeight.ref_time;
  auto w = pallets::system::BlockWeight::get();
  auto& used = operational ? w.operational : w.normal;
  if (used.ref_time + ref_time > (operational ? kMaxBlockRefTime : kMaxNormalRefTime)) {
    return rt::Err(invalid(InvalidTransaction::Kind::ExhaustsResources));
  }
  const uint32_t all_len = pallets::system::AllExtrinsicsLen::get().value_or(0);
  if (static_cast<uint64_t>(all_len) + len > (operational ? kMaxBlockLength : kMaxNormalLength)) {
    return rt::Err(invalid(InvalidTransaction::Kind::ExhaustsResources));
  }
  if (write) {
    used.ref_time += ref_time;
    used.proof_size += call.info.totalWeight().proof_size;
    pallets::system::BlockWeight::put(w);
    pallets::system::AllExtrinsicsLen::put(all_len + len);
  }
  return rt::Unit{};
}

uint8_t stateVersion() { return kRuntimeVersion.system_version; }

}  // namespace

void initializeBlock(const p::Header<>& header) {
  pallets::system::resetEvents();
  pallets::system::initialize(header.number, header.parent_hash, header.digest);
  // on_initialize hooks: none of this runtime's pallets has one yet. Their weight (0) and the
  // block's base weight (BlockExecutionWeight) are registered as Mandatory
  // (frame_executive's initialize_block_impl, register_extra_weight_unchecked).
  pallets::system::BlockWeight::mutate([](auto& w) { w.mandatory.ref_time += kBlockExecutionRefTime; });
  pallets::system::noteFinishedInitialize();
}

p::ApplyExtrinsicResult applyExtrinsic(std::span<const uint8_t> extrinsic) {
  auto split = p::splitExtrinsic<p::SignedExtra>(extrinsic);
  if (!split) return rt::Err(invalid(InvalidTransaction::Kind::Call));
  auto call = decodeCall(split.value().call);
  if (!call) return rt::Err(invalid(InvalidTransaction::Kind::Call));
  const auto len = static_cast<uint32_t>(extrinsic.size());

  if (split.value().isSigned()) {
    // Signature and signed extensions first: a failure here is an invalid transaction and the
    // block does not include it; every check runs before any write, so nothing changes.
    auto checked = checkSigned(split.value(), call.value(), len, Pass::kApply);
    if (!checked) return rt::Err(checked.error());
    pallets::system::noteExtrinsic(extrinsic);
    if (auto prepared = prepare(checked.value(), call.value(), len); !prepared) return rt::Err(prepared.error());
    p::PostDispatchInfo post;
    const support::DispatchResult result = dispatch(support::Origin::signedBy(checked.value().who), call.value(), post);
    // ChargeTransactionPayment::post_dispatch: the fee for the weight actually used (none when the
    // call waived it), the rest refunded, the fee burned, then TransactionFeePaid.
    const auto& c = checked.value();
    pallets::transaction_payment::Balance actual_fee = c.tip;
    if (post.pays_fee == p::Pays::Yes) {
      p::DispatchInfo actual_info = call.value().info;
      actual_info.call_weight = post.calcActualWeight(call.value().info);
      actual_info.extension_weight = p::Weight{};
      actual_fee = pallets::transaction_payment::computeFeeDetails(len, actual_info, c.tip).finalFee();
    }
    if (actual_fee > c.fee) actual_fee = c.fee;
    (void)pallets::balances::correctAndDepositFee(c.who, c.fee, actual_fee, c.tip);
    pallets::transaction_payment::notePaid(c.who, actual_fee, c.tip);
    pallets::system::noteAppliedExtrinsic(result, call.value().info);
    if (result) return p::DispatchOutcome(rt::Unit{});
    return p::DispatchOutcome(rt::Err(result.error()));
  }

  if (!isInherent(call.value())) {
    // An unsigned transaction: ValidateUnsigned::pre_dispatch, CheckWeight's bare prepare, then
    // the call with the None origin; no fee.
    if (auto valid = validateUnsigned(call.value()); !valid) return rt::Err(valid.error());
    if (auto fits = checkBareWeight(call.value(), len, false); !fits) return rt::Err(fits.error());
    pallets::system::noteExtrinsic(extrinsic);
    (void)checkBareWeight(call.value(), len, true);
    p::PostDispatchInfo post;
    const support::DispatchResult result = dispatch(support::Origin::none(), call.value(), post);
    pallets::system::noteAppliedExtrinsic(result, call.value().info);
    if (result) return p::DispatchOutcome(rt::Unit{});
    return p::DispatchOutcome(rt::Err(result.error()));
  }
  pallets::system::noteExtrinsic(extrinsic);
  // CheckWeight for the bare (inherent) extrinsic: Mandatory weight plus the base, and its length.
  pallets::system::BlockWeight::mutate([&](auto& w) {
    w.mandatory.ref_time += call.value().info.totalWeight().ref_time + pallets::transaction_payment::kExtrinsicBaseWeight.ref_time;
    w.mandatory.proof_size += call.value().info.totalWeight().proof_size;
  });
  pallets::system::AllExtrinsicsLen::put(pallets::system::AllExtrinsicsLen::get().value_or(0) + len);
  p::PostDispatchInfo post;
  const support::DispatchResult result = dispatch(support::Origin::none(), call.value(), post);
  pallets::system::noteAppliedExtrinsic(result, call.value().info);
  // A mandatory inherent that fails makes the block invalid (FRAME: InvalidTransaction::BadMandatory).
  if (!result) return rt::Err(invalid(InvalidTransaction::Kind::BadMandatory));
  return p::DispatchOutcome(rt::Unit{});
}

p::TransactionValidity validateTransaction(std::span<const uint8_t> extrinsic, const p::H256& block_hash) {
  // The next block's context (Executive::validate_transaction): number + 1 on top of block_hash.
  pallets::system::initialize(pallets::system::Number::get() + 1, block_hash, p::Digest{});

  auto split = p::splitExtrinsic<p::SignedExtra>(extrinsic);
  if (!split) return rt::Err(invalid(InvalidTransaction::Kind::Call));
  auto call = decodeCall(split.value().call);
  if (!call) return rt::Err(invalid(InvalidTransaction::Kind::Call));
  const auto len = static_cast<uint32_t>(extrinsic.size());
  if (!split.value().isSigned()) {
    if (isInherent(call.value())) return rt::Err(invalid(InvalidTransaction::Kind::MandatoryValidation));
    auto valid = validateUnsigned(call.value());
    if (!valid) return rt::Err(valid.error());
    if (auto fits = checkBareWeight(call.value(), len, false); !fits) return rt::Err(fits.error());
    return std::move(valid).value();
  }
  auto checked = checkSigned(split.value(), call.value(), len, Pass::kValidate);
  if (!checked) return rt::Err(checked.error());

  const auto& part = *split.value().signed_part;
  p::ValidTransaction valid;
  // CheckNonce: provides (who, nonce); requires (who, nonce - 1) while earlier ones are pending.
  const uint32_t nonce = part.extra.nonce();
  const uint32_t account_nonce = pallets::system::Account::get(checked.value().who).nonce;
  valid.provides_tags.push_back(codec::encode(std::make_tuple(checked.value().who, nonce)));
  if (nonce > account_nonce) valid.requires_tags.push_back(codec::encode(std::make_tuple(checked.value().who, nonce - 1)));
  // CheckMortality: valid until the era's death.
  const uint64_t current = pallets::system::Number::get();
  const uint64_t death = part.extra.era().death(current);
  valid.longevity = death > current ? death - current : 0;
  // ChargeTransactionPayment::get_priority (Normal class): (tip + 1) * max transactions per block.
  const uint64_t weight = std::max<uint64_t>(call.value().info.totalWeight().ref_time, 1);
  const uint64_t max_by_weight = kMaxBlockRefTime / std::min(weight, kMaxBlockRefTime);
  const uint64_t max_by_length = uint64_t{kMaxNormalLength} / std::clamp<uint64_t>(len, 1, kMaxNormalLength);
  const unsigned __int128 scaled = (checked.value().tip + 1) * std::min(max_by_weight, max_by_length);
  valid.priority = scaled > ~uint64_t{0} ? ~uint64_t{0} : static_cast<uint64_t>(scaled);
  return valid;
}

std::optional<size_t> callLength(std::span<const uint8_t> b) {
  if (b.size() < 2) return std::nullopt;
  const auto args = b.subspan(2);
  std::optional<size_t> n;
  if (b[0] == pallets::system::kIndex) {
    n = pallets::system::argsLength(b[1], args);
  } else if (b[0] == pallets::timestamp::kIndex && b[1] == pallets::timestamp::kSetCallIndex) {
    codec::Decoder d(args);
    uint64_t t = 0;
    d(codec::asCompact(t));
    if (d.ok()) n = d.offset();
  } else if (b[0] == pallets::balances::kIndex) {
    n = pallets::balances::argsLength(b[1], args);
  } else if (b[0] == pallets::sudo::kIndex) {
    n = pallets::sudo::argsLength(b[1], args, kSudoCalls);
  }
  return n ? std::optional<size_t>(2 + *n) : std::nullopt;
}

rt::Result<rt::Unit, p::DispatchError> dispatchCall(const support::Origin& origin, std::span<const uint8_t> call) {
  auto decoded = decodeCall(call);
  if (!decoded) return rt::Err(p::DispatchError::other("undecodable call"));
  p::PostDispatchInfo post;
  return dispatch(origin, decoded.value(), post);
}

std::optional<p::DispatchInfo> callInfo(std::span<const uint8_t> call) {
  auto decoded = decodeCall(call);
  if (!decoded) return std::nullopt;
  return decoded.value().info;
}

p::Header<> finalizeBlock() {
  pallets::system::noteFinishedExtrinsics();
  pallets::timestamp::onFinalize();
  return pallets::system::finalize(stateVersion());
}

void executeBlock(std::span<const uint8_t> block) {
  codec::Decoder d(block);
  p::Header<> header;
  d(header);
  if (!d.ok()) rt_panic("Bad input data provided to execute_block: header", __FILE__, __LINE__);

  // initial_checks: a block builds on the block whose hash the chain recorded for number - 1.
  initializeBlock(header);
  if (header.number == 0 || pallets::system::BlockHash::get(header.number - 1) != header.parent_hash) {
    rt_panic("Parent hash should be valid.", __FILE__, __LINE__);
  }

  uint32_t count = 0;
  codec::Decoder body = d;
  d(codec::asCompact(count));
  if (!d.ok()) rt_panic("Bad input data provided to execute_block: extrinsics", __FILE__, __LINE__);
  bool inherents_done = false;
  for (uint32_t i = 0; i < count; ++i) {
    const std::span<const uint8_t> x = p::nextExtrinsic(d);
    if (x.empty()) rt_panic("Bad input data provided to execute_block: extrinsic", __FILE__, __LINE__);
    auto split = p::splitExtrinsic<p::SignedExtra>(x);
    const bool inherent = split && !split.value().isSigned() && decodeCall(split.value().call) &&
                          isInherent(decodeCall(split.value().call).value());
    if (inherent && inherents_done) rt_panic("Inherents must come first in a block", __FILE__, __LINE__);
    if (!inherent && !inherents_done) {
      inherents_done = true;
      pallets::system::noteInherentsApplied();
    }
    const p::ApplyExtrinsicResult r = applyExtrinsic(x);
    if (!r) rt_panic("Invalid transaction in block", __FILE__, __LINE__);
  }
  if (d.remaining() != 0) rt_panic("Bad input data provided to execute_block: trailing bytes", __FILE__, __LINE__);
  (void)body;

  // final_checks.
  const p::Header<> built = finalizeBlock();
  if (built.digest != header.digest) rt_panic("Number of digest items must match that calculated.", __FILE__, __LINE__);
  if (built.state_root != header.state_root) rt_panic("Storage root must match that calculated.", __FILE__, __LINE__);
  if (built.extrinsics_root != header.extrinsics_root) {
    rt_panic("Transaction trie root must be valid.", __FILE__, __LINE__);
  }
}

}  // namespace rt::runtime::executive
