// SPDX-License-Identifier: Apache-2.0
#include "runtime/api/block_builder.hpp"

#include <array>
#include <map>

#include "pallets/timestamp/timestamp.hpp"
#include "runtime/executive.hpp"
#include "runtime/primitives/signed_extensions.hpp"
#include "runtime/primitives/unchecked_extrinsic.hpp"

namespace rt::runtime::api {
namespace {

using InherentData = std::map<std::array<uint8_t, 8>, std::vector<uint8_t>>;

/// pallet_timestamp's MAX_TIMESTAMP_DRIFT_MILLIS: a block's time may run at most 30 s ahead.
constexpr uint64_t kMaxTimestampDriftMs = 30'000;

}  // namespace

SmallOutput blockBuilderApplyExtrinsic(std::span<const uint8_t> input) {
  // The input is the extrinsic itself (length prefix included); bad bytes are an invalid
  // transaction, never a trap.
  const primitives::ApplyExtrinsicResult r = executive::applyExtrinsic(input);
  SmallOutput out;
  if (r.has_value()) {
    out.push_back(0x00);
    if (r.value().has_value()) {
      out.push_back(0x00);
    } else {
      out.push_back(0x01);
      out.appendEncoded(r.value().error());
    }
  } else {
    out.push_back(0x01);
    out.appendEncoded(r.error());
  }
  return out;
}

Output blockBuilderFinalizeBlock(std::span<const uint8_t> /*input: ()*/) {
  return codec::encode(executive::finalizeBlock());
}

Output blockBuilderInherentExtrinsics(std::span<const uint8_t> input) {
  const auto data = decodeInputOrPanic<InherentData>(input, "BlockBuilder_inherent_extrinsics");
  std::vector<std::vector<uint8_t>> extrinsics;
  if (const auto now = pallets::timestamp::inherentTimestamp(data)) {
    extrinsics.push_back(primitives::encodeUnsignedExtrinsic(pallets::timestamp::setCall(*now)));
  }
  // Vec<Extrinsic>: the count, then each extrinsic's own encoding (its length prefix included).
  uint32_t count = static_cast<uint32_t>(extrinsics.size());
  Output out = codec::encode(codec::asCompact(count));
  for (const auto& x : extrinsics) out.insert(out.end(), x.begin(), x.end());
  return out;
}

Output blockBuilderCheckInherents(std::span<const uint8_t> input) {
  // CheckInherentsResult { okay: bool, fatal_error: bool, errors: InherentData }.
  codec::Decoder d(input);
  primitives::Header<> header;
  d(header);
  uint32_t count = 0;
  d(codec::asCompact(count));
  std::optional<uint64_t> block_time;
  for (uint32_t i = 0; i < count && d.ok(); ++i) {
    const auto x = primitives::nextExtrinsic(d);
    if (x.empty()) break;
    auto split = primitives::splitExtrinsic<primitives::SignedExtra>(x);
    if (!split || split.value().isSigned()) continue;
    codec::Decoder c(split.value().call);
    uint8_t pallet = 0, index = 0;
    uint64_t now = 0;
    c(pallet, index);
    if (c.ok() && pallet == pallets::timestamp::kIndex && index == pallets::timestamp::kSetCallIndex) {
      c(codec::asCompact(now));
      if (c.ok()) block_time = now;
    }
  }
  InherentData data;
  d(data);
  if (!d.ok() || d.remaining() != 0) rt_panic("Bad input data provided to check_inherents", __FILE__, __LINE__);
  const auto expected = pallets::timestamp::inherentTimestamp(data);
  if (block_time && expected && *block_time > *expected + kMaxTimestampDriftMs) {
    // InherentError::TooFarInFuture (index 1), fatal.
    InherentData errors;
    errors[pallets::timestamp::kInherentId] = std::vector<uint8_t>{0x01};
    Output out{0x00, 0x01};
    codec::encodeAppend(out, errors);
    return out;
  }
  return Output{0x01, 0x00, 0x00};
}

}  // namespace rt::runtime::api

RT_ENTRY_POINT(BlockBuilder_apply_extrinsic, rt::runtime::api::blockBuilderApplyExtrinsic)
RT_ENTRY_POINT(BlockBuilder_finalize_block, rt::runtime::api::blockBuilderFinalizeBlock)
RT_ENTRY_POINT(BlockBuilder_inherent_extrinsics, rt::runtime::api::blockBuilderInherentExtrinsics)
RT_ENTRY_POINT(BlockBuilder_check_inherents, rt::runtime::api::blockBuilderCheckInherents)
