// SPDX-License-Identifier: Apache-2.0
#include "runtime/executive.hpp"

#include "codec/codec.hpp"
#include "pallets/system/system.hpp"
#include "pallets/timestamp/timestamp.hpp"
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

/// A decoded RuntimeCall (the calls dispatchable so far).
struct Call {
  uint8_t pallet = 0;
  uint8_t index = 0;
  uint64_t timestamp_now = 0;  ///< Timestamp::set
  p::DispatchInfo info;
};

/// Decodes the call's bytes exactly (nothing left over), or fails.
rt::Result<Call, rt::Unit> decodeCall(std::span<const uint8_t> bytes) {
  codec::Decoder d(bytes);
  Call call;
  d(call.pallet, call.index);
  if (!d.ok()) return rt::Err(rt::Unit{});
  if (call.pallet == pallets::timestamp::kIndex && call.index == pallets::timestamp::kSetCallIndex) {
    d(codec::asCompact(call.timestamp_now));
    // pallet_timestamp's weight for set() (substrate/frame/timestamp/src/weights.rs), Mandatory.
    call.info.call_weight = p::Weight{7'120'000, 1'493};
    call.info.dispatch_class = p::DispatchClass::Mandatory;
  } else {
    return rt::Err(rt::Unit{});
  }
  if (!d.ok() || d.remaining() != 0) return rt::Err(rt::Unit{});
  return call;
}

bool isInherent(const Call& call) {
  return call.pallet == pallets::timestamp::kIndex && call.index == pallets::timestamp::kSetCallIndex;
}

support::DispatchResult dispatch(const support::Origin& origin, const Call& call) {
  if (call.pallet == pallets::timestamp::kIndex) return pallets::timestamp::set(origin, call.timestamp_now);
  return rt::Err(p::DispatchError::of(p::DispatchError::Kind::CannotLookup));
}

uint8_t stateVersion() { return kRuntimeVersion.system_version; }

}  // namespace

void initializeBlock(const p::Header<>& header) {
  pallets::system::resetEvents();
  pallets::system::initialize(header.number, header.parent_hash, header.digest);
  // on_initialize hooks: none of this runtime's pallets has one yet.
  pallets::system::noteFinishedInitialize();
}

p::ApplyExtrinsicResult applyExtrinsic(std::span<const uint8_t> extrinsic) {
  auto split = p::splitExtrinsic<p::SignedExtra>(extrinsic);
  if (!split) return rt::Err(invalid(InvalidTransaction::Kind::Call));
  auto call = decodeCall(split.value().call);
  if (!call) return rt::Err(invalid(InvalidTransaction::Kind::Call));
  if (split.value().isSigned()) {
    // Signed transactions need Balances/TransactionPayment (next increment): none is valid yet.
    return rt::Err(invalid(InvalidTransaction::Kind::Call));
  }
  if (!isInherent(call.value())) {
    return rt::Err(TransactionValidityError(p::UnknownTransaction::of(p::UnknownTransaction::Kind::NoUnsignedValidator)));
  }
  pallets::system::noteExtrinsic(extrinsic);
  const support::DispatchResult result = dispatch(support::Origin::none(), call.value());
  pallets::system::noteAppliedExtrinsic(result, call.value().info);
  // A mandatory inherent that fails makes the block invalid (FRAME: InvalidTransaction::BadMandatory).
  if (!result) return rt::Err(invalid(InvalidTransaction::Kind::BadMandatory));
  return p::DispatchOutcome(rt::Unit{});
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
